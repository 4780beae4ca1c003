/**
 * The review of issue 10 by a new user, defects 1 to 5 and the three minor ones, reproduced as
 * they were found and asserted as they should be: a computed row stays derived, a paste lands
 * whole or is refused with its reason, only a derived row can be the result row, a written unit
 * is read, and the status line says what happened.
 */
import { expect, test } from '@playwright/test';
import { SheetPage } from './sheet-page';

test.use({ viewport: { width: 1440, height: 1000 } });

const status = (sheet: SheetPage) => sheet.page.getByTestId('status');
const refusal = (sheet: SheetPage) => sheet.page.getByTestId('edit-refusal');

/** Nothing was done: the toolbar has no step to undo. */
const expectNothingToUndo = (sheet: SheetPage) => expect(sheet.page.getByTestId('tb-undo')).toBeDisabled();

test('1: a formula of constants typed or pasted into a result is refused, and the result stays derived', async ({ page }) => {
  const sheet = new SheetPage(page);
  await sheet.openBlank('2025');
  await sheet.type('Investering', '2025', '300');
  await sheet.type('Besparelse', '2025', '7');
  await sheet.type('Resultat', '2025', '=-1');
  await expect(refusal(sheet)).toHaveText('"Resultat" er en beregnet resultatrække, så en formel i den skal bygge på andre rækker eller afsnit (fx =SUM(Afsnit)), ikke kun på faste tal.');
  await sheet.shot('review-1-constant-formula-refused');
  await page.keyboard.press('Escape');
  await sheet.type('Resultat', '2026', '=42000');
  await expect(refusal(sheet)).toContainText('ikke kun på faste tal');
  await page.keyboard.press('Escape');
  // 300 + 7 in 2025 and nothing after: the result is its rows' sum, as before the attempts.
  await sheet.expectText('Resultat', '2025', '307');
  for (const year of ['2026', '2027', '2028']) await sheet.expectText('Resultat', year, '0');
  await sheet.expectText('Resultat', 'Samlet', '307');
  await expect(sheet.figure('paybackTotal')).toHaveText('-');

  // Paste does the same: =999 on KK's Samlet økonomisk påvirkning 2018.
  await sheet.newCase('kk-ips-2017');
  await sheet.select('Samlet økonomisk påvirkning', '2018');
  await sheet.paste('=999');
  await expect(status(sheet)).toHaveText('Blokken blev ikke sat ind, fordi den ville give "Samlet økonomisk påvirkning" formlen =999, som ikke bygger på nogen række, og "Samlet økonomisk påvirkning" beregnes af andre rækker.');
  await sheet.expectText('Samlet økonomisk påvirkning', '2018', '-2.000');
  await sheet.expectText('Samlet økonomisk påvirkning', 'Samlet', '-6.250');
  await expectNothingToUndo(sheet);
});

test('2 and 3: a paste that cannot land whole is refused with its reason, and nothing changes', async ({ page }) => {
  const sheet = new SheetPage(page);
  await sheet.open('kk-ips-2017');
  // On the section header Varige ændringer, 2017.
  await sheet.select('Varige ændringer', '2017');
  await sheet.paste('7\t8\n9\t10');
  await expect(status(sheet)).toHaveText('Blokken blev ikke sat ind, fordi dens 1. linje ville lande på afsnitsoverskriften "Varige ændringer", som ikke har talceller.');
  await sheet.expectText('Reducerede ydelsesudgift i forbindelse med kortere ledighed', '2017', '-5.000');
  await sheet.expectText('Reducerede ydelsesudgift i forbindelse med kortere ledighed', '2018', '-5.500');
  await expectNothingToUndo(sheet);
  await sheet.shot('review-2-paste-on-header-refused');

  // Three figures at the last year, 2020.
  await sheet.select('Idriftsættelse af IPS-team', '2020');
  await sheet.paste('1\t2\t3');
  await expect(status(sheet)).toHaveText('Blokken blev ikke sat ind, fordi den er 3 kolonner bred, og der kun er 1 talkolonne fra den valgte celle og mod højre.');
  await sheet.expectText('Idriftsættelse af IPS-team', '2020', '');
  // A 2 × 3 block at 2019, with two years left.
  await sheet.select('Virksomhedsopsøgende arbejde', '2019');
  await sheet.paste('1\t2\t3\n4\t5\t6');
  await expect(status(sheet)).toHaveText('Blokken blev ikke sat ind, fordi den er 3 kolonner bred, og der kun er 2 talkolonner fra den valgte celle og mod højre.');
  await sheet.expectText('Virksomhedsopsøgende arbejde', '2019', '');
  await sheet.expectText('Idriftsættelse af IPS-team', '2019', '');
  await expectNothingToUndo(sheet);

  // Labels pasted into the label column are not taken as figures either.
  await sheet.select('Idriftsættelse af IPS-team', 'label');
  await sheet.paste('Foo\t5\nBar\t6');
  await expect(status(sheet)).toHaveText('Blokken blev ikke sat ind, fordi dens 1. kolonne ville lande under "Række" i "Idriftsættelse af IPS-team", hvor der ikke kan stå et tal.');
  expect(await sheet.labels()).not.toContain('Foo');

  // A block that fits lands, and the status counts it truly.
  await sheet.select('Virksomhedsopsøgende arbejde', '2019');
  await sheet.paste('1\t2\n4\t5');
  await expect(status(sheet)).toHaveText('Indsatte 2 × 2 celler');
  await sheet.expectText('Idriftsættelse af IPS-team', '2020', '5');
  // Blank fields over a header are passed over, and the status says so.
  await sheet.select('Varige ændringer', '2017');
  await sheet.paste('\t\n-1\t-2');
  await expect(status(sheet)).toHaveText('Indsatte 2 celler; 2 tomme felter i blokken lå uden for talcellerne og blev sprunget over.');
  await sheet.expectText('Reducerede ydelsesudgift i forbindelse med kortere ledighed', '2018', '-2');
  // Minor: the refusal of a paste with nothing to land ends in a full stop.
  await sheet.select('Varige ændringer', '2017');
  await sheet.paste('\t');
  await expect(status(sheet)).toHaveText('Der er ingen talceller at sætte ind i her.');
});

test('4: only a derived row can be the result row', async ({ page }) => {
  const sheet = new SheetPage(page);
  await sheet.openBlank('2025');
  await sheet.type('Investering', '2025', '100');
  const choice = await sheet.caseField('Resultatrække');
  await expect(choice.locator('option')).toHaveText(['(ingen)', 'Resultat']);
  await sheet.shot('review-4-result-row-choices');
  // Turning the result row into an input row is refused too, with the reason.
  await sheet.select('Resultat', '2025');
  await page.getByTestId('row-kind').selectOption('input');
  await expect(status(sheet)).toHaveText('"Resultat" er sagens resultatrække og skal forblive beregnet; vælg først en anden resultatrække under Sagens oplysninger.');
  await sheet.expectText('Resultat', '2025', '100');
  await expect(sheet.figure('netTotal')).toHaveText('100');
});

test('5: a unit written after a number is read in that unit, or refused', async ({ page }) => {
  const sheet = new SheetPage(page);
  await sheet.openBlank('2025');
  // The blank case is in 1.000 kr.
  await sheet.type('Investering', '2025', '2 mio. kr.');
  await sheet.expectText('Investering', '2025', '2.000');
  await sheet.type('Investering', '2026', '1.000 kr.');
  await sheet.expectText('Investering', '2026', '1');
  await sheet.type('Investering', '2027', '5 t.kr.');
  await sheet.expectText('Investering', '2027', '5');
  await sheet.type('Investering', '2028', '3 tkr.');
  await sheet.expectText('Investering', '2028', '3');
  await sheet.expectText('Investering', 'Samlet', '2.009');
  await sheet.type('Besparelse', '2025', '5 euro');
  await expect(refusal(sheet)).toHaveText('"5 euro" har en enhed, der ikke kendes; skriv kr., t.kr. eller mio. kr. efter tallet, eller ingen enhed.');
  await sheet.shot('review-5-unknown-unit');
  await page.keyboard.press('Escape');
  await sheet.expectText('Besparelse', '2025', '');

  // Paste reads it the same way: in KK (1.000 kr.), 1.000.000,00 kr. is 1.000, not a billion kroner.
  await sheet.newCase('kk-ips-2017');
  await sheet.select('Virksomhedsopsøgende arbejde', '2017');
  await sheet.paste('1.000.000,00 kr.\t-1.000 kr');
  await sheet.expectText('Virksomhedsopsøgende arbejde', '2017', '1.000');
  await sheet.expectText('Virksomhedsopsøgende arbejde', '2018', '-1');
});

test('minor: a name with a space gets a hint to quote it; Delete over a mixed range says what it cleared and left', async ({ page }) => {
  const sheet = new SheetPage(page);
  await sheet.open('kk-ips-2017');
  await sheet.type('Virksomhedsopsøgende arbejde', '2019', '=Samlet varig ændring * 2');
  await expect(refusal(sheet)).toContainText("skriv navne med mellemrum i apostroffer: 'Samlet varig ændring'.");
  await page.keyboard.press('Escape');
  await sheet.type('Virksomhedsopsøgende arbejde', '2019', "='Samlet varig ændring' * 2");
  await sheet.expectText('Virksomhedsopsøgende arbejde', '2019', '-2.000');

  // Virksomhedsopsøgende and Idriftsættelse (typed) over Samlede implementeringsomkostninger (a subtotal), 2017-2018.
  await sheet.select('Virksomhedsopsøgende arbejde', '2017');
  for (const key of ['Shift+ArrowDown', 'Shift+ArrowDown', 'Shift+ArrowRight']) await page.keyboard.press(key);
  await page.keyboard.press('Delete');
  await expect(status(sheet)).toHaveText('Ryddede 4 celler; 2 celler i "Samlede implementeringsomkostninger" blev stående, fordi den beregnes med en formel.');
  await sheet.expectText('Idriftsættelse af IPS-team', '2018', '');
  await sheet.expectText('Samlede implementeringsomkostninger', '2018', '0');
  await sheet.shot('review-minor-delete-mixed');
});
