/**
 * Files written by older versions of Budgetnotat are brought forward one format version at a
 * time, before the schema sees them, so the schema only ever knows today's shape.
 *
 * Format history:
 * - 0: the prototype. No `views` (tables were not yet views over the case), no `discountRate`
 *   (NPV came later), `result` held only `rowId` (every case used the municipal sign
 *   convention, expenses positive), and the axis was `{ firstYear, count }` with calendar labels
 *   only.
 * - 1: views, discount rate, the result's sign convention and relative ("År 1") period labels.
 *
 * WARNING: a step works on unchecked JSON. It must add what its version lacks and leave
 * everything else as it found it, even when that is wrong: reporting a broken file is the
 * schema's job, and a step that "repairs" would hide damage.
 */
import { FORMAT_VERSION } from '../model/case';
import { isJsonObject, type JsonObject } from './json';

export interface Migration {
  /** The version this step reads; it produces version `from + 1`. */
  from: number;
  migrate(file: JsonObject): JsonObject;
}

/** The NPV rate a new case gets (see blankCase); version 0 files had none. */
const DEFAULT_DISCOUNT_RATE = '0.035';

const withDefault = (o: JsonObject, key: string, value: unknown): JsonObject => (Object.hasOwn(o, key) ? o : { ...o, [key]: value });

export const MIGRATIONS: readonly Migration[] = [
  {
    from: 0,
    migrate(file) {
      const c = file.case;
      if (!isJsonObject(c)) return file;
      const result = isJsonObject(c.result) ? withDefault(c.result, 'convention', 'expensePositive') : c.result;
      // "År 1" was the first calendar year, the only labelling version 0 knew.
      const axis = isJsonObject(c.axis) ? withDefault(withDefault(c.axis, 'labelStyle', 'year'), 'relativeFirstYear', c.axis.firstYear) : c.axis;
      return { ...file, case: withDefault(withDefault({ ...c, result, axis }, 'discountRate', DEFAULT_DISCOUNT_RATE), 'views', []) };
    },
  },
];

export const OLDEST_VERSION = MIGRATIONS[0]?.from ?? FORMAT_VERSION;

export type MigrationResult = { ok: true; file: JsonObject } | { ok: false; error: string };

/** Runs every step from `version` up to FORMAT_VERSION; `steps` is replaceable for tests. */
export function migrateToCurrent(file: JsonObject, version: number, steps: readonly Migration[] = MIGRATIONS): MigrationResult {
  let current = file;
  for (let v = version; v < FORMAT_VERSION; v++) {
    const step = steps.find((s) => s.from === v);
    if (!step) return { ok: false, error: `Filen kan ikke læses: filformat ${v} kan ikke opgraderes til ${FORMAT_VERSION}, fordi overgangen mangler.` };
    current = { ...step.migrate(current), version: v + 1 };
  }
  return { ok: true, file: current };
}
