/**
 * The `budgetnotat` command line: templates, new, recalc, import, check. Bad input ends with exit code 2 and one
 * line on stderr naming the problem; a bug ends with exit code 3 and one line too, never a stack
 * trace (set BUDGETNOTAT_DEBUG=1 to see it).
 */
import { parseArgs } from 'node:util';
import { listTemplates, templateCase } from '../../shared/templates/index';
import { readCase, writeCase } from './case-io';
import { CliError } from './cli-error';
import { runAppend } from './append-command';
import { exportCommand } from './export-command';
import { formatRecalcReport } from './format-report';
import { runCheck, runImport } from './import-command';
import { recalcReport } from './recalc-report';

const USAGE = `Brug: budgetnotat <kommando> [valg]

  templates [--json]                       vis de indbyggede skabeloner
  new --template ID -o FIL.budgetnotat     opret en sag fra en skabelon
  recalc FIL.budgetnotat [--json]          genberegn en sag og vis tal og nøgletal
  import FIL.xlsx [--json]                 find tabellerne i en projektmappe og vis dem
  import FIL.xlsx -o FIL.budgetnotat [--table N[,M]]
                                           importér tabellerne (alle, eller de valgte) som en sag
  import FIL.xlsx --into FIL.budgetnotat [--table N[,M]]
                                           føj tabellerne (alle, eller de valgte) til en sag som ét trin
  check FIL.xlsx                           kontrollér alle angivne tal (exit 1 ved regnefejl, ikke ved afrunding)
  export FIL.budgetnotat -o FIL.xlsx       eksportér et budgetnotat til xlsx med formler og nøgletal
  export FIL.budgetnotat -o FIL.pdf        eksportér budgetnotatet som PDF (kræver LibreOffice)
  export FIL.xlsx -o FIL.xlsx              importér en projektmappe og eksportér den som budgetnotat`;

type Out = (text: string) => void;

export async function runCli(argv: string[], out: Out = (t) => process.stdout.write(`${t}\n`)): Promise<number> {
  const [command, ...rest] = argv;
  const { values, positionals } = parse(rest);
  switch (command) {
    case 'templates': {
      const list = listTemplates();
      out(values.json ? JSON.stringify(list, null, 2) : list.map((t) => `${t.id.padEnd(20)} ${t.title}`).join('\n'));
      return 0;
    }
    case 'new': {
      if (!values.template) throw new CliError('new: angiv en skabelon med --template ID (se "budgetnotat templates")');
      if (!values.output) throw new CliError('new: angiv en fil med -o FIL.budgetnotat');
      const c = templateCase(values.template);
      if (!c) throw new CliError(`new: ukendt skabelon "${values.template}" (se "budgetnotat templates")`);
      await writeCase(values.output, c);
      out(`Oprettet ${values.output} fra ${values.template}`);
      return 0;
    }
    case 'recalc': {
      const file = single(positionals, 'recalc');
      const c = await readCase(file);
      out(values.json ? JSON.stringify(recalcReport(c), null, 2) : formatRecalcReport(c));
      return 0;
    }
    case 'import': {
      const file = single(positionals, 'import');
      if (!values.into) return runImport(file, values, out);
      if (values.output || values.json) throw new CliError('import: --into skriver tilbage i sagen; brug ikke -o eller --json sammen med det');
      return runAppend(file, values.into, values.table, out);
    }
    case 'check':
      return runCheck(single(positionals, 'check'), out);
    case 'export':
      out(await exportCommand(positionals, values.output));
      return 0;
    case undefined:
    case 'help':
    case '--help':
      out(USAGE);
      return command === undefined ? 2 : 0;
    default:
      throw new CliError(`ukendt kommando "${command}"\n${USAGE}`);
  }
}

function parse(args: string[]) {
  try {
    return parseArgs({
      args,
      allowPositionals: true,
      options: {
        json: { type: 'boolean' },
        template: { type: 'string' },
        output: { type: 'string', short: 'o' },
        table: { type: 'string' },
        into: { type: 'string' },
      },
    });
  } catch (e) {
    throw new CliError((e as Error).message);
  }
}

function single(positionals: string[], command: string): string {
  if (positionals.length !== 1) throw new CliError(`${command}: angiv præcis én fil`);
  return positionals[0]!;
}

export async function main(argv: string[]): Promise<void> {
  try {
    process.exitCode = await runCli(argv);
  } catch (e) {
    if (e instanceof CliError) {
      process.stderr.write(`budgetnotat: ${e.message}\n`);
      process.exitCode = e.exitCode;
      return;
    }
    process.stderr.write(`budgetnotat: intern fejl: ${(e as Error).message ?? String(e)}\n`);
    if (process.env.BUDGETNOTAT_DEBUG) process.stderr.write(`${(e as Error).stack}\n`);
    process.exitCode = 3;
  }
}
