import { describe, expect, it } from 'vitest';
import { decide, type Permission, type Place, type RoleHeld, readableRegions } from './access-rules.ts';

const A = 'region-a';
const B = 'region-b';
const OPD = 'opd-a1';
const OTHER_OPD = 'opd-a2';

const draft = (regionId: string, opdIds: string[] = []): Place => ({
  regionId,
  planId: `plan-${regionId}`,
  planStatus: 'draft',
  opdIds,
});
const adopted = (regionId: string): Place => ({ ...draft(regionId), planStatus: 'adopted' });

const as = (...roles: RoleHeld[]) => roles;
const platform = as({ role: 'platform_admin', regionId: null, opdId: null });
const reviewer = as({ role: 'ministry_reviewer', regionId: null, opdId: null });
const admin = as({ role: 'regency_admin', regionId: A, opdId: null });
const facilitator = as({ role: 'facilitator', regionId: A, opdId: null });
const participant = as({ role: 'opd_participant', regionId: A, opdId: OPD });
const leader = as({ role: 'leadership_viewer', regionId: A, opdId: null });

const allowed = (roles: RoleHeld[] | null, permission: Permission, place: Place | null) =>
  decide(roles, permission, place).allowed;

describe('access rules', () => {
  it('lets anyone read a published plan but only the regency and national roles read a draft', () => {
    expect(allowed(null, 'read', adopted(B))).toBe(true);
    expect(allowed(null, 'read', draft(A))).toBe(false);
    expect(allowed(leader, 'read', draft(A))).toBe(true);
    expect(allowed(leader, 'read', draft(B))).toBe(false);
    expect(allowed(reviewer, 'read', draft(B))).toBe(true);
  });

  it('keeps internal data (people, workshops, history) away from the public even when published', () => {
    expect(allowed(null, 'readInternal', adopted(A))).toBe(false);
    expect(allowed(participant, 'readInternal', adopted(A))).toBe(true);
    expect(allowed(participant, 'readInternal', adopted(B))).toBe(false);
  });

  it("lets only the regency's admin administer it", () => {
    expect(allowed(admin, 'administer', draft(A))).toBe(true);
    expect(allowed(admin, 'administer', draft(B))).toBe(false);
    for (const roles of [reviewer, facilitator, participant, leader])
      expect(allowed(roles, 'administer', draft(A))).toBe(false);
  });

  it('lets facilitators run workshops and review, reviewers review everywhere', () => {
    expect(allowed(facilitator, 'runWorkshops', draft(A))).toBe(true);
    expect(allowed(facilitator, 'runWorkshops', draft(B))).toBe(false);
    expect(allowed(facilitator, 'review', draft(A))).toBe(true);
    expect(allowed(reviewer, 'review', draft(B))).toBe(true);
    expect(allowed(reviewer, 'runWorkshops', draft(B))).toBe(false);
    expect(allowed(participant, 'review', draft(A))).toBe(false);
  });

  it('lets an OPD participant contribute only when every OPD touched is theirs', () => {
    expect(allowed(participant, 'contribute', draft(A, [OPD]))).toBe(true);
    expect(allowed(participant, 'contribute', draft(A, [OPD, OTHER_OPD]))).toBe(false);
    expect(allowed(participant, 'contribute', draft(A, []))).toBe(false);
    expect(allowed(participant, 'contribute', draft(B, [OPD]))).toBe(false);
    expect(allowed(participant, 'recordAttendance', draft(A, [OPD]))).toBe(true);
    expect(allowed(facilitator, 'contribute', draft(A, [OPD]))).toBe(false);
    expect(allowed(facilitator, 'recordAttendance', draft(A, [OTHER_OPD]))).toBe(true);
  });

  it('keeps national set-up for the platform admin, who may do everything', () => {
    expect(allowed(platform, 'national', null)).toBe(true);
    expect(allowed(reviewer, 'national', null)).toBe(false);
    expect(allowed(admin, 'national', null)).toBe(false);
    for (const permission of ['administer', 'contribute', 'readInternal', 'runWorkshops'] as const)
      expect(allowed(platform, permission, draft(B))).toBe(true);
  });

  it('answers an anonymous caller with "sign in first"', () => {
    expect(decide(null, 'administer', draft(A))).toEqual({ allowed: false, reason: 'Sign in first' });
    expect(allowed(null, 'signedIn', null)).toBe(false);
    expect(allowed(leader, 'signedIn', null)).toBe(true);
  });

  it('lists the regions whose unpublished data a caller reads', () => {
    expect(readableRegions(null)).toEqual([]);
    expect(readableRegions(reviewer)).toBeNull();
    expect(readableRegions([...admin, { role: 'facilitator', regionId: B, opdId: null }])).toEqual([A, B]);
  });
});
