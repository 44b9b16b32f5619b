import { describe, expect, it } from 'vitest';
import { MATURITY_MAX, MATURITY_MIN, READINESS_GAP_MAX_SCORE } from '../../../shared/domain.ts';
import { averageOf, buildMatrix, isGap, MATURITY_SCORES, maturityLevel, scoreColor } from './matrix.ts';

const pillars = [{ id: 'gov' }, { id: 'eco' }];

describe('buildMatrix', () => {
  it('puts each stored score in its pillar row and aspect column, in the pillars’ order', () => {
    const rows = buildMatrix(pillars, [
      { pillarId: 'eco', aspect: 'suprastruktur', score: 4 },
      { pillarId: 'gov', aspect: 'struktur', score: 2 },
      { pillarId: 'gov', aspect: 'infrastruktur', score: 3 },
    ]);
    expect(rows.map((row) => row.pillar.id)).toEqual(['gov', 'eco']);
    expect(rows[0]?.cells.map((cell) => [cell.aspect, cell.record?.score ?? null])).toEqual([
      ['struktur', 2],
      ['infrastruktur', 3],
      ['suprastruktur', null],
    ]);
    expect(rows[0]?.average).toBe(2.5);
    expect(rows[1]?.average).toBe(4);
  });

  it('gives an empty plan the whole matrix with empty cells to fill in', () => {
    const rows = buildMatrix(pillars, []);
    expect(rows.flatMap((row) => row.cells)).toHaveLength(6);
    expect(rows.every((row) => row.average === null && row.cells.every((cell) => cell.record === null))).toBe(
      true,
    );
  });
});

describe('the maturity scale', () => {
  it('runs from the minimum to the maximum, each score with its own level and colour', () => {
    expect(MATURITY_SCORES[0]).toBe(MATURITY_MIN);
    expect(MATURITY_SCORES.at(-1)).toBe(MATURITY_MAX);
    expect(new Set(MATURITY_SCORES.map(maturityLevel)).size).toBe(MATURITY_SCORES.length);
    expect(new Set(MATURITY_SCORES.map(scoreColor)).size).toBe(MATURITY_SCORES.length);
    expect(maturityLevel(MATURITY_MIN)).toBe('none');
    expect(maturityLevel(MATURITY_MAX)).toBe('integrated');
    expect(scoreColor(null)).toBe('gray');
  });

  it('flags scored cells at or below the gap threshold, not the unscored ones', () => {
    expect(isGap(READINESS_GAP_MAX_SCORE)).toBe(true);
    expect(isGap(READINESS_GAP_MAX_SCORE + 1)).toBe(false);
    expect(isGap(null)).toBe(false);
  });

  it('averages the scored cells to one decimal', () => {
    expect(averageOf([1, 2, 2])).toBe(1.7);
    expect(averageOf([null, 4])).toBe(4);
    expect(averageOf([null])).toBeNull();
  });
});
