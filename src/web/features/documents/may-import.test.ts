import { describe, expect, it } from 'vitest';
import type { RoleHeld } from '../../../shared/access-rules.ts';
import { mayImportWorksheet } from './may-import.ts';

const plan = { regionId: 'taput', planId: 'plan', planStatus: 'implementing', opdIds: [] };
const role = (r: RoleHeld['role'], regionId: string | null, opdId: string | null = null): RoleHeld => ({
  role: r,
  regionId,
  opdId,
});

describe('who may import a worksheet', () => {
  it('the regency admin and the platform admin', () => {
    expect(mayImportWorksheet([role('regency_admin', 'taput')], plan)).toBe(true);
    expect(mayImportWorksheet([role('platform_admin', null)], plan)).toBe(true);
  });

  it('an OPD participant of the plan’s regency, for their own OPD', () => {
    expect(mayImportWorksheet([role('opd_participant', 'taput', 'diskominfo')], plan)).toBe(true);
    expect(mayImportWorksheet([role('opd_participant', 'samosir', 'diskominfo')], plan)).toBe(false);
  });

  it('nobody who only reads: anonymous, leaders, facilitators, reviewers, another regency’s admin', () => {
    expect(mayImportWorksheet(null, plan)).toBe(false);
    expect(mayImportWorksheet([role('leadership_viewer', 'taput')], plan)).toBe(false);
    expect(mayImportWorksheet([role('facilitator', 'taput')], plan)).toBe(false);
    expect(mayImportWorksheet([role('ministry_reviewer', null)], plan)).toBe(false);
    expect(mayImportWorksheet([role('regency_admin', 'samosir')], plan)).toBe(false);
  });
});
