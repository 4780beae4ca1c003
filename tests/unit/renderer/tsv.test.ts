import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { formatTsv, parseTsv } from '../../../renderer/sheet/tsv';

describe('tab-separated clipboard text', () => {
  it('reads a block copied from Excel (CRLF, trailing newline)', () => {
    expect(parseTsv('1.000\t2.000\t\r\n-5\t(3)\t0,25\r\n')).toEqual([
      ['1.000', '2.000', ''],
      ['-5', '(3)', '0,25'],
    ]);
  });

  it('reads LibreOffice LF rows and quoted cells with tabs, quotes and newlines', () => {
    expect(parseTsv('"a\tb"\t"sagt ""ja"""\n"to\nlinjer"\tx')).toEqual([
      ['a\tb', 'sagt "ja"'],
      ['to\nlinjer', 'x'],
    ]);
  });

  it('gives nothing for empty text and one empty cell for a lone newline', () => {
    expect(parseTsv('')).toEqual([]);
    expect(parseTsv('\n')).toEqual([['']]);
  });

  it('round-trips any block', () => {
    const block = fc.array(fc.array(fc.string(), { minLength: 1, maxLength: 4 }), { minLength: 1, maxLength: 4 }).filter(
      // A last row of one empty cell is indistinguishable from the trailing newline Excel adds.
      (rows) => rows.every((r) => r.length === rows[0]!.length) && !(rows.at(-1)!.length === 1 && rows.at(-1)![0] === ''),
    );
    fc.assert(
      fc.property(block, (rows) => {
        expect(parseTsv(formatTsv(rows))).toEqual(rows);
      }),
    );
  });
});
