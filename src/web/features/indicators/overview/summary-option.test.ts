import { describe, expect, it } from 'vitest';
import type { ProgressSummary } from '../api.ts';
import { pillarOption, yearOption } from './summary-option.ts';

const counts = (
  on_track: number,
  at_risk: number,
  off_track: number,
  no_target: number,
  no_data: number,
) => ({
  on_track,
  at_risk,
  off_track,
  no_target,
  no_data,
});
const summary: ProgressSummary = {
  planId: 'p',
  total: 5,
  counts: counts(2, 1, 1, 0, 1),
  provisional: 1,
  pillars: [
    {
      pillarId: 'g',
      key: 'governance',
      nameId: 'Tata Kelola',
      nameEn: 'Governance',
      total: 3,
      counts: counts(2, 1, 0, 0, 0),
      provisional: 0,
    },
    {
      pillarId: 'e',
      key: 'economy',
      nameId: 'Ekonomi',
      nameEn: 'Economy',
      total: 2,
      counts: counts(0, 0, 1, 0, 1),
      provisional: 1,
    },
  ],
  years: [
    { year: 2022, measured: 3, noTarget: 1, counts: { on_track: 1, at_risk: 1, off_track: 0 } },
    { year: 2023, measured: 0, noTarget: 0, counts: { on_track: 0, at_risk: 0, off_track: 0 } },
  ],
};
const className = (c: string) => c.toUpperCase();

describe('the plan’s progress charts', () => {
  it('give the plan and each pillar a bar split by class', () => {
    const option = pillarOption(summary, { plan: 'Plan', pillarName: (p) => p.nameEn, className });
    expect(option.yAxis).toMatchObject({ data: ['Plan', 'Governance', 'Economy'] });
    const series = option.series as { name: string; data: number[] }[];
    expect(series.map((s) => s.name)).toEqual(['ON_TRACK', 'AT_RISK', 'OFF_TRACK', 'NO_TARGET', 'NO_DATA']);
    expect(series[0]?.data).toEqual([2, 2, 0]);
    expect(series[4]?.data).toEqual([1, 0, 1]);
  });

  it('count each year’s judged values, and those without a target', () => {
    const option = yearOption(summary, { className });
    expect(option.xAxis).toMatchObject({ data: ['2022', '2023'] });
    const series = option.series as { name: string; data: number[] }[];
    expect(series.map((s) => [s.name, s.data])).toEqual([
      ['ON_TRACK', [1, 0]],
      ['AT_RISK', [1, 0]],
      ['OFF_TRACK', [0, 0]],
      ['NO_TARGET', [1, 0]],
    ]);
  });
});
