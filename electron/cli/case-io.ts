/** Reading and writing .budgetnotat files for the CLI, with one-line errors. */
import { promises as fs } from 'node:fs';
import { loadCaseFile } from '../../shared/file/load';
import { serializeCase } from '../../shared/file/save';
import type { Case } from '../../shared/model/case';
import { saveCaseFile } from '../files/case-files';
import { CliError } from './cli-error';

export async function readCase(file: string): Promise<Case> {
  let text: string;
  try {
    text = await fs.readFile(file, 'utf8');
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new CliError(`${file}: filen findes ikke`);
    if (code === 'EISDIR') throw new CliError(`${file}: er en mappe, ikke en fil`);
    throw new CliError(`${file}: kan ikke læses (${code ?? 'ukendt fejl'})`);
  }
  const loaded = loadCaseFile(text);
  if (!loaded.ok) throw new CliError(`${file}: ${loaded.error}`);
  return loaded.case;
}

/** Writes as the editor saves: atomically, with the file it replaces kept beside it as `<name>.bak`. */
export async function writeCase(file: string, c: Case): Promise<void> {
  try {
    await saveCaseFile(file, serializeCase(c), { expectedModifiedAt: null });
  } catch (e) {
    throw new CliError(`${file}: kan ikke gemmes (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`);
  }
}
