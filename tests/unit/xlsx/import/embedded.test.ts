/**
 * Importing our own export gives back the exported case exactly — unless the visible sheet was
 * changed in Excel afterwards: then the tables on the sheet are read and the user is told why.
 */
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { templateCase } from '../../../../shared/templates/index';
import { exportCaseXlsx } from '../../../../shared/xlsx/export/export-workbook';
import { openImportSession } from '../../../../shared/xlsx/import/import-xlsx';

/** Rebild's export with its Budgetnotat sheet changed as `edit` does it, then opened for import. */
async function editedRebild(edit: (sheet: ExcelJS.Worksheet, rowOf: (label: string) => number) => void) {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(await exportCaseXlsx(templateCase('rebild-ips-2022')!) as unknown as ExcelJS.Buffer);
  const sheet = workbook.getWorksheet('Budgetnotat')!;
  const rowOf = (label: string) => {
    let found = -1;
    sheet.eachRow((row, n) => {
      if (found < 0 && row.getCell(1).value === label) found = n;
    });
    if (found < 0) throw new Error(`no row ${label}`);
    return found;
  };
  edit(sheet, rowOf);
  return session(new Uint8Array(await workbook.xlsx.writeBuffer()));
}

async function session(bytes: Uint8Array) {
  const opened = await openImportSession(bytes);
  if (!opened.ok) throw new Error(opened.error);
  return opened.session;
}

describe('importing an exported workbook', () => {
  it('gives back the exported case through the table that shows it', async () => {
    const aarhus = templateCase('aarhus-ips-2022')!;
    const s = await session(await exportCaseXlsx(aarhus));
    expect(s.embedded).not.toBeNull();
    expect(s.summaries()[s.embedded!.tableIndex]!.sheet).toBe('Budgetnotat');
    expect(s.caseFor([s.embedded!.tableIndex])).toEqual({ ok: true, case: aarhus });
  });

  it('sets the embedded case aside when a figure on the sheet was changed after the export', async () => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(await exportCaseXlsx(templateCase('rebild-ips-2022')!) as unknown as ExcelJS.Buffer);
    const sheet = workbook.getWorksheet('Budgetnotat')!;
    let changed = false;
    sheet.eachRow((row) => {
      if (row.getCell(1).value === 'Besparelse' && !changed) {
        row.getCell(3).value = -500000;
        changed = true;
      }
    });
    expect(changed).toBe(true);
    const s = await session(new Uint8Array(await workbook.xlsx.writeBuffer()));
    expect(s.embedded).toBeNull();
    expect(s.warnings.join(' ')).toMatch(/ændret siden \("Besparelse" 2023 viser -500000 kr\. på arket/);
    const besparelse = s.summaries()[0]!.rows.find((r) => r.label === 'Besparelse')!;
    expect(besparelse.values['2023']).toBe('-500000');
  });

  it('compares at full precision: 4 kr. more than Rebild\'s -330.000 is a change although both show -0,33 mio. kr.', async () => {
    const s = await editedRebild((sheet, rowOf) => {
      sheet.getRow(rowOf('Besparelse')).getCell(3).value = -330004;
    });
    expect(s.embedded).toBeNull();
    expect(s.warnings.join(' ')).toMatch(/ændret siden \("Besparelse" 2023 viser -330004 kr\. på arket, men -330000 kr\. i den indlejrede sag\); tabellerne er læst fra arkene\./);
    expect(s.summaries()[0]!.rows.find((r) => r.label === 'Besparelse')!.values['2023']).toBe('-330004');
  });

  it('reads the sheet, with a warning, when a row was added there in Excel', async () => {
    const s = await editedRebild((sheet, rowOf) => {
      // Typed as the table shows its figures (mio. kr.), in cells without the export's number format.
      sheet.spliceRows(rowOf('Besparelse') + 1, 0, ['Ny post', 0, 0.01, 0.02, 0]);
    });
    expect(s.embedded).toBeNull();
    expect(s.warnings.join(' ')).toMatch(/ændret siden \(rækken "Ny post" er tilføjet på arket\)/);
    expect(s.summaries()[0]!.rows.find((r) => r.label === 'Ny post')!.values).toMatchObject({ 2023: '10000', 2024: '20000' });
  });

  it('reads the sheet, with a warning, when a row was removed there in Excel', async () => {
    const s = await editedRebild((sheet, rowOf) => {
      sheet.spliceRows(rowOf('Medfinansiering (indsatsbudget CAB)'), 1);
    });
    expect(s.embedded).toBeNull();
    expect(s.warnings.join(' ')).toMatch(/ændret siden \(rækken "Medfinansiering \(indsatsbudget CAB\)" er fjernet fra arket\)/);
    expect(s.summaries()[0]!.rows.map((r) => r.label)).not.toContain('Medfinansiering (indsatsbudget CAB)');
  });
});
