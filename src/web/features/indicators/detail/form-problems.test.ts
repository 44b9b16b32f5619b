import { describe, expect, it } from 'vitest';
import { planIndicatorFixture } from '../indicator-fixture.ts';
import { formProblems } from './form-problems.ts';
import { formValuesOf } from './indicator-values.ts';

const OPD_A = 'aaaaaaaa-aaaa-4aaa-8aaa-aaaaaaaaaaaa';
const OPD_B = 'bbbbbbbb-bbbb-4bbb-8bbb-bbbbbbbbbbbb';

const stored = planIndicatorFixture({
  baselineYear: 2021,
  baselineValue: '1.980000',
  baselineSource: 'Evaluasi SPBE 2021',
  targets: [
    { year: 2023, value: '2.500000' },
    { year: 2022, value: '2.200000' },
  ],
  assessments: [
    { criterion: 'validity', score: 3, rationale: 'Belum mengukur kualitas' },
    { criterion: 'completeness', score: 5, rationale: null },
  ],
  availability: [
    { opdId: OPD_B, status: 'partial', note: null },
    { opdId: OPD_A, status: 'produced', note: 'Laporan tahunan' },
  ],
  programIds: ['p2', 'p1'],
});
const limits = { periodEnd: 2031, minValue: '0', maxValue: '5' };

describe('what the form refuses before sending', () => {
  it('accepts the stored indicator as it is', () => {
    expect(formProblems(formValuesOf(stored, 'id'), limits)).toEqual({});
  });

  it('names each problem at its field', () => {
    const values = formValuesOf(stored, 'id');
    values.baselineYear = '2040';
    values.targets['2025'] = 'lima';
    values.targets['2026'] = '7';
    values.assessments.verifiability = { score: null, rationale: 'Ada laporan' };
    values.availability.push({ opdId: OPD_A, status: 'produced', note: '' });
    values.availability.push({ opdId: null, status: 'produced', note: '' });
    expect(formProblems(values, limits)).toEqual({
      baselineYear: { key: 'baselineAfterPeriod', last: 2031 },
      'targets.2025': { key: 'number' },
      'targets.2026': { key: 'aboveMax', limit: '5' },
      'assessments.verifiability.score': { key: 'required' },
      'availability.2.opdId': { key: 'duplicateOpd' },
      'availability.3.opdId': { key: 'required' },
    });
  });

  it('asks for the baseline’s year when its value is given', () => {
    const values = formValuesOf(planIndicatorFixture(), 'en');
    values.baselineValue = '-1';
    expect(formProblems(values, limits)).toEqual({ baselineValue: { key: 'belowMin', limit: '0' } });
    values.baselineValue = '1.5';
    expect(formProblems(values, limits)).toEqual({ baselineYear: { key: 'required' } });
  });
});
