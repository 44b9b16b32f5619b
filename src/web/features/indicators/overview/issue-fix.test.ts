import { describe, expect, it } from 'vitest';
import { planIndicatorFixture } from '../indicator-fixture.ts';
import { fixOf, type Problem } from './issue-fix.ts';

const PRODUCER = 'aaaaaaaa-aaaa-4aaa-8aaa-aaaaaaaaaaaa';
const OTHER = 'bbbbbbbb-bbbb-4bbb-8bbb-bbbbbbbbbbbb';
const problem = (p: Partial<Problem>): Problem => ({
  criterion: 'data_availability',
  reason: 'no_producer',
  fix: 'English words',
  opdId: null,
  score: null,
  rationale: null,
  count: null,
  ...p,
});

describe('what would fix an indicator’s problem', () => {
  const indicator = planIndicatorFixture({
    producerOpdId: PRODUCER,
    frequency: 'quarterly',
    availability: [
      { opdId: PRODUCER, status: 'partial', note: null },
      { opdId: OTHER, status: 'produced', note: null },
    ],
  });

  it('asks the producer to collect, at the indicator’s frequency, and names who already produces the data', () => {
    expect(fixOf(problem({ reason: 'producer_partial', opdId: PRODUCER }), indicator)).toEqual({
      reason: 'producer_partial',
      opdId: PRODUCER,
      otherOpdId: OTHER,
      frequency: 'quarterly',
      count: 0,
    });
  });

  it('counts the values without evidence', () => {
    expect(
      fixOf(problem({ criterion: 'verifiability', reason: 'evidence_missing', count: 3 }), indicator),
    ).toMatchObject({ reason: 'evidence_missing', count: 3, otherOpdId: null, frequency: null });
  });

  it('still words a problem of an indicator no longer in the list', () => {
    expect(fixOf(problem({ reason: 'producer_not_collecting', opdId: PRODUCER }), undefined)).toMatchObject({
      otherOpdId: null,
      frequency: null,
    });
  });
});
