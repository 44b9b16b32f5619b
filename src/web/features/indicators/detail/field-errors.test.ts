import { describe, expect, it } from 'vitest';
import { planIndicatorFixture } from '../indicator-fixture.ts';
import { placeFieldErrors } from './field-errors.ts';
import { fieldsOf, formValuesOf } from './indicator-values.ts';

const OPD_A = 'aaaaaaaa-aaaa-4aaa-8aaa-aaaaaaaaaaaa';
const OPD_B = 'bbbbbbbb-bbbb-4bbb-8bbb-bbbbbbbbbbbb';

describe('the API’s field errors placed on the indicator form', () => {
  const values = formValuesOf(
    planIndicatorFixture({
      targets: [
        { year: 2022, value: '1' },
        { year: 2030, value: '9' },
      ],
      assessments: [{ criterion: 'verifiability', score: 2, rationale: 'x' }],
      // The form lists B first; the request sends them by id, A first.
      availability: [
        { opdId: OPD_B, status: 'produced', note: null },
        { opdId: OPD_A, status: 'partial', note: null },
      ],
    }),
    'en',
  );
  const sent = fieldsOf(values);
  const error = (field: string, message = 'is wrong') => ({ field, in: 'body' as const, message });

  it('finds the year, criterion and OPD a list item’s index stands for', () => {
    const placed = placeFieldErrors(
      [
        error('targets.1.year', 'must be within the plan period 2022–2029'),
        error('assessments.0.rationale'),
        error('availability.0.opdId', "is not an OPD of the plan's region"),
        error('programIds.3'),
        error('baselineValue', 'must be at most 100'),
      ],
      sent,
      values,
    );
    expect(placed.fields).toEqual({
      'targets.2030': 'must be within the plan period 2022–2029',
      'assessments.verifiability.rationale': 'is wrong',
      'availability.1.opdId': "is not an OPD of the plan's region",
      programIds: 'is wrong',
      baselineValue: 'must be at most 100',
    });
    expect(placed.unplaced).toEqual([]);
  });

  it('keeps what the form does not show for an alert', () => {
    const placed = placeFieldErrors(
      [error('unit'), { field: 'id', in: 'path', message: 'must be a uuid' }],
      sent,
      values,
    );
    expect(placed.fields).toEqual({});
    expect(placed.unplaced).toEqual(['unit: is wrong', 'id: must be a uuid']);
  });
});
