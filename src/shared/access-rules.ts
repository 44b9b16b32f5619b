import { PUBLIC_PLAN_STATUSES, type UserRole } from './domain.ts';

/**
 * Who may do what, as pure functions: the route hook (plugin.ts) finds where a request acts and asks
 * here. Kept free of I/O so that the whole table is unit-tested (access-rules.test.ts) and reads like the
 * role descriptions of PRODUCT.md.
 */

/** What a route does, from the caller's point of view. */
export type Permission =
  /** Anyone, signed in or not (health, sign-in, the indicator catalogue, regions). */
  | 'public'
  /** Any signed-in account; the service narrows further (own password, the users one administers). */
  | 'signedIn'
  /** Published data (an adopted or implementing plan, a region's OPDs), or any data of one's regency. */
  | 'read'
  /** Data never published (people, workshops, reviews, history): the regency's own people and reviewers. */
  | 'readInternal'
  /** Change the regency's plan and organisation. */
  | 'administer'
  /** Run the Bimtek workshops: phases, sessions, bulk check-in. */
  | 'runWorkshops'
  /** Comment on and review action programmes. */
  | 'review'
  /** Write programmes, progress and indicator data; an OPD participant only for their own OPD. */
  | 'contribute'
  /** Check in one attendee; an OPD participant only for their own OPD. */
  | 'recordAttendance'
  /** Platform set-up across regions: regions, the national catalogue. */
  | 'national';

export interface RoleHeld {
  role: UserRole;
  regionId: string | null;
  opdId: string | null;
}

/** Where a request acts: found from the record it names, its parent, or its body. */
export interface Place {
  /** null: nothing regional (a national catalogue entry, a sign-in audit entry). */
  regionId: string | null;
  planId: string | null;
  planStatus: string | null;
  /** The OPDs the write touches (the record's lead or producer OPD, and any the body names). */
  opdIds: string[];
}

export type Decision = { allowed: true } | { allowed: false; reason: string };

const ALLOW: Decision = { allowed: true };
const deny = (reason: string): Decision => ({ allowed: false, reason });

const isPublished = (place: Place) =>
  place.planId === null || (PUBLIC_PLAN_STATUSES as readonly string[]).includes(place.planStatus ?? '');

/** Roles the caller holds in the place's region (national roles hold everywhere). */
function rolesAt(roles: RoleHeld[], regionId: string | null) {
  return new Set(
    roles
      .filter((r) => r.regionId === null || (regionId !== null && r.regionId === regionId))
      .map((r) => r.role),
  );
}

/** An OPD participant may write when every OPD the write touches is one of theirs in that region. */
function ownsAll(roles: RoleHeld[], place: Place) {
  if (place.opdIds.length === 0 || place.regionId === null) return false;
  const own = new Set(
    roles.filter((r) => r.role === 'opd_participant' && r.regionId === place.regionId).map((r) => r.opdId),
  );
  return place.opdIds.every((id) => own.has(id));
}

/** Whether the caller (null: anonymous) may act with `permission` at `place` (null: no place). */
export function decide(roles: RoleHeld[] | null, permission: Permission, place: Place | null): Decision {
  if (permission === 'public') return ALLOW;
  if (permission === 'read' && place && isPublished(place)) return ALLOW;
  if (roles === null) return deny('Sign in first');
  if (permission === 'signedIn') return ALLOW;
  const held = rolesAt(roles, place?.regionId ?? null);
  if (held.has('platform_admin')) return ALLOW;
  const member = place?.regionId != null && held.size > 0;
  const admin = held.has('regency_admin');
  const facilitator = held.has('facilitator');
  const reviewer = held.has('ministry_reviewer');
  switch (permission) {
    case 'read':
    case 'readInternal':
      return member || reviewer ? ALLOW : deny('This belongs to a regency you hold no role in');
    case 'administer':
      return admin ? ALLOW : deny("Only the regency's admin may change this");
    case 'runWorkshops':
      return admin || facilitator
        ? ALLOW
        : deny("Only the regency's admin or facilitator runs its workshops");
    case 'review':
      return admin || facilitator || reviewer
        ? ALLOW
        : deny('Only a facilitator, a ministry reviewer or the regency admin reviews programmes');
    case 'contribute':
      return admin || (place !== null && ownsAll(roles, place))
        ? ALLOW
        : deny("Only the regency's admin, or a participant of the OPD responsible, may change this");
    case 'recordAttendance':
      return admin || facilitator || (place !== null && ownsAll(roles, place))
        ? ALLOW
        : deny('Only the facilitator, the regency admin or the OPD itself checks in its people');
    case 'national':
      return deny('Only the platform admin may change this');
  }
}

/**
 * The regions whose unpublished data the caller may read, for lists that span regions:
 * null means every region (national roles).
 */
export function readableRegions(roles: RoleHeld[] | null): string[] | null {
  if (roles === null) return [];
  if (roles.some((r) => r.regionId === null)) return null;
  return [...new Set(roles.map((r) => r.regionId as string))];
}
