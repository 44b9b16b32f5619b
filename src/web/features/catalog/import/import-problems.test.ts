import { describe, expect, it } from 'vitest';
import type { FieldError } from '../../../api/problem.ts';
import { importProblems } from './import-problems.ts';

const error = (field: string, message = 'is wrong'): FieldError => ({ field, in: 'body', message });
const placed = (errors: FieldError[]) =>
  importProblems(errors).map((p) => [p.place?.kind ?? 'file', p.place?.number ?? null, p.column]);

describe('the problems of a refused catalogue import', () => {
  it('name the CSV line and column of each bad cell, as the file reads', () => {
    expect(
      placed([error('lines.7.unit'), error('lines.3.theme'), error('lines.3.code'), error('csv')]),
    ).toEqual([
      ['file', null, null],
      ['line', 3, 'theme'],
      ['line', 3, 'code'],
      ['line', 7, 'unit'],
    ]);
  });

  it('count JSON entries from one, as a person counts them', () => {
    expect(placed([error('entries.0.nameEn'), error('entries.4'), error('entries')])).toEqual([
      ['file', null, null],
      ['entry', 1, 'nameEn'],
      ['entry', 5, null],
    ]);
  });

  it('keep a field of the request itself by its name, and the API’s words and check with each', () => {
    const [problem] = importProblems([{ ...error('regionId', 'Invalid UUID'), code: 'invalid_format' }]);
    expect(problem).toEqual({
      place: null,
      column: 'regionId',
      error: { field: 'regionId', in: 'body', message: 'Invalid UUID', code: 'invalid_format' },
    });
  });
});
