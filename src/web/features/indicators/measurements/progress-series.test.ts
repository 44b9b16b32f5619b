import { describe, expect, it } from 'vitest';
import { measurementFixture as measurement } from '../indicator-fixture.ts';
import { progressOption } from './progress-option.ts';
import { hasAnything, progressSeries } from './progress-series.ts';

const indicator = {
  baselineYear: 2021,
  baselineValue: '10.000000',
  targets: [
    { year: 2022, value: '12.000000' },
    { year: 2024, value: '16.000000' },
  ],
};
const period = { start: 2022, end: 2024 };

describe('the indicator’s progress chart', () => {
  it('sets each year’s target beside its verified value; submitted and rejected ones are not drawn', () => {
    const series = progressSeries(
      indicator,
      [
        measurement({ periodYear: 2022, value: '11.5', status: 'verified' }),
        measurement({ periodYear: 2023, value: '99', status: 'rejected' }),
        measurement({ periodYear: 2024, value: '15', status: 'submitted' }),
      ],
      period,
    );
    expect(series).toEqual({
      baseline: { year: 2021, value: 10 },
      years: [
        { year: 2022, target: 12, verified: 11.5 },
        { year: 2023, target: null, verified: null },
        { year: 2024, target: 16, verified: null },
      ],
    });
    expect(hasAnything(series)).toBe(true);
    expect(
      hasAnything(progressSeries({ baselineYear: null, baselineValue: null, targets: [] }, [], period)),
    ).toBe(false);
  });

  it('takes the latest period’s verified value of a year measured more often', () => {
    const series = progressSeries(
      indicator,
      [
        measurement({ periodYear: 2022, periodEnd: '2022-06-30', value: '11', status: 'verified' }),
        measurement({ periodYear: 2022, periodEnd: '2022-12-31', value: '12.5', status: 'verified' }),
      ],
      period,
    );
    expect(series.years[0]?.verified).toBe(12.5);
  });

  it('draws the baseline before the period as the first point', () => {
    const series = progressSeries(indicator, [], period);
    const option = progressOption(series, {
      target: 'Target',
      verified: 'Verified',
      baseline: 'Baseline',
      value: String,
    });
    expect(option.xAxis).toMatchObject({ data: ['2021', '2022', '2023', '2024'] });
    const [target, verified, baseline] = option.series as { data: unknown[] }[];
    expect(target?.data).toEqual([null, 12, null, 16]);
    expect(verified?.data).toEqual([null, null, null, null]);
    expect(baseline?.data).toEqual([10, null, null, null]);
  });
});
