import { describe, expect, it } from 'vitest';
import type { WorksheetImportResult } from './api.ts';
import { groupProblems, importOutcome, outcomeColor } from './import-report.ts';

const problem = (sheet: string, row: number, column: string, message = 'salah') => ({
  sheet,
  row,
  column,
  message,
});

const result = (applied: boolean, problems = 0): WorksheetImportResult => ({
  applied,
  created: 2,
  updated: 1,
  unchanged: 5,
  problems: Array.from({ length: problems }, (_, i) => problem('Tata Kelola', i + 3, 'C')),
});

describe('the problems of a worksheet import', () => {
  it('are grouped by sheet in the order the report names them, each sheet by row', () => {
    const groups = groupProblems([
      problem('Ekonomi', 9, 'D', 'bukan angka'),
      problem('Tata Kelola', 4, 'B'),
      problem('Ekonomi', 3, 'F', 'tahun di luar periode'),
      problem('Ekonomi', 9, 'B', 'kosong'),
      problem('Ekonomi', 1, 'Q', 'kolom tambahan'),
    ]);
    expect(groups.map((g) => g.sheet)).toEqual(['Ekonomi', 'Tata Kelola']);
    expect(groups[0]?.problems.map((p) => [p.row, p.column, p.message])).toEqual([
      [1, 'Q', 'kolom tambahan'],
      [3, 'F', 'tahun di luar periode'],
      [9, 'D', 'bukan angka'],
      [9, 'B', 'kosong'],
    ]);
    expect(groupProblems([])).toEqual([]);
  });
});

describe('what an import answer means', () => {
  it('for a check: ready, or with problems partial (valid rows only) or blocked (all or nothing)', () => {
    expect(importOutcome(result(false), { dryRun: true, mode: 'all' })).toBe('ready');
    expect(importOutcome(result(false, 2), { dryRun: true, mode: 'all' })).toBe('blocked');
    expect(importOutcome(result(false, 2), { dryRun: true, mode: 'valid' })).toBe('partial');
  });

  it('for an import: everything, the valid rows, or nothing written', () => {
    expect(importOutcome(result(true), { dryRun: false, mode: 'all' })).toBe('imported');
    expect(importOutcome(result(true, 1), { dryRun: false, mode: 'valid' })).toBe('importedValid');
    expect(importOutcome(result(false, 3), { dryRun: false, mode: 'all' })).toBe('refused');
  });

  it('is shown green, yellow or red', () => {
    expect(outcomeColor('imported')).toBe('teal');
    expect(outcomeColor('partial')).toBe('yellow');
    expect(outcomeColor('refused')).toBe('red');
    expect(outcomeColor('blocked')).toBe('red');
  });
});
