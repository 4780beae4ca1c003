/** Danish, the product's first language. Keys are shared with en.ts (checked by the compiler). */
export const da = {
  app: { name: 'Budgetnotat', untitled: 'Ny sag', language: 'Sprog' },
  toolbar: {
    new: 'Ny', open: 'Åbn', save: 'Gem', saveAs: 'Gem som', undo: 'Fortryd', redo: 'Annullér fortryd',
    importXlsx: 'Importér xlsx', exportXlsx: 'Eksportér xlsx',
  },
  newCase: { title: 'Ny sag', blank: 'Tom sag', fromTemplate: 'Fra skabelon', create: 'Opret', cancel: 'Annullér', firstYear: 'Første år' },
  sheet: {
    label: 'Række', total: 'Samlet', section: 'Afsnit', unitHeader: 'Beløb i {{unit}}',
    styringsomraade: 'Styringsområde', udvalg: 'Udvalg', bevilling: 'Bevilling', iu: 'I/U',
  },
  rows: {
    add: 'Tilføj række', addDriver: 'Tilføj forudsætning', addSection: 'Tilføj afsnit', delete: 'Slet række', deleteSection: 'Slet afsnit',
    moveUp: 'Flyt op', moveDown: 'Flyt ned', newRow: 'Ny række', newDriver: 'Ny forudsætning', newSection: 'Nyt afsnit',
    kind: 'Type', kinds: { input: 'Beløb', driver: 'Forudsætning', formula: 'Beregning', subtotal: 'Subtotal', result: 'Resultat', note: 'Note' },
    scope: 'Gælder', scopes: { period: 'pr. år', constant: 'alle år (konstant)' },
    driverFormat: 'Vis som', driverFormats: { number: 'antal', kr: 'kr.', percent: 'procent' },
    bucket: 'Kategori', buckets: { investering: 'Investering', medfinansiering: 'Medfinansiering', besparelse: 'Besparelse', indtægt: 'Indtægt', andet: 'Andet' },
    none: '(ingen)', inspector: 'Valgt række', nothingSelected: 'Vælg en række i arket.',
  },
  formulaBar: { placeholder: 'Værdi eller formel, fx =Investering * 2', cell: 'Celle' },
  caseInfo: {
    title: 'Sagens oplysninger', caseTitle: 'Titel', summary: 'Kort resumé', administration: 'Forvaltning', committee: 'Udvalg',
    caseNumber: 'Sagsnr.', date: 'Dato', author: 'Udarbejdet af', unit: 'Enhed', decimals: 'Decimaler', priceLevel: 'Pris- og lønniveau',
    firstYear: 'Første år', years: 'Antal år', labels: 'Periodenavne', labelYear: 'Årstal (2023)', labelRelative: 'År 1, År 2 …',
    relativeFirstYear: 'År 1 er', convention: 'Fortegn for resultatet', expensePositive: 'Udgift positiv (gevinst negativ)',
    gainPositive: 'Gevinst positiv (provenu)', resultRow: 'Resultatrække', discountRate: 'Kalkulationsrente (%)',
  },
  figures: {
    title: 'Nøgletal', unit: 'Beløb i {{unit}}', paybackTotal: 'Tilbagebetalingstid, totaløkonomi', paybackService: 'Tilbagebetalingstid, serviceeffektivisering',
    breakEven: 'Break-even år', netTotal: 'Nettoresultat over perioden', net7: 'Nettoresultat over 7 år', net10: 'Nettoresultat over 10 år',
    npv: 'Nutidsværdi ({{rate}} %)', years: '{{count}} år', never: '-', discrepancies: 'Afvigelser fra angivne tal',
    stated: 'angivet {{stated}}, beregnet {{computed}}',
  },
  chart: { title: 'Resultat og akkumuleret resultat', yearly: 'Resultat pr. år', cumulative: 'Akkumuleret', breakEven: 'Break-even', empty: 'Ingen resultater endnu' },
  messages: {
    invalidNumber: 'Ugyldigt tal', formulaError: 'Formlen kan ikke læses: {{message}}', opened: 'Åbnede {{name}}', saved: 'Gemt som {{name}}',
    openFailed: 'Filen kunne ikke åbnes: {{message}}', unsavedConfirm: 'Sagen har ændringer, der ikke er gemt. Fortsæt alligevel?',
    cannotDeleteResult: 'Resultatrækken kan ikke slettes.',
    restore: 'Gendan', discard: 'Kassér', pasted: 'Indsatte {{rows}} × {{cols}} celler', notAvailable: 'Kommer i en senere version',
  },
  exportXlsx: { progress: 'Eksporterer xlsx … {{percent}} % {{step}}', done: 'Eksporteret som {{name}}', cancelled: 'Eksporten blev ikke gemt', failed: 'Eksporten mislykkedes: {{message}}' },
  files: {
    openedMigrated: 'Åbnede {{name}}. Filen var i et ældre filformat ({{from}}) og er opgraderet til filformat {{to}}; den gemmes i det nye format, næste gang du gemmer.',
    openFailed: '"{{name}}" kunne ikke åbnes. {{message}} Den åbne sag er ikke ændret.',
    changedTitle: 'Filen er ændret af en anden',
    changedBody: '"{{name}}" er ændret på disken {{when}}, efter du åbnede eller sidst gemte den – måske af en kollega på et fælles drev. Hvad vil du gøre?',
    reload: 'Genindlæs', reloadHint: 'Hent versionen fra disken. Dine ændringer siden sidst gemt kasseres.',
    overwrite: 'Overskriv', overwriteHint: 'Gem din version. Versionen på disken gemmes som "{{name}}.bak".',
    saveAs: 'Gem som …', saveAsHint: 'Gem din version i en ny fil. Filen på disken røres ikke.',
    cancel: 'Annullér',
    recoveryTitle: 'Ikke-gemt arbejde fra en tidligere session',
    recoveryItem: '"{{title}}" ({{file}}), gemt automatisk {{when}}',
    neverSaved: 'aldrig gemt',
    restoreFailed: 'Det ikke-gemte arbejde kunne ikke gendannes: {{message}} Det er ikke kasseret.',
  },
};

type Widen<T> = { [K in keyof T]: T[K] extends string ? string : Widen<T[K]> };
export type Dictionary = Widen<typeof da>;
