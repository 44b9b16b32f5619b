import { describe, expect, it } from 'vitest';
import { neutraliseCell, restoreCell } from './spreadsheet-cells.ts';

describe('spreadsheet cells', () => {
  it('turns text a spreadsheet would run as a formula into plain text, and back', () => {
    for (const hostile of ['=HYPERLINK("http://x","y")', '+1+2', '-2+3', '@SUM(A1)', '\t=1', '\r=1']) {
      expect(neutraliseCell(hostile)).toBe(`'${hostile}`);
      expect(restoreCell(neutraliseCell(hostile))).toBe(hostile);
    }
  });

  it('leaves plain numbers, ordinary text and an apostrophe before ordinary text alone', () => {
    for (const safe of ['-5', '-0.25', '12', 'Dinas Kominfo', "'quoted", '']) {
      expect(neutraliseCell(safe)).toBe(safe);
      expect(restoreCell(safe)).toBe(safe);
    }
  });
});
