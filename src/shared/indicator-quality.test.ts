import { describe, expect, it } from 'vitest';
import { INDICATOR_CRITERIA } from './domain.ts';
import { gradeAssessment } from './indicator-quality.ts';

const all = (score: number) => INDICATOR_CRITERIA.map((criterion) => ({ criterion, score }));

describe('six-criteria grade', () => {
  it('gives A when every criterion scores 4 or 5, B when all are scored and none fails', () => {
    expect(gradeAssessment(all(5))).toEqual({ grade: 'A', meanScore: 5, assessed: 6, failing: [] });
    const oneThree = all(4).map((s) => (s.criterion === 'simplicity' ? { ...s, score: 3 } : s));
    expect(gradeAssessment(oneThree)).toMatchObject({ grade: 'B', meanScore: 3.83 });
  });

  it('gives C as soon as a criterion scores 2 or lower, naming the failing criteria', () => {
    const scores = all(5).map((s) =>
      s.criterion === 'verifiability' || s.criterion === 'data_availability' ? { ...s, score: 2 } : s,
    );
    expect(gradeAssessment(scores)).toMatchObject({
      grade: 'C',
      failing: ['verifiability', 'data_availability'],
    });
    expect(gradeAssessment([{ criterion: 'validity', score: 1 }])).toMatchObject({ grade: 'C', assessed: 1 });
  });

  it('gives no grade until all six are scored', () => {
    expect(gradeAssessment([])).toEqual({ grade: null, meanScore: null, assessed: 0, failing: [] });
    expect(gradeAssessment(all(5).slice(0, 5))).toMatchObject({ grade: null, assessed: 5 });
  });
});
