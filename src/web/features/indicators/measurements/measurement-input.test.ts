import { describe, expect, it } from 'vitest';
import { EVIDENCE_MAX_BYTES } from '../../../../shared/evidence.ts';
import {
  enteredValue,
  judgeView,
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

  it('offers the verdict to others with the right, and tells the submitter another account must give it', () => {
    const admin = { name: 'Admin Bappeda', email: 'admin@demo.id' };
    const submitted = { status: 'submitted' as const, submittedBy: 'Peserta', submittedByYou: false };
    expect(judgeView(submitted, true, admin)).toBe('controls');
    expect(judgeView(submitted, false, admin)).toBe('none');
    // The API refuses the submitting account's verdict, whatever name was typed as the reporter.
    expect(judgeView({ ...submitted, submittedByYou: true }, true, admin)).toBe('ownAccount');
    expect(judgeView({ ...submitted, submittedByYou: true }, false, admin)).toBe('ownAccount');
    // And a verdict under the reporter's own name, whatever the case and spacing.
    expect(judgeView({ ...submitted, submittedBy: ' admin bappeda ' }, true, admin)).toBe('ownName');
    expect(judgeView({ ...submitted, submittedBy: null }, true, admin)).toBe('controls');
    // A judged value has no verdict left to give.
    for (const status of ['verified', 'rejected'] as const)
      expect(judgeView({ ...submitted, status, submittedByYou: true }, true, admin)).toBe('none');
  });
});
