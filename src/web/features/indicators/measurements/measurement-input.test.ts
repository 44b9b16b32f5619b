import { describe, expect, it } from 'vitest';
import { EVIDENCE_MAX_BYTES } from '../../../../shared/evidence.ts';
import {
  enteredValue,
  isOwnSubmission,
  type MeasurementFormValues,
  measurementBody,
  measurementProblems,
} from './measurement-input.ts';

const catalog = { minValue: '0.000000', maxValue: '100.000000', multiplier: '100.000000' };
const empty: MeasurementFormValues = {
  periodYear: '2024',
  periodStart: '',
  periodEnd: '',
  mode: 'value',
  value: '',
  numerator: '',
  denominator: '',
  evidenceUrl: '',
  file: null,
  note: '',
  submittedBy: 'Peserta Diskominfo',
};

describe('a measurement typed in the form', () => {
  it('gives the value directly or from numerator and denominator', () => {
    expect(enteredValue({ ...empty, value: '42,5' }, catalog)).toBe(42.5);
    expect(enteredValue({ ...empty, mode: 'ratio', numerator: '45', denominator: '120' }, catalog)).toBe(
      37.5,
    );
    expect(enteredValue({ ...empty, mode: 'ratio', numerator: '45', denominator: '' }, catalog)).toBeNull();
  });

  it('is refused where the API would refuse it', () => {
    expect(measurementProblems({ ...empty, periodYear: null, submittedBy: ' ' }, catalog)).toEqual({
      periodYear: { key: 'required' },
      value: { key: 'required' },
      submittedBy: { key: 'required' },
    });
    expect(measurementProblems({ ...empty, value: '120' }, catalog)).toEqual({
      value: { key: 'aboveMax', limit: '100.000000' },
    });
    expect(
      measurementProblems({ ...empty, mode: 'ratio', numerator: '-1', denominator: '0' }, catalog),
    ).toEqual({ numerator: { key: 'notNegative' }, denominator: { key: 'notZero' } });
    expect(
      measurementProblems({ ...empty, mode: 'ratio', numerator: '150', denominator: '100' }, catalog),
    ).toEqual({
      denominator: { key: 'aboveMax', limit: '100.000000' },
    });
    expect(
      measurementProblems(
        { ...empty, value: '5', evidenceUrl: 'ftp://x', periodStart: '2024-07-01', periodEnd: '2024-01-01' },
        catalog,
      ),
    ).toEqual({ evidenceUrl: { key: 'url' }, periodEnd: { key: 'endBeforeStart' } });
  });

  it('checks the evidence file’s kind and size before anything is sent', () => {
    const file = (name: string, size: number) => ({ name, size }) as File;
    expect(measurementProblems({ ...empty, value: '5', file: file('a.exe', 10) }, catalog)).toEqual({
      file: { key: 'evidence', problem: 'kind' },
    });
    expect(
      measurementProblems({ ...empty, value: '5', file: file('a.pdf', EVIDENCE_MAX_BYTES + 1) }, catalog),
    ).toEqual({ file: { key: 'evidence', problem: 'size' } });
  });

  it('becomes the request the API takes, empty parts left out', () => {
    expect(measurementBody({ ...empty, value: '42,5', note: '  ' })).toEqual({
      periodYear: 2024,
      value: '42.5',
      submittedBy: 'Peserta Diskominfo',
    });
    expect(
      measurementBody({
        ...empty,
        mode: 'ratio',
        numerator: '45',
        denominator: '120',
        evidenceUrl: ' https://data.taputkab.go.id/spbe ',
      }),
    ).toEqual({
      periodYear: 2024,
      numerator: '45',
      denominator: '120',
      evidenceUrl: 'https://data.taputkab.go.id/spbe',
      submittedBy: 'Peserta Diskominfo',
    });
  });

  it('knows its reporter by name whatever the case and spacing, or by the account the API names', () => {
    const admin = { name: 'Admin Bappeda', email: 'admin@demo.id' };
    expect(isOwnSubmission({ submittedBy: ' admin bappeda ' }, admin)).toBe(true);
    expect(isOwnSubmission({ submittedBy: null }, admin)).toBe(false);
    expect(isOwnSubmission({ submittedBy: 'Peserta' }, admin)).toBe(false);
    expect(isOwnSubmission({ submittedBy: 'Peserta', submittedAccount: 'ADMIN@demo.id' }, admin)).toBe(true);
    expect(isOwnSubmission({ submittedBy: 'Peserta', submittedAccount: 'other@demo.id' }, admin)).toBe(false);
  });
});
