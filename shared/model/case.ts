/**
 * The case model: one business case (budgetnotat) with its metadata, period axis, sections of
 * rows, and the table views a budget note shows over them.
 *
 * Invariants kept by every command and checked by the file schema:
 * - every row has exactly `axis.count` cells, or exactly 1 when `scope` is 'constant';
 * - row and section ids are unique within the case;
 * - amounts are decimal strings in kroner (never floats, never in the presentation unit);
 * - formulas are stored in canonical text with ids (`={r3} * 12`), printed with today's names.
 */
import type { Unit } from '../money/units';
import type { RowId, SectionId } from './ids';

export const FORMAT_VERSION = 1;

export interface CaseMeta {
  title: string;
  summary: string;
  /** Fremstillende forvaltning. */
  administration: string;
  /** Udvalg, e.g. "Beskæftigelses- og Integrationsudvalget". */
  committee: string;
  /** Sagsnr. */
  caseNumber: string;
  /** ISO date (yyyy-mm-dd) or empty. */
  date: string;
  author: string;
}

/**
 * Periods are years. `firstYear` + index gives the calendar year; "År n" labels count from
 * `relativeFirstYear` (År 1). A case that has no calendar years uses firstYear = relativeFirstYear = 1.
 */
export interface PeriodAxis {
  firstYear: number;
  count: number;
  labelStyle: 'year' | 'relative';
  relativeFirstYear: number;
}

export type RowKind = 'input' | 'driver' | 'formula' | 'subtotal' | 'result' | 'note';

export const STYRINGSOMRAADER = ['Service', 'Overførsler', 'Anlæg', 'Finansiering'] as const;
export const BUCKETS = ['investering', 'medfinansiering', 'besparelse', 'indtægt', 'andet'] as const;
export type Bucket = (typeof BUCKETS)[number];

export interface Classification {
  /** Styringsområde as the source writes it ("Service", "Overførsler (EI)"); payback on
   * serviceeffektivisering counts the rows whose area starts with "Service". */
  styringsomraade?: string;
  udvalg?: string;
  bevilling?: string;
  iu?: 'I' | 'U';
  bucket?: Bucket;
}

/** A cell holds a value (decimal string, kroner for money rows) or a formula, or is empty. */
export type Cell = { value: string } | { formula: string } | null;

/** How a driver row's values are shown; money rows always show in the case's unit. */
export type DriverFormat = 'number' | 'kr' | 'percent';

/** Figures a source document states, kept to be checked against what the engine computes. */
export interface StatedFigures {
  /** Period index -> decimal string in kroner (or plain number for drivers). */
  values?: Record<string, string>;
  total?: string;
}

export interface Row {
  id: RowId;
  label: string;
  kind: RowKind;
  /** 'constant': one value for every period (an assumption such as a monthly price). */
  scope: 'period' | 'constant';
  classification: Classification;
  driverFormat?: DriverFormat;
  /** The unit an assumption is counted in when its driver format does not say it ("måneder", "år");
   * shown beside a constant row's value (shared/model/row-unit.ts). */
  unitText?: string;
  cells: Cell[];
  stated?: StatedFigures;
  note?: string;
}

export interface Section {
  id: SectionId;
  label: string;
  rows: Row[];
}

/** A table of a budget note shown over the case: which rows, which periods, how labelled. */
export interface TableView {
  id: string;
  title: string;
  rowIds: RowId[];
  /** Inclusive period index range. */
  fromPeriod: number;
  toPeriod: number;
  periodLabels: 'year' | 'relative';
  classificationColumns: Array<'styringsomraade' | 'udvalg' | 'bevilling' | 'iu'>;
  totalLabel: string;
  /** Labels this table prints instead of the row's own (Copenhagen's Tabel 3 names its rows differently). */
  rowLabels?: Record<string, string>;
  /** Optional unit for this table when it differs from the case's. */
  unit?: Unit;
}

/**
 * Which row is the result, and its sign: 'expensePositive' is the municipal standard (a negative
 * result is a net gain: Rebild, Copenhagen); 'gainPositive' shows gains positive (Aarhus: Provenu =
 * Besparelse − Investering).
 */
export interface ResultSpec {
  rowId: RowId | null;
  convention: 'expensePositive' | 'gainPositive';
}

export interface Case {
  meta: CaseMeta;
  unit: Unit;
  decimals: number;
  /** "2017 p/l", "2022 p/l", "løbende p/l". */
  priceLevel: string;
  axis: PeriodAxis;
  sections: Section[];
  result: ResultSpec;
  /** Discount rate for NPV as a decimal fraction string, e.g. "0.035". */
  discountRate: string;
  views: TableView[];
}
