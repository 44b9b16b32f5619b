import { describe, expect, it } from 'vitest';
import { READINESS_GAP_MAX_SCORE } from '../../../shared/domain.ts';
import { matrixErrors, summariseReadiness } from './service.ts';

const pillar = (id: string, key: string) => ({ id, key, nameId: `Smart ${key}`, nameEn: `Smart ${key}` });
const gov = pillar('p1', 'governance');
const eco = pillar('p2', 'economy');

describe('summariseReadiness', () => {
  it('gives nulls and every cell as a gap when nothing is scored', () => {
    const s = summariseReadiness('plan', [gov], []);
    expect(s.pillars).toEqual([
      {
        pillarId: 'p1',
        key: 'governance',
        nameId: 'Smart governance',
        nameEn: 'Smart governance',
        scores: { struktur: null, infrastruktur: null, suprastruktur: null },
        average: null,
      },
    ]);
    expect(s.overallAverage).toBeNull();
    expect(s.gaps.map((g) => `${g.aspect}:${g.reason}`)).toEqual([
      'struktur:not_scored',
      'infrastruktur:not_scored',
      'suprastruktur:not_scored',
    ]);
  });

  it('averages each pillar over its scored cells and the plan over all scored cells', () => {
    const s = summariseReadiness(
      'plan',
      [gov, eco],
      [
        { pillarId: 'p1', aspect: 'struktur', score: 5 },
        { pillarId: 'p1', aspect: 'infrastruktur', score: 4 },
        { pillarId: 'p1', aspect: 'suprastruktur', score: 4 },
        { pillarId: 'p2', aspect: 'struktur', score: 1 },
      ],
    );
    expect(s.pillars.map((p) => p.average)).toEqual([4.33, 1]);
    // Over cells (14 / 4), not over pillar averages ((4.33 + 1) / 2).
    expect(s.overallAverage).toBe(3.5);
  });

  it('lists gaps in pillar then aspect order: unscored cells and scores up to the threshold', () => {
    const s = summariseReadiness(
      'plan',
      [eco, gov],
      [
        { pillarId: 'p1', aspect: 'struktur', score: READINESS_GAP_MAX_SCORE },
        { pillarId: 'p1', aspect: 'infrastruktur', score: READINESS_GAP_MAX_SCORE + 1 },
        { pillarId: 'p1', aspect: 'suprastruktur', score: 1 },
        { pillarId: 'p2', aspect: 'struktur', score: 3 },
        { pillarId: 'p2', aspect: 'infrastruktur', score: 4 },
      ],
    );
    expect(s.pillars.map((p) => p.key)).toEqual(['economy', 'governance']);
    expect(s.gaps).toEqual([
      { pillarId: 'p2', pillarKey: 'economy', aspect: 'suprastruktur', score: null, reason: 'not_scored' },
      { pillarId: 'p1', pillarKey: 'governance', aspect: 'struktur', score: 2, reason: 'low_score' },
      { pillarId: 'p1', pillarKey: 'governance', aspect: 'suprastruktur', score: 1, reason: 'low_score' },
    ]);
  });

  it('ignores scores of pillars it was not given', () => {
    const s = summariseReadiness('plan', [gov], [{ pillarId: 'gone', aspect: 'struktur', score: 1 }]);
    expect(s.overallAverage).toBeNull();
    expect(s.gaps).toHaveLength(3);
  });
});

describe('matrixErrors', () => {
  it('names foreign pillars and repeated cells by their row', () => {
    const errors = matrixErrors(
      [
        { pillarId: 'p1', aspect: 'struktur', score: 3 },
        { pillarId: 'px', aspect: 'struktur', score: 3 },
        { pillarId: 'p1', aspect: 'infrastruktur', score: 3 },
        { pillarId: 'p1', aspect: 'struktur', score: 1 },
      ],
      new Set(['p1', 'p2']),
    );
    expect(errors.map((e) => e.field)).toEqual(['items.1.pillarId', 'items.3.aspect']);
    expect(errors[1]?.message).toMatch(/items\.0/);
  });

  it('accepts a matrix without problems', () => {
    expect(matrixErrors([{ pillarId: 'p2', aspect: 'suprastruktur', score: 5 }], new Set(['p2']))).toEqual(
      [],
    );
  });
});
