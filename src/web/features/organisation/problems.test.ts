import { describe, expect, it } from 'vitest';
import { ApiError } from '../../api/problem.ts';
import { duplicateFields, staleRecord, usedBy } from './problems.ts';

const conflict = (detail: string, extra: { duplicateFields?: string[]; usedBy?: string } = {}) =>
  new ApiError({ status: 409, kind: 'conflict', title: 'Conflict', detail, ...extra });

describe('duplicateFields', () => {
  it('names the field a duplicate key is on, without the parent the form does not show', () => {
    const error = conflict('A opd units record with the same regionId and code already exists', {
      duplicateFields: ['regionId', 'code'],
    });
    expect(duplicateFields(error)).toEqual(['code']);
  });

  it('names nothing for other failures', () => {
    expect(duplicateFields(conflict('still used by positions', { usedBy: 'positions' }))).toEqual([]);
    expect(duplicateFields(new Error('boom'))).toEqual([]);
    const invalid = new ApiError({ status: 400, kind: 'validation', title: 'Invalid', detail: 'x' });
    expect(duplicateFields(invalid)).toEqual([]);
  });
});

describe('usedBy', () => {
  it('says what still refers to a record whose delete was refused', () => {
    const detail = (table: string) => conflict(`This record is still used by ${table}`, { usedBy: table });
    expect(usedBy(detail('positions'))).toBe('positions');
    expect(usedBy(detail('program_supporting_opds'))).toBe('programs');
    expect(usedBy(detail('programs'))).toBe('programs');
    expect(usedBy(detail('attendance'))).toBe('attendance');
    expect(usedBy(detail('indicator_data_availability'))).toBe('indicators');
    expect(usedBy(detail('opd_units'))).toBe('opds');
    expect(usedBy(detail('something_new'))).toBe('other');
  });

  it('is null for a duplicate or another error', () => {
    const duplicate = conflict('A kecamatan record with the same regionId and name already exists', {
      duplicateFields: ['regionId', 'name'],
    });
    expect(usedBy(duplicate)).toBeNull();
    expect(usedBy(null)).toBeNull();
  });
});

describe('staleRecord', () => {
  it('gives the stored record of a stale-version refusal', () => {
    const current = { id: 'a', name: 'Dinas', version: 3 };
    const error = new ApiError({ status: 409, kind: 'stale-version', title: 't', detail: 'd', current });
    expect(staleRecord(error)).toEqual(current);
    expect(staleRecord(conflict('x'))).toBeNull();
  });
});
