/**
 * Node's file errors turned into one Danish sentence the user can act on. The renderer shows the
 * message as it is, so it must name the file and never leak a stack or an errno number.
 */

export class FileProblem extends Error {
  constructor(message: string, readonly code: string) {
    super(message);
    this.name = 'FileProblem';
  }
}

function errorCode(error: unknown): string {
  if (error instanceof FileProblem) return error.code;
  if (typeof error === 'object' && error !== null && 'code' in error && typeof error.code === 'string') return error.code;
  return 'UNKNOWN';
}

export function describeFileError(error: unknown, name: string, doing: 'read' | 'write'): FileProblem {
  if (error instanceof FileProblem) return error;
  const code = errorCode(error);
  const verb = doing === 'read' ? 'læses' : 'gemmes';
  switch (code) {
    case 'ENOENT':
      return new FileProblem(doing === 'read' ? `Filen "${name}" findes ikke (længere).` : `Mappen til "${name}" findes ikke (længere).`, code);
    case 'EACCES':
    case 'EPERM':
      return new FileProblem(`Budgetnotat har ikke adgang til "${name}", så den kan ikke ${verb}.`, code);
    case 'EISDIR':
      return new FileProblem(`"${name}" er en mappe, ikke en fil.`, code);
    case 'EBUSY':
      return new FileProblem(`"${name}" er låst af et andet program og kan ikke ${verb} lige nu.`, code);
    case 'ENOSPC':
      return new FileProblem(`Der er ikke plads nok på disken til at gemme "${name}".`, code);
    case 'EROFS':
      return new FileProblem(`"${name}" ligger på et skrivebeskyttet drev.`, code);
    default:
      return new FileProblem(`Filen "${name}" kunne ikke ${verb} (${code}).`, code);
  }
}
