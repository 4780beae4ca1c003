/** The editor as a test sees it: cells by row label and year, the toolbar, the key figures. */
import { expect, type Locator, type Page } from '@playwright/test';
import { COLORS } from '../../shared/chart/result-chart';

export const SCREENS = 'test-results/screens';

export class SheetPage {
  constructor(readonly page: Page) {}

  async open(template: string): Promise<void> {
    await this.page.goto('/');
    await this.page.getByTestId(`template-${template}`).check();
    await this.page.getByTestId('create-case').click();
    await expect(this.page.getByTestId('new-case-dialog')).toHaveCount(0);
  }

  /** Ny → Tom sag with the given first year, on a fresh page. */
  async openBlank(firstYear: string): Promise<void> {
    await this.page.goto('/');
    const dialog = this.page.getByTestId('new-case-dialog');
    await dialog.getByLabel('Tom sag').check();
    await dialog.locator('.inline-field input').fill(firstYear);
    await this.page.getByTestId('create-case').click();
    await expect(dialog).toHaveCount(0);
  }

  /** A new blank case, then "Importér xlsx" with `file`, up to its preview. */
  async openImportPreview(file: string): Promise<void> {
    await this.page.goto('/');
    await this.page.getByTestId('create-case').click();
    const chooser = this.page.waitForEvent('filechooser');
    await this.page.getByTestId('tb-importXlsx').click();
    await (await chooser).setFiles(file);
    await expect(this.page.getByTestId('import-dialog')).toBeVisible();
  }

  /** A field of Sagens oplysninger (opened if it is closed), by the start of its label. */
  async caseField(label: string): Promise<Locator> {
    if (!(await this.page.locator('details.case-info').evaluate((d) => (d as HTMLDetailsElement).open))) await this.page.getByTestId('case-info').click();
    return this.page.locator('details.case-info label', { hasText: new RegExp(`^${label}`) }).locator('input, select').first();
  }

  /** Ny → a template, over the open case (whose unsaved changes, if it has any, are let go). */
  async newCase(template: string): Promise<void> {
    this.page.once('dialog', (d) => void d.accept());
    await this.page.getByTestId('tb-new').click();
    await this.page.getByTestId(`template-${template}`).check();
    await this.page.getByTestId('create-case').click();
    await expect(this.page.getByTestId('new-case-dialog')).toHaveCount(0);
  }

  /** How a row's label cell looks: its computed weight, style and colour. */
  async look(label: string): Promise<{ fontWeight: string; fontStyle: string; color: string }> {
    return (await this.cell(label, 'label')).evaluate((e) => {
      const style = getComputedStyle(e);
      return { fontWeight: style.fontWeight, fontStyle: style.fontStyle, color: style.color };
    });
  }

  /**
   * Points at `year` on the chart, over its slot as a user would, and returns the hover text, one
   * line per part. A narrow chart labels every other year, so the slot is found from the years
   * that are labelled (the axis has one slot per year).
   */
  async chartHover(year: number): Promise<string[]> {
    const chart = this.page.getByTestId('result-chart');
    const ticks = await chart.locator('svg text').evaluateAll((els) =>
      els.filter((e) => /^\d{4}$/.test(e.textContent ?? '')).map((e) => {
        const r = e.getBoundingClientRect();
        return { year: Number(e.textContent), x: r.x + r.width / 2 };
      }),
    );
    const [first, last] = [ticks[0]!, ticks.at(-1)!];
    const x = first.x + ((year - first.year) * (last.x - first.x)) / (last.year - first.year);
    const box = (await chart.boundingBox())!;
    await this.page.mouse.move(x, box.y + box.height / 2);
    const tip = chart.locator('.chart-tooltip');
    await expect(tip).toBeVisible();
    await expect(tip).toContainText(String(year));
    return tip.evaluate((e) => (e as HTMLElement).innerText.split('\n').map((l) => l.trim()).filter(Boolean));
  }

  /** The fills of the bars drawn in the chart, left to right (legend swatches, which are placed by a transform, left out). */
  async chartBars(): Promise<string[]> {
    return this.page.getByTestId('result-chart').locator('svg path:not([transform])').evaluateAll(
      (els, fills) => els.map((e) => e.getAttribute('fill') ?? '').filter((f) => fills.includes(f)),
      [COLORS.cost, COLORS.gain],
    );
  }

  /** The grid row id of the row whose label is exactly `label`. */
  async rowId(label: string): Promise<string> {
    const cells = this.page.locator('[row-id] [col-id="label"]');
    const ids = await cells.evaluateAll(
      (els, wanted) => els.filter((e) => e.textContent?.trim() === wanted).map((e) => e.closest('[row-id]')?.getAttribute('row-id')),
      label,
    );
    if (!ids[0]) throw new Error(`no row labelled "${label}"`);
    return ids[0];
  }

  async cell(label: string, colId: string): Promise<Locator> {
    return this.page.locator(`[row-id="${await this.rowId(label)}"] [col-id="${colId}"]`);
  }

  /** The column id of a period by its header text ("2023" or "År 1"), or of "Værdi" or "Enhed". */
  async period(header: string): Promise<string> {
    const ids = await this.page.locator('.ag-header-cell').evaluateAll(
      (els, wanted) => els.filter((e) => e.textContent?.trim() === wanted).map((e) => e.getAttribute('col-id')),
      header,
    );
    if (!ids[0]) throw new Error(`no column "${header}"`);
    return ids[0];
  }

  /**
   * Waits (as Playwright assertions do) until the cell shows `text`: the grid repaints
   * asynchronously, and after an axis change the header that names a year may still be the old
   * column's for a moment, so the column is looked up again on every try.
   */
  async expectText(label: string, header: string, text: string): Promise<void> {
    await expect.poll(async () => {
      const col = header === 'Samlet' ? 'total' : await this.period(header).catch(() => null);
      if (col === null) return null;
      const shown = await (await this.cell(label, col)).textContent({ timeout: 1000 }).catch(() => null);
      return shown === null ? null : shown.replace(/\s+/g, ' ').trim();
    }).toBe(text);
  }

  async type(label: string, header: string, text: string): Promise<void> {
    const cell = await this.cell(label, await this.period(header));
    await cell.click();
    await this.page.keyboard.type(text);
    await this.page.keyboard.press('Enter');
  }

  async select(label: string, header: string): Promise<void> {
    await (await this.cell(label, header === 'label' ? 'label' : await this.period(header))).click();
  }

  /**
   * Waits until the grid's focus is on the clicked cell: the grid reports a click's focus after the
   * mouse is up, and Shift+arrows pressed before that would be undone by it.
   */
  async landed(label: string, header: string): Promise<void> {
    await expect(await this.cell(label, header === 'label' ? 'label' : await this.period(header))).toHaveClass(/ag-cell-focus/);
  }

  /** Row labels in display order (the DOM order of AG Grid's rows is not the display order). */
  async labels(): Promise<string[]> {
    const rows = await this.page.locator('[row-index] [col-id="label"]').evaluateAll((els) =>
      els.map((e) => ({ index: e.closest('[row-index]')?.getAttribute('row-index') ?? '', label: e.textContent?.trim() ?? '' })),
    );
    const order = (i: string) => (i.startsWith('b-') ? 1e9 + Number(i.slice(2)) : Number(i));
    return rows.sort((a, b) => order(a.index) - order(b.index)).map((r) => r.label);
  }

  figure(id: string): Locator {
    return this.page.locator(`[data-figure="${id}"] dd`);
  }

  async shot(name: string): Promise<void> {
    await this.page.screenshot({ path: `${SCREENS}/${name}.png`, fullPage: false });
  }

  /** What Ctrl+C in the sheet puts on the clipboard as text, read from the copy event it handles. */
  async copy(): Promise<string> {
    return this.page.evaluate(() => {
      const transfer = new DataTransfer();
      const target = document.activeElement ?? document.body;
      target.dispatchEvent(new ClipboardEvent('copy', { clipboardData: transfer, bubbles: true, cancelable: true }));
      return transfer.getData('text/plain');
    });
  }

  /** Sends a paste of tab-separated text to the focused sheet, as the browser does for Ctrl+V. */
  async paste(text: string): Promise<void> {
    await this.page.evaluate((data) => {
      const transfer = new DataTransfer();
      transfer.setData('text/plain', data);
      const target = document.activeElement ?? document.body;
      target.dispatchEvent(new ClipboardEvent('paste', { clipboardData: transfer, bubbles: true, cancelable: true }));
    }, text);
  }
}
