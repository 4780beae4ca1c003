/**
 * Every sentence openWorkbook can say about a file, in one place so the import preview and the
 * CLI say the same. Each error is one Danish sentence: what the file is, then what to do.
 * Warnings say what was skipped in a file that could still be read.
 */

const SAVE_AS_XLSX = 'åbn den i Excel eller LibreOffice, gem den som Excel-projektmappe (.xlsx), og prøv igen';

const mib = (bytes: number) => `${Math.round(bytes / (1024 * 1024)).toLocaleString('da-DK')} MB`;
const count = (n: number) => n.toLocaleString('da-DK');

export const openErrors = {
  empty: 'Filen er tom (0 byte); vælg den rigtige fil, og prøv igen.',
  encrypted:
    'Filen er en adgangskodebeskyttet (krypteret) Excel-projektmappe; åbn den i Excel, fjern adgangskoden under Filer > Oplysninger > Beskyt projektmappe, gem den, og prøv igen.',
  oldXls: `Filen er en gammel Excel-fil (.xls); ${SAVE_AS_XLSX}.`,
  otherOle: `Filen er et ældre Office-dokument og ikke en Excel-projektmappe; ${SAVE_AS_XLSX}.`,
  csvText: `Filen er tekst (fx CSV) og ikke en Excel-projektmappe; ${SAVE_AS_XLSX}.`,
  html: `Filen er en webside (HTML) og ikke en Excel-projektmappe; ${SAVE_AS_XLSX}.`,
  xml2003: `Filen er et XML-regneark fra Excel 2003 og ikke en Excel-projektmappe (.xlsx); ${SAVE_AS_XLSX}.`,
  notZip: 'Filen er ikke en Excel-projektmappe (.xlsx) og ligner ingen kendt regnearksfil; vælg den rigtige fil, og prøv igen.',
  brokenZip: `Filen er en beskadiget zip-fil og kan ikke læses som Excel-projektmappe; prøv en anden kopi af filen, eller ${SAVE_AS_XLSX}.`,
  unsupportedZip: `Filen er pakket med en zip-metode, som Excel ikke bruger; ${SAVE_AS_XLSX}.`,
  duplicateEntries: (name: string) =>
    `Filen er en beskadiget Excel-projektmappe, der rummer delen ${name} to gange; ${SAVE_AS_XLSX}.`,
  ods: `Filen er et OpenDocument-regneark (.ods) med .xlsx-navn; ${SAVE_AS_XLSX}.`,
  xlsb: `Filen er en binær Excel-projektmappe (.xlsb); ${SAVE_AS_XLSX}.`,
  wordDocument: 'Filen er et Word-dokument (.docx) og ikke en Excel-projektmappe; vælg den rigtige fil, og prøv igen.',
  otherOffice: 'Filen er et Office-dokument, men ikke en Excel-projektmappe; vælg den rigtige fil, og prøv igen.',
  notWorkbook: `Filen er en zip-fil, men ikke en Excel-projektmappe (den mangler projektmappens indhold); vælg den rigtige fil, eller ${SAVE_AS_XLSX}.`,
  noSheets: `Filen er en Excel-projektmappe uden regneark; ${SAVE_AS_XLSX}.`,
  tooLargePart: (bytes: number, limit: number) =>
    `Filen pakker sig ud til en del på ${mib(bytes)}, mere end de ${mib(limit)} programmet læser sikkert (den kan være en zip-bombe); gem kun de ark, du skal bruge, i en ny projektmappe, og prøv igen.`,
  tooLargeTotal: (bytes: number, limit: number) =>
    `Filen pakker sig ud til ${mib(bytes)}, mere end de ${mib(limit)} programmet læser sikkert (den kan være en zip-bombe); gem kun de ark, du skal bruge, i en ny projektmappe, og prøv igen.`,
  sizeMismatch: `Filen er en beskadiget eller manipuleret zip-fil, hvis dele fylder mere end dens indholdsfortegnelse siger; prøv en anden kopi af filen, eller ${SAVE_AS_XLSX}.`,
  tooManyEntries: (limit: number) =>
    `Filen rummer flere end ${count(limit)} dele, langt flere end en Excel-projektmappe har; vælg den rigtige fil, eller ${SAVE_AS_XLSX}.`,
  tooManyCells: (limit: number) =>
    `Filen har flere end ${count(limit)} celler, mere end programmet kan læse sikkert; kopiér de tabeller, du skal bruge, over i en ny projektmappe, og prøv igen.`,
  tooManySheets: (limit: number) =>
    `Filen har flere end ${count(limit)} ark, mere end programmet kan læse sikkert; kopiér de ark, du skal bruge, over i en ny projektmappe, og prøv igen.`,
  tooManyRows: (limit: number) =>
    `Filen har flere end ${count(limit)} rækker, mere end programmet kan læse sikkert; kopiér de tabeller, du skal bruge, over i en ny projektmappe, og prøv igen.`,
  tooManyElements: (limit: number) =>
    `Filen har flere end ${count(limit)} XML-elementer, mere end programmet kan læse sikkert; kopiér de tabeller, du skal bruge, over i en ny projektmappe, og prøv igen.`,
  tooManyMerged: (limit: number) =>
    `Filen har flettede celler, der dækker flere end ${count(limit)} celler, mere end programmet kan læse sikkert; ophæv fletningen af store områder i Excel, gem, og prøv igen.`,
  doctype: (part: string) =>
    `Filen er ikke en almindelig Excel-projektmappe: delen ${part} indeholder en XML-dokumenttypeerklæring (DOCTYPE), som Excel aldrig skriver og som kan bruges til angreb; ${SAVE_AS_XLSX}.`,
  tooDeep: (part: string) =>
    `Filen er ikke en almindelig Excel-projektmappe: XML'en i delen ${part} er indlejret unaturligt dybt; ${SAVE_AS_XLSX}.`,
  malformedXml: (part: string) =>
    `Filen er en beskadiget Excel-projektmappe: delen ${part} er ikke gyldig XML; ${SAVE_AS_XLSX}.`,
  unreadable: `Filen er en Excel-projektmappe, som ikke kunne læses, fordi dens indhold er beskadiget eller usædvanligt; ${SAVE_AS_XLSX}.`,
};

export const openWarnings = {
  externalLinks:
    'Projektmappen henviser til andre projektmapper (eksterne kæder); værdierne derfra er de senest gemte og opdateres ikke.',
  macros: 'Projektmappen indeholder makroer (VBA); de er ignoreret og køres aldrig.',
  strict: 'Projektmappen er gemt som Strict Open XML; den er læst, men kontrollér tallene i forhåndsvisningen.',
  renamedParts:
    'Nogle dele af filen er navngivet anderledes end dens indholdsfortegnelse siger (store og små bogstaver eller skråstreger); de er fundet alligevel.',
  brokenPackageRels:
    'Filens indholdsfortegnelse (_rels/.rels) er beskadiget; projektmappen er fundet på sin sædvanlige plads.',
  missingSheet: (name: string) => `Arket «${name}» mangler i filen og er sprunget over.`,
  brokenSheet: (name: string) => `Arket «${name}» er ikke gyldig XML og er sprunget over.`,
  missingSharedStrings: 'Filens liste over tekster mangler, så tekstceller kan stå tomme.',
  missingStyles: 'Filens formater mangler, så tal vises uden talformat.',
  emptySheets: (names: string[]) =>
    names.length === 1
      ? `Arket «${names[0]}» er tomt.`
      : `${names.length.toLocaleString('da-DK')} ark er tomme: ${names.slice(0, 3).map((n) => `«${n}»`).join(', ')}${names.length > 3 ? ' m.fl.' : '.'}`,
  deepExtension: (name: string) =>
    `En udvidelse i arket «${name}» er sprunget over, fordi dens XML er indlejret unaturligt dybt.`,
  hugeNames: 'Navngivne områder, der dækker meget store områder, er sprunget over.',
  longText: 'Filen indeholder tekster, der er længere end de 32.767 tegn Excel tillader i en celle.',
};
