import { describe, expect, it } from 'vitest';
import { isAdopted, statusChoices } from './plan-status.ts';

describe('plan status choices', () => {
  it('offer one step forward, and back to draft from review', () => {
    expect(statusChoices('draft')).toEqual(['draft', 'review']);
    expect(statusChoices('review')).toEqual(['review', 'draft', 'adopted']);
    expect(statusChoices('adopted')).toEqual(['adopted', 'implementing']);
    expect(statusChoices('implementing')).toEqual(['implementing']);
  });

  it('ask for adoption details once adopted', () => {
    expect(isAdopted('review')).toBe(false);
    expect(isAdopted('adopted')).toBe(true);
    expect(isAdopted('implementing')).toBe(true);
  });
});
