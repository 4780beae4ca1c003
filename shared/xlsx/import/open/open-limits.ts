/**
 * How much of an untrusted workbook openWorkbook is willing to read. Every limit is checked
 * before ExcelJS sees the file, so ExcelJS's own time and memory stay bounded by them.
 *
 * Measured on the 2-core build machine (Node 20, `npx vitest run tests/unit/xlsx/wild-corpus.test.ts`):
 * ExcelJS reads about 170 000 cells a second and holds about 0.8 KB a cell; poi-bug62181.xlsx
 * (175 000 cells, 7 MiB of sheet XML) takes about 1 s and 200 MB. A budget workbook holds a few
 * thousand cells; the import benchmark's 10 000 × 12 workbook holds 130 000.
 */
export type OpenLimits = {
  /**
   * Largest uncompressed part that is inflated. A 300 000-cell sheet with formulas is about
   * 30 MiB of XML (poi-bug62181 uses 42 bytes a cell); 64 MiB leaves room for verbose writers and
   * stops a zip bomb (crafted-zip-bomb-sheet states 600 MiB) from the zip directory alone.
   */
  maxPartBytes: number;
  /** Sum of the uncompressed parts that are read: twice one part, so shared strings fit beside a sheet. */
  maxTotalBytes: number;
  /**
   * Cells (`<c>` elements) over all sheets. 300 000 keeps ExcelJS under about 2 s and 300 MB,
   * leaving most of the 10 s for table detection and a slower browser; a million rows is refused.
   */
  maxCells: number;
  /** Rows (`<row>` elements) over all sheets: each becomes an object even when it holds no cell. */
  maxRows: number;
  /** XML elements over all parts read (a cell is 2–4 elements; styles and strings add a little). */
  maxElements: number;
  /**
   * Worksheets. ExcelJS's browser build pays about 5 ms a sheet however small (its stream
   * polyfills): openpyxl-bigfoot's 1 024 one-cell sheets take 5.4 s in a Chromium worker, 1.6 s
   * in Node. 1 100 keeps that file and leaves no room for ten thousand empty sheets.
   */
  maxSheets: number;
  /** Entries in the zip directory: Excel's own packages hold tens to a few thousand. */
  maxEntries: number;
  /** Element nesting: spreadsheet XML nests about 10 deep; deeper nesting is hostile or broken. */
  maxDepth: number;
  /** Cells covered by merged ranges: ExcelJS makes an object for every covered cell. */
  maxMergedCells: number;
  /** Cells covered by defined names: ExcelJS expands every named range cell by cell. */
  maxNamedCells: number;
};

export const DEFAULT_OPEN_LIMITS: OpenLimits = {
  maxPartBytes: 64 * 1024 * 1024,
  maxTotalBytes: 128 * 1024 * 1024,
  maxCells: 300_000,
  maxRows: 300_000,
  maxElements: 2_000_000,
  maxSheets: 1_100,
  maxEntries: 20_000,
  maxDepth: 100,
  maxMergedCells: 300_000,
  maxNamedCells: 100_000,
};
