import { describe, expect, it } from 'vitest';
import { isRatio, ratioLabels } from './ratio-labels.ts';

const both = {
  numeratorLabel: 'Jumlah penduduk yang menganggur',
  denominatorLabel: 'Jumlah angkatan kerja',
  numeratorLabelEn: 'Unemployed persons',
  denominatorLabelEn: 'Labour force',
};

describe('numerator and denominator labels in the reader’s language', () => {
  it('shows the English labels to an English reader and the Indonesian ones to an Indonesian reader', () => {
    expect(ratioLabels(both, 'en')).toEqual({ numerator: 'Unemployed persons', denominator: 'Labour force' });
    expect(ratioLabels(both, 'id')).toEqual({
      numerator: 'Jumlah penduduk yang menganggur',
      denominator: 'Jumlah angkatan kerja',
    });
  });

  it('falls back to the Indonesian label where an entry has no English one, each label on its own', () => {
    const local = { ...both, numeratorLabelEn: null, denominatorLabelEn: '  ' };
    expect(ratioLabels(local, 'en')).toEqual({
      numerator: 'Jumlah penduduk yang menganggur',
      denominator: 'Jumlah angkatan kerja',
    });
    // A response from before the English labels existed has no such keys at all.
    const older = { numeratorLabel: 'Layanan daring', denominatorLabel: 'Semua layanan' };
    expect(ratioLabels(older, 'en')).toEqual({ numerator: 'Layanan daring', denominator: 'Semua layanan' });
    expect(ratioLabels({ ...both, numeratorLabel: null }, 'id').numerator).toBe('Unemployed persons');
  });

  it('has no labels for a quantity read as it is, and knows a ratio by its labels', () => {
    const none = {
      numeratorLabel: null,
      denominatorLabel: null,
      numeratorLabelEn: null,
      denominatorLabelEn: null,
    };
    expect(ratioLabels(none, 'en')).toEqual({ numerator: null, denominator: null });
    expect(isRatio(none)).toBe(false);
    expect(isRatio(both)).toBe(true);
    expect(isRatio({ ...none, numeratorLabelEn: 'Online services' })).toBe(true);
  });
});
