import { describe, expect, it } from 'vitest';
import { placeFieldErrors } from './field-errors.ts';

const body = (field: string, message = 'is wrong') => ({ field, in: 'body' as const, message });

describe('placing the API field errors in the programme form', () => {
  const sent = {
    budgets: [
      { year: 2024, source: 'apbd' as const, amount: '1.00' },
      { year: 2025, source: 'csr' as const, amount: '-5.00' },
    ],
    targets: [{ year: 2025, target: 'x' }],
  };

  it('finds the budget cell and target year from the index in the request', () => {
    const placed = placeFieldErrors(
      [body('budgets.1.amount', 'must be non-negative'), body('targets.0.year', 'outside')],
      sent,
    );
    expect(placed.fields).toEqual({ 'budgets.2025.csr': 'must be non-negative', 'targets.2025': 'outside' });
    expect(placed.unplaced).toEqual([]);
  });

  it('puts an item of an id list on the list, and a whole-list error on the list', () => {
    const placed = placeFieldErrors(
      [body('supportingOpdIds.2', 'is the lead OPD'), body('budgets', 'too many'), body('budgets.9.year')],
      sent,
    );
    expect(placed.fields).toEqual({ supportingOpdIds: 'is the lead OPD', budgets: 'too many' });
  });

  it('keeps the first message of a field and reports what the form does not show', () => {
    const placed = placeFieldErrors(
      [
        body('endYear', 'first'),
        body('endYear', 'second'),
        body('version', 'stale'),
        { ...body('id'), in: 'path' },
      ],
      {},
    );
    expect(placed.fields).toEqual({ endYear: 'first' });
    expect(placed.unplaced).toEqual(['version: stale', 'id: is wrong']);
  });
});
