import { describe, expect, it } from 'vitest';
import { planYears, yearSpan } from './plan-years.ts';

describe('planYears', () => {
  it('lists the plan period', () => {
    expect(planYears(2022, 2025)).toEqual([2022, 2023, 2024, 2025]);
  });

  it('widens to data outside the period without leaving a gap', () => {
    expect(planYears(2022, 2023, [2026, 2022])).toEqual([2022, 2023, 2024, 2025, 2026]);
    expect(planYears(2022, 2022, [2020])).toEqual([2020, 2021, 2022]);
  });
});

describe('yearSpan', () => {
  it('writes one year alone and a span with a dash', () => {
    expect(yearSpan(2022, 2022)).toBe('2022');
    expect(yearSpan(2022, 2025)).toBe('2022–2025');
  });
});
