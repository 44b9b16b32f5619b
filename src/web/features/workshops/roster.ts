import type { Schema } from '../../api/types.ts';
import { type AttendanceStatus, attended } from './phases.ts';

type Attendance = Schema<'Attendance'>;
type OpdPosition = Schema<'OpdPosition'>;
type Opd = Schema<'Opd'>;

/** One person on a session's check-in list, under the OPD they represent there. */
export interface RosterEntry {
  personId: string;
  fullName: string;
  opdId: string;
  positionTitle: string | null;
  record: Attendance | null;
}

/** The Bimtek asks for each OPD's secretary and programme head first (DOMAIN.md). */
const ROLE_ORDER: OpdPosition['role'][] = ['secretary', 'program_head', 'head', 'staff', 'other'];

/** Whether a position is held on a day (YYYY-MM-DD); an open start or end holds forever that way. */
export const heldOn = (p: Pick<OpdPosition, 'startDate' | 'endDate'>, day: string) =>
  (p.startDate === null || p.startDate <= day) && (p.endDate === null || day <= p.endDate);

const byPreference = (day: string) => (a: OpdPosition, b: OpdPosition) =>
  Number(heldOn(b, day)) - Number(heldOn(a, day)) ||
  ROLE_ORDER.indexOf(a.role) - ROLE_ORDER.indexOf(b.role) ||
  (b.startDate ?? '').localeCompare(a.startDate ?? '');

export interface RosterInput {
  people: { id: string; fullName: string }[];
  positions: OpdPosition[];
  records: Attendance[];
  /** The session's day: who held a position then is expected. */
  day: string;
  /** Also list people whose positions do not cover the day (a newly appointed secretary not yet entered). */
  everyone: boolean;
}

/**
 * Who may be checked in to a session: everyone already recorded (for the OPD recorded), and each person
 * holding a position on the session's day, under the OPD of their preferred position. Sorted by name.
 */
export function buildRoster({ people, positions, records, day, everyone }: RosterInput): RosterEntry[] {
  const names = new Map(people.map((p) => [p.id, p.fullName]));
  const positionsOf = new Map<string, OpdPosition[]>();
  for (const p of positions) {
    const list = positionsOf.get(p.personId) ?? [];
    positionsOf.set(p.personId, list);
    list.push(p);
  }
  for (const list of positionsOf.values()) list.sort(byPreference(day));

  const entries = new Map<string, RosterEntry>();
  for (const record of records) {
    const own = positionsOf.get(record.personId)?.find((p) => p.opdId === record.opdId);
    entries.set(record.personId, {
      personId: record.personId,
      fullName: names.get(record.personId) ?? own?.person.fullName ?? '',
      opdId: record.opdId,
      positionTitle: own?.title ?? null,
      record,
    });
  }
  for (const [personId, list] of positionsOf) {
    const best = list[0];
    if (!best || entries.has(personId) || !(everyone || heldOn(best, day))) continue;
    entries.set(personId, {
      personId,
      fullName: names.get(personId) ?? best.person.fullName,
      opdId: best.opdId,
      positionTitle: best.title,
      record: null,
    });
  }
  return [...entries.values()].sort((a, b) => a.fullName.localeCompare(b.fullName, 'id'));
}

/** Lower case without accents, so that "sitompul" finds "Sitompul" and "hutagalung" finds "Hutagalúng". */
export const normalise = (text: string) => text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();

/** Every word of the query appears in the person's name, their OPD's code or its name. */
export function matches(entry: RosterEntry, opd: Pick<Opd, 'code' | 'name'> | undefined, query: string) {
  const words = normalise(query).split(/\s+/).filter(Boolean);
  if (words.length === 0) return true;
  const haystack = normalise(`${entry.fullName} ${opd?.code ?? ''} ${opd?.name ?? ''}`);
  return words.every((w) => haystack.includes(w));
}

export interface OpdGroup<T> {
  opdId: string;
  entries: T[];
}

/** Entries grouped by OPD in the region's OPD order (by code); unknown OPDs last. */
export function groupByOpd<T extends { opdId: string }>(entries: T[], opdOrder: string[]): OpdGroup<T>[] {
  const groups = new Map<string, T[]>();
  for (const e of entries) {
    const list = groups.get(e.opdId) ?? [];
    groups.set(e.opdId, list);
    list.push(e);
  }
  const rank = (id: string) => {
    const i = opdOrder.indexOf(id);
    return i === -1 ? opdOrder.length : i;
  };
  return [...groups.entries()]
    .sort(([a], [b]) => rank(a) - rank(b))
    .map(([opdId, list]) => ({ opdId, entries: list }));
}

export type StatusCounts = Record<AttendanceStatus | 'unrecorded', number> & {
  attended: number;
  total: number;
};

/** How many people are in each status; `attended` counts present and late, as continuity does. */
export function countStatuses(statuses: (AttendanceStatus | null)[]): StatusCounts {
  const counts: StatusCounts = {
    present: 0,
    late: 0,
    excused: 0,
    absent: 0,
    unrecorded: 0,
    attended: 0,
    total: statuses.length,
  };
  for (const s of statuses) {
    counts[s ?? 'unrecorded']++;
    if (attended(s)) counts.attended++;
  }
  return counts;
}
