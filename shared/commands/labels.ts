/** What a command is called in the Edit menu: "Fortryd indtastning", "Annuller fortryd ny række". */
import type { Command } from './command';

export function commandLabel(cmd: Command): string {
  switch (cmd.type) {
    case 'setCells':
      if (cmd.cells.every((e) => e.cell === null)) return 'sletning af celler';
      return cmd.cells.length === 1 ? 'indtastning' : 'indsættelse';
    case 'insertRow': return 'ny række';
    case 'deleteRow': return 'sletning af række';
    case 'moveRow': return 'flytning af række';
    case 'renameRow': return 'omdøbning af række';
    case 'setRowProps':
    case 'replaceRow': return 'ændring af række';
    case 'insertSection': return 'nyt afsnit';
    case 'deleteSection': return 'sletning af afsnit';
    case 'moveSection': return 'flytning af afsnit';
    case 'renameSection': return 'omdøbning af afsnit';
    case 'appendSections': return 'import af tabeller';
    case 'removeSections': return 'fjernelse af importerede tabeller';
    case 'setCaseProps': return 'ændring af sagens oplysninger';
    case 'setAxis': return 'ændring af perioden';
  }
}
