/**
 * The schema of a .budgetnotat file (version 1), checked on every load and before every save.
 * Amounts are decimal strings, never JSON numbers: a float in a file is refused, not rounded.
 */
import { z } from 'zod';
import { BUCKETS } from '../model/case';
import { UNITS } from '../money/units';

const decimalString = z.string().regex(/^-?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i, 'skal være et decimaltal skrevet som tekst, fx "-1234.5"');
const formula = z.string().regex(/^=/, 'en formel skal begynde med "="').max(10_000, 'formlen er for lang');
const cell = z.union([z.object({ value: decimalString }).strict(), z.object({ formula }).strict(), z.null()]);
const shortText = z.string().max(2_000);

const classification = z
  .object({
    styringsomraade: shortText.optional(),
    udvalg: shortText.optional(),
    bevilling: shortText.optional(),
    iu: z.enum(['I', 'U']).optional(),
    bucket: z.enum(BUCKETS).optional(),
  })
  .strict();

const row = z
  .object({
    id: z.string().min(1).max(100),
    label: shortText,
    kind: z.enum(['input', 'driver', 'formula', 'subtotal', 'result', 'note']),
    scope: z.enum(['period', 'constant']),
    classification,
    driverFormat: z.enum(['number', 'kr', 'percent']).optional(),
    cells: z.array(cell),
    stated: z.object({ values: z.record(z.string(), decimalString).optional(), total: decimalString.optional() }).strict().optional(),
    note: z.string().max(20_000).optional(),
  })
  .strict();

const section = z.object({ id: z.string().min(1).max(100), label: shortText, rows: z.array(row) }).strict();

const view = z
  .object({
    id: z.string().min(1).max(100),
    title: shortText,
    rowIds: z.array(z.string()),
    fromPeriod: z.number().int().min(0),
    toPeriod: z.number().int().min(0),
    periodLabels: z.enum(['year', 'relative']),
    classificationColumns: z.array(z.enum(['styringsomraade', 'udvalg', 'bevilling', 'iu'])),
    totalLabel: shortText,
    rowLabels: z.record(z.string(), shortText).optional(),
    unit: z.enum(UNITS).optional(),
  })
  .strict();

export const caseSchema = z
  .object({
    meta: z
      .object({
        title: shortText, summary: z.string().max(100_000), administration: shortText, committee: shortText,
        caseNumber: shortText, date: shortText, author: shortText,
      })
      .strict(),
    unit: z.enum(UNITS),
    decimals: z.number().int().min(0).max(6),
    priceLevel: shortText,
    axis: z
      .object({
        firstYear: z.number().int().min(1).max(9999),
        count: z.number().int().min(1).max(200),
        labelStyle: z.enum(['year', 'relative']),
        relativeFirstYear: z.number().int().min(1).max(9999),
      })
      .strict(),
    sections: z.array(section).min(1, 'en sag skal have mindst ét afsnit'),
    result: z.object({ rowId: z.string().nullable(), convention: z.enum(['expensePositive', 'gainPositive']) }).strict(),
    discountRate: decimalString,
    views: z.array(view),
  })
  .strict()
  .superRefine((c, ctx) => {
    const ids = new Set<string>();
    c.sections.forEach((s, si) => {
      if (ids.has(s.id)) ctx.addIssue({ code: 'custom', path: ['sections', si, 'id'], message: `id'et "${s.id}" er brugt to gange` });
      ids.add(s.id);
      s.rows.forEach((r, ri) => {
        const path = ['sections', si, 'rows', ri];
        if (ids.has(r.id)) ctx.addIssue({ code: 'custom', path: [...path, 'id'], message: `id'et "${r.id}" er brugt to gange` });
        ids.add(r.id);
        const want = r.scope === 'constant' ? 1 : c.axis.count;
        if (r.cells.length !== want) {
          ctx.addIssue({ code: 'custom', path: [...path, 'cells'], message: `rækken "${r.label}" har ${r.cells.length} celler, men skal have ${want}` });
        }
      });
    });
    if (c.result.rowId !== null && !c.sections.some((s) => s.rows.some((r) => r.id === c.result.rowId))) {
      ctx.addIssue({ code: 'custom', path: ['result', 'rowId'], message: `resultatrækken "${c.result.rowId}" findes ikke` });
    }
    c.views.forEach((v, vi) => {
      v.rowIds.forEach((id, i) => {
        if (!ids.has(id)) ctx.addIssue({ code: 'custom', path: ['views', vi, 'rowIds', i], message: `tabellen "${v.title}" viser rækken "${id}", som ikke findes` });
      });
      if (v.toPeriod >= c.axis.count || v.fromPeriod > v.toPeriod) {
        ctx.addIssue({ code: 'custom', path: ['views', vi], message: `tabellen "${v.title}" viser perioder uden for sagen` });
      }
    });
  });

export const FILE_FORMAT = 'budgetnotat';

export const fileSchema = z.object({ format: z.literal(FILE_FORMAT), version: z.literal(1), case: caseSchema }).strict();
