import { describe, expect, it } from 'vitest';
import { fillTargetLine } from './target-line.ts';

describe('filling yearly targets on the line', () => {
  const years = [2022, 2023, 2024, 2025, 2026];

  it('fills the empty years between the baseline and typed targets, keeping typed ones', () => {
    const filled = fillTargetLine({ 2024: '3', 2026: '5' }, years, { year: '2021', value: '0' }, 'id');
    expect(filled).toEqual({ 2022: '1', 2023: '2', 2024: '3', 2025: '4', 2026: '5' });
  });

  it('leaves years after the last known value empty', () => {
    const filled = fillTargetLine({ 2023: '2,5' }, years, { year: '2021', value: '1,98' }, 'id');
    expect(filled).toEqual({ 2022: '2,24', 2023: '2,5' });
  });
});
