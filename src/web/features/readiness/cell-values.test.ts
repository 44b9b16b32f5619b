import { describe, expect, it } from 'vitest';
import type { ReadinessScore } from './api.ts';
import { changedValues, changesOf, valuesOf } from './cell-values.ts';

const stored: ReadinessScore = {
  id: '00000000-0000-4000-8000-000000000001',
  planId: '00000000-0000-4000-8000-000000000002',
  pillarId: '00000000-0000-4000-8000-000000000003',
  aspect: 'struktur',
  score: 2,
  strengths: 'Diskominfo aktif',
  weaknesses: null,
  opportunities: null,
  threats: 'Rotasi pejabat',
  evidence: 'SK Tim SPBE 2020',
  assessedOn: '2021-08-13',
  createdAt: '2021-08-13T00:00:00.000Z',
  updatedAt: '2021-08-13T00:00:00.000Z',
  version: 3,
};

describe('a readiness cell in the form', () => {
  it('reads a stored cell as text, empty notes as empty fields', () => {
    expect(valuesOf(stored)).toEqual({
      score: '2',
      strengths: 'Diskominfo aktif',
      weaknesses: '',
      opportunities: '',
      threats: 'Rotasi pejabat',
      evidence: 'SK Tim SPBE 2020',
      assessedOn: '2021-08-13',
    });
    expect(valuesOf(null).score).toBe('');
  });

  it('sends only what changed, an emptied note as null and the score as a number', () => {
    const base = valuesOf(stored);
    const changed = changedValues(base, { ...base, score: '4', threats: '  ', weaknesses: 'SDM TI kurang' });
    expect(changed).toEqual({ score: '4', threats: '  ', weaknesses: 'SDM TI kurang' });
    expect(changesOf(changed)).toEqual({ score: 4, threats: null, weaknesses: 'SDM TI kurang' });
  });

  it('leaves out a score not chosen and clears an emptied date', () => {
    expect(changesOf({ score: '', assessedOn: '' })).toEqual({ assessedOn: null });
  });
});
