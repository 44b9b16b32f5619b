import { describe, expect, it } from 'vitest';
import { measurementFixture } from '../indicator-fixture.ts';
import {
  correctionBody,
  correctionValues,
  mayCorrect,
  placeMeasurementErrors,
} from './measurement-correction.ts';
import { measurementProblems } from './measurement-input.ts';

const stored = measurementFixture({
  periodYear: 2023,
  value: '87.500000',
  numerator: '4375.000000',
  denominator: '5000.000000',
  evidenceUrl: 'https://data.taputkab.go.id/dapodik-2023.pdf',
  status: 'rejected',
  submittedBy: 'Operator Disdik',
  submittedByYou: true,
  rejectionReason: 'Penyebut bukan jumlah penduduk usia sekolah',
  version: 2,
});
const catalog = { minValue: '0.000000', maxValue: '100.000000', multiplier: '100.000000' };

describe('correcting a measured value', () => {
  it('is offered for a value awaiting or failing its check, to those who may enter values', () => {
    expect(mayCorrect({ status: 'submitted' }, true)).toBe(true);
    expect(mayCorrect({ status: 'rejected' }, true)).toBe(true);
    expect(mayCorrect({ status: 'verified' }, true)).toBe(false);
    expect(mayCorrect({ status: 'rejected' }, false)).toBe(false);
  });

  it('fills the form with the value as it was entered, in the reader’s decimal mark', () => {
    const values = correctionValues(stored, 'id');
    expect(values).toMatchObject({
      periodYear: '2023',
      mode: 'ratio',
      numerator: '4375',
      denominator: '5000',
      value: '87,5',
      evidenceUrl: 'https://data.taputkab.go.id/dapodik-2023.pdf',
      note: '',
      submittedBy: 'Operator Disdik',
      file: null,
    });
    expect(measurementProblems(values, catalog)).toEqual({});
    const typed = correctionValues({ ...stored, numerator: null, denominator: null }, 'en');
    expect(typed).toMatchObject({ mode: 'value', value: '87.5', numerator: '', denominator: '' });
  });

  it('sends every field, clearing emptied ones, with the value or its ratio but never both', () => {
    const values = correctionValues(stored, 'id');
    expect(correctionBody({ ...values, denominator: '6.250', evidenceUrl: ' ', note: ' Dapodik ' })).toEqual({
      periodYear: 2023,
      periodStart: null,
      periodEnd: null,
      numerator: '4375',
      denominator: '6.25',
      evidenceUrl: null,
      note: 'Dapodik',
      submittedBy: 'Operator Disdik',
    });
    const direct = correctionBody({ ...values, mode: 'value', value: '88,25', periodStart: '2023-01-01' });
    expect(direct).toMatchObject({ value: '88.25', periodStart: '2023-01-01' });
    expect(direct).not.toHaveProperty('numerator');
    expect(direct).not.toHaveProperty('denominator');
  });

  it('puts the API’s field errors by the inputs on screen, and says the rest above the form', () => {
    const error = (field: string, message: string, place: 'body' | 'query' = 'body') => ({
      field,
      in: place,
      message,
    });
    const bounds = error('value', 'must be at most 100 (numerator / denominator gives 120)');
    const ends = error('periodEnd', 'must not be before periodStart');
    const errors = [
      bounds,
      ends,
      error('submittedBy', 'is required'),
      error('submittedBy', 'is too long'),
      error('version', 'must be a number'),
    ];
    expect(placeMeasurementErrors(errors, { mode: 'ratio', periodDates: false })).toEqual({
      fields: { denominator: bounds.message, submittedBy: 'is required' },
      unplaced: [`periodEnd: ${ends.message}`, 'version: must be a number'],
    });
    const typed = placeMeasurementErrors([bounds, ends, error('numerator', 'is required')], {
      mode: 'value',
      periodDates: true,
    });
    expect(typed).toEqual({
      fields: { value: bounds.message, periodEnd: ends.message },
      unplaced: ['numerator: is required'],
    });
    expect(
      placeMeasurementErrors([error('year', 'too late', 'query')], { mode: 'value', periodDates: true }),
    ).toEqual({ fields: {}, unplaced: ['year: too late'] });
  });
});
