/**
 * The shape of a `.budgetnotat` file, field by field as shared/model/case.ts declares it. Loading
 * and saving both go through this one schema, so the app never writes a file it cannot read back.
 *
 * Shapes only live here; the rules that span fields (cell counts, unique ids, references between
 * rows and views) are in ./invariants. Objects are strict: within one format version an unknown
 * field means a damaged or hand-edited file, and dropping it silently would lose what it held.
 *
 * WARNING: messages given here are Danish verb phrases without a subject ("skal være ..."): the
 * loader puts the path in front (see ./issue-text).
 */
import { z } from 'zod';
import { BUCKETS, FORMAT_VERSION, type Case } from '../model/case';
import { rowId, sectionId } from '../model/ids';
import { UNITS } from '../money/units';
import { checkCaseInvariants } from './invariants';
import { wrongValue } from './messages';

export const FILE_FORMAT = 'budgetnotat';

/** A plain decimal as written on disk: no exponent, no thousands separators, never a JSON number. */
export const DECIMAL_PATTERN = /^-?\d+(\.\d+)?$/;

/** Ids are written into formulas as `{id}`, so they must be short and free of braces and blanks. */
export const ID_PATTERN = /^[A-Za-z][A-Za-z0-9_-]{0,63}$/;

export const MAX_PERIODS = 200;
export const MAX_DECIMALS = 6;

const decimalString = z
  .string({ error: wrongValue((found) => `skal være et decimaltal skrevet som tekst, f.eks. "-1234.5", men er ${found}`) })
  .regex(DECIMAL_PATTERN, { error: wrongValue((found) => `skal være et decimaltal som "-1234.5" (punktum som decimaltegn, ingen eksponent), men er ${found}`) });

const formulaText = z.string().startsWith('=', { error: wrongValue((found) => `skal være en formel, der begynder med "=", men er ${found}`) });

const idText = z.string().regex(ID_PATTERN, {
  error: wrongValue((found) => `skal være et id af bogstaver, tal, "_" og "-" (højst 64 tegn, første tegn et bogstav), men er ${found}`),
});
const rowIdSchema = idText.transform(rowId);
const sectionIdSchema = idText.transform(sectionId);

const isoDateOrEmpty = z.string().regex(/^(\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01]))?$/, {
  error: wrongValue((found) => `skal være en dato som "2024-03-31" eller tom, men er ${found}`),
});

/** Period indices are record keys ("0", "3"), since JSON keys are text; ./invariants bounds them. */
const periodKey = z.string().regex(/^(0|[1-9]\d{0,2})$/, { error: wrongValue((found) => `skal være et periodenummer som "0", men er ${found}`) });

const metaSchema = z.strictObject({
  title: z.string(),
  summary: z.string(),
  administration: z.string(),
  committee: z.string(),
  caseNumber: z.string(),
  date: isoDateOrEmpty,
  author: z.string(),
});

const labelStyle = z.enum(['year', 'relative']);
const year = z.int().min(1).max(9999);

const axisSchema = z.strictObject({
  firstYear: year,
  count: z.int().min(1).max(MAX_PERIODS),
  labelStyle,
  relativeFirstYear: year,
});

const classificationSchema = z.strictObject({
  styringsomraade: z.string().optional(),
  udvalg: z.string().optional(),
  bevilling: z.string().optional(),
  iu: z.enum(['I', 'U']).optional(),
  bucket: z.enum(BUCKETS).optional(),
});

export const cellSchema = z.union([
  z.null(),
  z.strictObject({ value: decimalString }),
  z.strictObject({ formula: formulaText }),
], { error: wrongValue((found) => `skal være null, { "value": "…" } eller { "formula": "=…" }, men er ${found}`) });

const statedSchema = z.strictObject({
  values: z.record(periodKey, decimalString).optional(),
  total: decimalString.optional(),
});

const rowSchema = z.strictObject({
  id: rowIdSchema,
  label: z.string(),
  kind: z.enum(['input', 'driver', 'formula', 'subtotal', 'result', 'note']),
  scope: z.enum(['period', 'constant']),
  classification: classificationSchema,
  driverFormat: z.enum(['number', 'kr', 'percent']).optional(),
  unitText: z.string().optional(),
  cells: z.array(cellSchema),
  stated: statedSchema.optional(),
  note: z.string().optional(),
});

const sectionSchema = z.strictObject({
  id: sectionIdSchema,
  label: z.string(),
  rows: z.array(rowSchema),
});

const viewSchema = z.strictObject({
  id: z.string().min(1),
  title: z.string(),
  rowIds: z.array(rowIdSchema),
  fromPeriod: z.int().min(0),
  toPeriod: z.int().min(0),
  periodLabels: labelStyle,
  classificationColumns: z.array(z.enum(['styringsomraade', 'udvalg', 'bevilling', 'iu'])),
  totalLabel: z.string(),
  rowLabels: z.record(idText, z.string()).optional(),
  unit: z.enum(UNITS).optional(),
});

const resultSchema = z.strictObject({
  rowId: rowIdSchema.nullable(),
  convention: z.enum(['expensePositive', 'gainPositive']),
});

export const caseSchema = z.strictObject({
  meta: metaSchema,
  unit: z.enum(UNITS),
  decimals: z.int().min(0).max(MAX_DECIMALS),
  priceLevel: z.string(),
  axis: axisSchema,
  // The commands never delete the last section, and the editor has nowhere to put a row without one.
  sections: z.array(sectionSchema).min(1, { error: 'skal have mindst ét afsnit' }),
  result: resultSchema,
  discountRate: decimalString,
  views: z.array(viewSchema),
}).superRefine(checkCaseInvariants);

export const caseFileSchema = z.strictObject({
  format: z.literal(FILE_FORMAT),
  version: z.literal(FORMAT_VERSION),
  case: caseSchema,
});

export type CaseFile = z.output<typeof caseFileSchema>;

/*
 * The schema must describe exactly the Case type: a field added to the model and forgotten here
 * (or the other way round) stops the build instead of being dropped on save.
 */
type Equals<A, B> = (<T>() => T extends A ? 1 : 2) extends (<T>() => T extends B ? 1 : 2) ? true : false;
const schemaMatchesModel: Equals<z.output<typeof caseSchema>, Case> = true;
void schemaMatchesModel;
