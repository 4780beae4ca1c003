/**
 * Importing our own export gives back the exported case exactly — unless the visible sheet was
 * changed in Excel afterwards: then the tables on the sheet are read and the user is told why.
 */
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { templateCase } from '../../../../shared/templates/index';
import { exportCaseXlsx } from '../../../../shared/xlsx/export/export-workbook';
import { openImportSession } from '../../../../shared/xlsx/import/import-xlsx';

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
});
