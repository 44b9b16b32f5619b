import { describe, expect, it } from 'vitest';
import { judgeProgress, type ProgressInput, targetFor } from './indicator-progress.ts';

const base: Omit<ProgressInput, 'measurement'> = {
  direction: 'increase',
  baselineYear: 2021,
  baselineValue: '40',
  targets: [
    { year: 2022, value: '50' },
    { year: 2024, value: '70' },
    { year: 2026, value: '90' },
  ],
};
const judge = (value: string, periodYear = 2022, extra: Partial<ProgressInput> = {}) =>
  judgeProgress({ ...base, ...extra, measurement: { periodYear, value, status: 'verified' } });

describe('indicator progress rules', () => {
  it('reads the target of a year, or off the line between known points, or the last target after it', () => {
    const baseline = { year: 2021, value: '40' };
    expect(targetFor(2024, base.targets, baseline)).toEqual({ value: 70, interpolated: false });
    expect(targetFor(2023, base.targets, baseline)).toEqual({ value: 60, interpolated: true });
    expect(targetFor(2028, base.targets, baseline)).toEqual({ value: 90, interpolated: true });
    expect(targetFor(2021, base.targets, null)).toBeNull();
    expect(targetFor(2023, [], baseline)).toBeNull();
  });

  it('judges the share of the way from baseline to target: ≥ 90 % on track, ≥ 70 % at risk, else off track', () => {
    // Baseline 40, target 2022 is 50: 49 covers 90 %, 47 covers 70 %, 46 covers 60 %.
    expect(judge('49')).toMatchObject({ status: 'on_track', achievement: 90, basis: 'gap_closed' });
    expect(judge('48.9')).toMatchObject({ status: 'at_risk', achievement: 89 });
    expect(judge('47')).toMatchObject({ status: 'at_risk', achievement: 70 });
    expect(judge('46.9')).toMatchObject({ status: 'off_track', achievement: 69 });
    expect(judge('55')).toMatchObject({ status: 'on_track', achievement: 150, target: '50.000000' });
    expect(judge('35')).toMatchObject({ status: 'off_track', achievement: -50 });
  });

  it('judges a "lower is better" indicator the same way, and a met target is always on track', () => {
    const down = {
      direction: 'decrease' as const,
      baselineValue: '10',
      targets: [{ year: 2022, value: '6' }],
    };
    expect(judge('6.4', 2022, down)).toMatchObject({ status: 'on_track', achievement: 90 });
    expect(judge('7', 2022, down)).toMatchObject({ status: 'at_risk', achievement: 75 });
    expect(judge('9', 2022, down)).toMatchObject({ status: 'off_track', achievement: 25 });
    expect(judge('5', 2022, down)).toMatchObject({ status: 'on_track', achievement: 125 });
    // A tolerated decline (target below baseline on an "increase" indicator) is met by any value above it.
    const decline = { targets: [{ year: 2022, value: '35' }] };
    expect(judge('38', 2022, decline)).toMatchObject({ status: 'on_track', achievement: 100 });
  });

  it('without a baseline before the period, judges the ratio to the target', () => {
    const noBaseline = { baselineYear: null, baselineValue: null };
    expect(judge('45', 2022, noBaseline)).toMatchObject({
      status: 'on_track',
      achievement: 90,
      basis: 'target_ratio',
    });
    expect(judge('30', 2022, noBaseline)).toMatchObject({ status: 'off_track', achievement: 60 });
    const down = { ...noBaseline, direction: 'decrease' as const, targets: [{ year: 2022, value: '8' }] };
    expect(judge('10', 2022, down)).toMatchObject({ status: 'at_risk', achievement: 80 });
  });

  it('judges a "maintain" indicator by its distance from the target: 5 % and 15 %', () => {
    const keep = { direction: 'maintain' as const, targets: [{ year: 2022, value: '120' }] };
    expect(judge('126', 2022, keep)).toMatchObject({
      status: 'on_track',
      achievement: 95,
      basis: 'deviation',
    });
    expect(judge('102', 2022, keep)).toMatchObject({ status: 'at_risk', achievement: 85 });
    expect(judge('150', 2022, keep)).toMatchObject({ status: 'off_track', achievement: 75 });
  });

  it('says when there is nothing to judge: no value, or no target for its year', () => {
    expect(judgeProgress({ ...base, measurement: null })).toMatchObject({ status: 'no_data', year: null });
    expect(judge('10', 2020)).toMatchObject({ status: 'no_target', year: 2020, actual: '10', target: null });
  });

  it('marks a value judged before its verification as provisional', () => {
    const submitted = judgeProgress({
      ...base,
      measurement: { periodYear: 2022, value: '49', status: 'submitted' },
    });
    expect(submitted).toMatchObject({ status: 'on_track', verified: false });
    expect(judge('49').verified).toBe(true);
  });
});
