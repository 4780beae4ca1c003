/**
 * `import FILE.xlsx --into CASE.budgetnotat [--table N[,M]]`: the chosen tables (all by default)
 * appended to a case as one step, with the editor's append verb, and the case written back the way
 * the CLI writes every case (atomically). A refusal leaves the case file as it was.
 */
import path from 'node:path';
import { EditSession } from '../../shared/session/edit-session';
import { appendPlan } from '../../shared/session/verbs/append';
import { readCase, writeCase } from './case-io';
import { CliError } from './cli-error';
import { caseFromWorkbook } from './import-command';

export async function runAppend(file: string, into: string, table: string | undefined, out: (t: string) => void): Promise<number> {
  const session = new EditSession(await readCase(into));
  const imported = (await caseFromWorkbook(file, table)).case;
  const plan = appendPlan(session.case, imported);
  if (!plan.ok) throw new CliError(`${path.basename(file)}: ${plan.reason}`);
  const done = session.run(plan);
  if (!done.ok) throw new CliError(`${path.basename(file)}: ${done.reason}`);
  await writeCase(into, session.case);
  const rows = `${plan.rows} ${plan.rows === 1 ? 'række' : 'rækker'}`;
  const priceLevel = plan.priceLevelDiffers ? ` Bemærk: tabellen er i ${imported.priceLevel}, sagen i ${session.case.priceLevel || '–'}.` : '';
  out(`Tilføjede ${rows} fra ${path.basename(file)} til ${into}.${priceLevel}`);
  return 0;
}
