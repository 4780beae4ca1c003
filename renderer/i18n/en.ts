import type { Dictionary } from './da';

export const en: Dictionary = {
  app: { name: 'Budgetnotat', untitled: 'New case', language: 'Language' },
  toolbar: {
    new: 'New', open: 'Open', save: 'Save', saveAs: 'Save as', undo: 'Undo', redo: 'Redo',
    importXlsx: 'Import xlsx', exportXlsx: 'Export xlsx',
  },
  newCase: { title: 'New case', blank: 'Blank case', fromTemplate: 'From template', create: 'Create', cancel: 'Cancel', firstYear: 'First year' },
  sheet: {
    label: 'Row', total: 'Total', section: 'Section', unitHeader: 'Amounts in {{unit}}',
    styringsomraade: 'Steering area', udvalg: 'Committee', bevilling: 'Appropriation', iu: 'I/E',
  },
  rows: {
    add: 'Add row', addDriver: 'Add assumption', addSection: 'Add section', delete: 'Delete row', deleteSection: 'Delete section',
    moveUp: 'Move up', moveDown: 'Move down', newRow: 'New row', newDriver: 'New assumption', newSection: 'New section',
    kind: 'Kind', kinds: { input: 'Amount', driver: 'Assumption', formula: 'Calculation', subtotal: 'Subtotal', result: 'Result', note: 'Note' },
    scope: 'Applies', scopes: { period: 'per year', constant: 'all years (constant)' },
    driverFormat: 'Show as', driverFormats: { number: 'count', kr: 'DKK', percent: 'percent' },
    bucket: 'Category', buckets: { investering: 'Investment', medfinansiering: 'Co-financing', besparelse: 'Saving', indtægt: 'Income', andet: 'Other' },
    none: '(none)', inspector: 'Selected row', nothingSelected: 'Select a row in the sheet.',
  },
  formulaBar: { placeholder: 'Value or formula, e.g. =Investering * 2', cell: 'Cell' },
  caseInfo: {
    title: 'Case details', caseTitle: 'Title', summary: 'Summary', administration: 'Administration', committee: 'Committee',
    caseNumber: 'Case no.', date: 'Date', author: 'Prepared by', unit: 'Unit', decimals: 'Decimals', priceLevel: 'Price level',
    firstYear: 'First year', years: 'Number of years', labels: 'Period names', labelYear: 'Years (2023)', labelRelative: 'Year 1, Year 2 …',
    relativeFirstYear: 'Year 1 is', convention: 'Sign of the result', expensePositive: 'Expense positive (gain negative)',
    gainPositive: 'Gain positive (net proceeds)', resultRow: 'Result row', discountRate: 'Discount rate (%)',
  },
  figures: {
    title: 'Key figures', unit: 'Amounts in {{unit}}', paybackTotal: 'Payback time, total economy', paybackService: 'Payback time, service efficiency',
    breakEven: 'Break-even year', netTotal: 'Net result over the horizon', net7: 'Net result over 7 years', net10: 'Net result over 10 years',
    npv: 'Net present value ({{rate}} %)', years: '{{count}} years', never: '-', discrepancies: 'Differences from stated figures',
    stated: 'stated {{stated}}, computed {{computed}}',
  },
  chart: { title: 'Result and cumulative result', yearly: 'Result per year', cumulative: 'Cumulative', breakEven: 'Break-even', empty: 'No results yet' },
  messages: {
    invalidNumber: 'Invalid number', formulaError: 'The formula cannot be read: {{message}}', opened: 'Opened {{name}}', saved: 'Saved as {{name}}',
    openFailed: 'The file could not be opened: {{message}}', unsavedConfirm: 'The case has unsaved changes. Continue anyway?',
    cannotDeleteResult: 'The result row cannot be deleted.',
    restore: 'Restore', discard: 'Discard', pasted: 'Pasted {{rows}} × {{cols}} cells', notAvailable: 'Coming in a later version',
  },
  exportXlsx: { progress: 'Exporting xlsx … {{percent}} % {{step}}', done: 'Exported as {{name}}', cancelled: 'The export was not saved', failed: 'The export failed: {{message}}' },
  files: {
    openedMigrated: 'Opened {{name}}. The file was in an older file format ({{from}}) and has been upgraded to file format {{to}}; it is saved in the new format the next time you save.',
    openFailed: '"{{name}}" could not be opened. {{message}} The open case has not changed.',
    changedTitle: 'The file was changed by someone else',
    changedBody: '"{{name}}" changed on disk {{when}}, after you opened or last saved it – perhaps a colleague on a shared drive. What do you want to do?',
    reload: 'Reload', reloadHint: 'Load the version on disk. Your changes since the last save are discarded.',
    overwrite: 'Overwrite', overwriteHint: 'Save your version. The version on disk is kept as "{{name}}.bak".',
    saveAs: 'Save as …', saveAsHint: 'Save your version to a new file. The file on disk is left alone.',
    cancel: 'Cancel',
    recoveryTitle: 'Unsaved work from an earlier session',
    recoveryItem: '"{{title}}" ({{file}}), saved automatically {{when}}',
    neverSaved: 'never saved',
    restoreFailed: 'The unsaved work could not be restored: {{message}} It has not been discarded.',
  },
};
