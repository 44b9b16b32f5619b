import type { ContinuityClass } from '../../../shared/domain.ts';
import type { Db, Tx } from '../../db/client.ts';
import {
  deleteRecord,
  getOrThrow,
  insertRecord,
  isoTimestamp,
  presentRow,
  type Row,
  type Scope,
  updateRecord,
} from '../../db/records.ts';
import { attendance, workshopSessions } from '../../db/schema/workshop.ts';
import { readSnapshot } from '../../db/snapshot.ts';
import { type FieldError, invalid, notFound } from '../../errors.ts';
import {
  heldPhases,
  opdRegions,
  type PlanScope,
  peopleRegions,
  phaseScope,
  planScope,
  reportOpds,
  representatives,
  sessionAttendance,
  sessionScope,
} from './repository.ts';
import type { AttendanceListReplace, ContinuityReport } from './schema.ts';

const bodyError = (field: string, message: string): FieldError => ({ field, in: 'body', message });
const instant = (value: unknown) => (typeof value === 'string' ? Date.parse(isoTimestamp(value)) : null);

export function phaseErrors(candidate: Row): FieldError[] {
  const start = candidate.startsOn as string | null | undefined;
  const end = candidate.endsOn as string | null | undefined;
  // ISO dates compare correctly as text.
  if (start && end && end < start) return [bodyError('endsOn', `must not be before startsOn (${start})`)];
  return [];
}

export function sessionErrors(candidate: Row): FieldError[] {
  const start = instant(candidate.startsAt);
  const end = instant(candidate.endsAt);
  if (start !== null && end !== null && end < start)
    return [bodyError('endsAt', 'must not be before startsAt')];
  return [];
}

const scopeOrNull = (scope: PlanScope | undefined): Scope => scope ?? { planId: null, regionId: null };
export const workshopScope = async (tx: Tx, row: Row) =>
  scopeOrNull(await planScope(tx, row.planId as string));
export const sessionScopeOf = async (tx: Tx, row: Row) =>
  scopeOrNull(await phaseScope(tx, row.phaseId as string));
export const attendanceScope = async (tx: Tx, row: Row) =>
  scopeOrNull(await sessionScope(tx, row.sessionId as string));

interface AttendanceRefs {
  personId: string;
  opdId: string;
}

/**
 * The person and the OPD of each attendance entry must belong to the plan's region: a participant
 * from a neighbouring regency would otherwise count towards this plan's continuity. `prefix` names the
 * entry in a list (`items.3.`).
 */
async function refErrors(tx: Tx, regionId: string, entries: { prefix: string; refs: AttendanceRefs }[]) {
  const [personRegion, opdRegion] = [
    await peopleRegions(tx, [...new Set(entries.map((e) => e.refs.personId))]),
    await opdRegions(tx, [...new Set(entries.map((e) => e.refs.opdId))]),
  ];
  const errors: FieldError[] = [];
  for (const { prefix, refs } of entries) {
    const p = personRegion.get(refs.personId);
    if (!p) errors.push(bodyError(`${prefix}personId`, 'refers to a person who does not exist'));
    else if (p !== regionId)
      errors.push(bodyError(`${prefix}personId`, "refers to a person of another region than the plan's"));
    const o = opdRegion.get(refs.opdId);
    if (!o) errors.push(bodyError(`${prefix}opdId`, 'refers to an OPD that does not exist'));
    else if (o !== regionId)
      errors.push(bodyError(`${prefix}opdId`, "refers to an OPD of another region than the plan's"));
  }
  return errors;
}

export async function attendanceErrors(tx: Tx, candidate: Row): Promise<FieldError[]> {
  const scope = await sessionScope(tx, candidate.sessionId as string);
  if (!scope) return [];
  return refErrors(tx, scope.regionId, [{ prefix: '', refs: candidate as unknown as AttendanceRefs }]);
}

/**
 * Replace a session's attendance list with the one given, in the caller's transaction: every entry is
 * checked first, then records are created, changed or removed one by one (each audited), matched by
 * person so that an unchanged entry keeps its id and history.
 */
export async function replaceAttendance(
  tx: Tx,
  actor: string,
  sessionId: string,
  items: AttendanceListReplace['items'],
) {
  await getOrThrow(tx, workshopSessions, 'session', sessionId, true);
  const scope = (await sessionScope(tx, sessionId)) as PlanScope;

  const errors: FieldError[] = [];
  const firstIndex = new Map<string, number>();
  items.forEach((item, i) => {
    const first = firstIndex.get(item.personId);
    if (first === undefined) firstIndex.set(item.personId, i);
    else errors.push(bodyError(`items.${i}.personId`, `lists the same person as items.${first}`));
  });
  errors.push(
    ...(await refErrors(
      tx,
      scope.regionId,
      items.map((refs, i) => ({ prefix: `items.${i}.`, refs })),
    )),
  );
  if (errors.length > 0) throw invalid(errors);

  const ctx = { tx, actor, entity: 'attendance', scope };
  const existing = new Map((await sessionAttendance(tx, sessionId, true)).map((r) => [r.personId, r as Row]));
  const counts = { created: 0, updated: 0, removed: 0, unchanged: 0 };
  for (const item of items) {
    const stored = existing.get(item.personId);
    existing.delete(item.personId);
    if (!stored) {
      await insertRecord(ctx, attendance, { ...item, sessionId });
      counts.created++;
      continue;
    }
    const next = {
      opdId: item.opdId,
      status: item.status,
      checkedInAt: item.checkedInAt === undefined ? stored.checkedInAt : item.checkedInAt,
      note: item.note === undefined ? stored.note : item.note,
    };
    const same =
      next.opdId === stored.opdId &&
      next.status === stored.status &&
      next.note === stored.note &&
      instant(next.checkedInAt) === instant(stored.checkedInAt);
    if (same) counts.unchanged++;
    else {
      await updateRecord(ctx, attendance, stored, next);
      counts.updated++;
    }
  }
  for (const stale of existing.values()) {
    await deleteRecord(ctx, attendance, stale);
    counts.removed++;
  }
  const rows = await sessionAttendance(tx, sessionId);
  return { items: rows.map((r) => presentRow(attendance, r)), ...counts };
}

export interface ContinuityChange {
  phase: number;
  joined: string[];
  left: string[];
}

export interface Continuity {
  classification: ContinuityClass;
  missedPhases: number[];
  changes: ContinuityChange[];
}

/**
 * Judge one OPD's representation over the phases the plan has held, given who attended for it in each
 * (present or late). Never attended: `absent`. Missed a held phase: `partial`, whatever else happened.
 * Attended every held phase: `consistent` when the same people came each time, otherwise `changed`.
 * Changes compare each attended phase with the previous attended one.
 */
export function classifyContinuity(
  held: readonly number[],
  peopleByPhase: ReadonlyMap<number, ReadonlySet<string>>,
): Continuity {
  const phases = [...new Set(held)].sort((a, b) => a - b);
  const attendedIn = (p: number) => (peopleByPhase.get(p)?.size ?? 0) > 0;
  const attended = phases.filter(attendedIn);
  const missedPhases = phases.filter((p) => !attendedIn(p));
  const changes: ContinuityChange[] = [];
  for (let i = 1; i < attended.length; i++) {
    const before = peopleByPhase.get(attended[i - 1] as number) ?? new Set<string>();
    const now = peopleByPhase.get(attended[i] as number) ?? new Set<string>();
    const joined = [...now].filter((id) => !before.has(id)).sort();
    const left = [...before].filter((id) => !now.has(id)).sort();
    if (joined.length > 0 || left.length > 0) changes.push({ phase: attended[i] as number, joined, left });
  }
  const classification: ContinuityClass =
    attended.length === 0
      ? 'absent'
      : missedPhases.length > 0
        ? 'partial'
        : changes.length > 0
          ? 'changed'
          : 'consistent';
  return { classification, missedPhases, changes };
}

export interface ReportOpd {
  id: string;
  code: string;
  name: string;
  type: string;
}

export interface Representative {
  phase: number;
  opdId: string;
  personId: string;
  fullName: string;
}

/** Assemble the continuity report from the held phases, the OPDs covered and who represented them. */
export function buildContinuityReport(
  planId: string,
  held: readonly number[],
  opds: readonly ReportOpd[],
  reps: readonly Representative[],
): ContinuityReport {
  const phases = [...new Set(held)].sort((a, b) => a - b);
  const names = new Map(reps.map((r) => [r.personId, r.fullName]));
  const ref = (id: string) => ({ id, fullName: names.get(id) ?? '' });
  const byName = (a: { fullName: string; id: string }, b: { fullName: string; id: string }) =>
    a.fullName.localeCompare(b.fullName) || a.id.localeCompare(b.id);
  const byOpd = new Map<string, Map<number, Set<string>>>();
  for (const r of reps) {
    const perPhase = byOpd.get(r.opdId) ?? new Map<number, Set<string>>();
    byOpd.set(r.opdId, perPhase);
    const ids = perPhase.get(r.phase) ?? new Set<string>();
    perPhase.set(r.phase, ids);
    ids.add(r.personId);
  }
  const totals = { consistent: 0, changed: 0, partial: 0, absent: 0 } satisfies Record<
    ContinuityClass,
    number
  >;
  const rows = opds.map((opd) => {
    const perPhase = byOpd.get(opd.id) ?? new Map<number, Set<string>>();
    const result = classifyContinuity(phases, perPhase);
    totals[result.classification]++;
    return {
      opdId: opd.id,
      code: opd.code,
      name: opd.name,
      type: opd.type,
      classification: result.classification,
      phases: phases.map((phase) => ({
        phase,
        people: [...(perPhase.get(phase) ?? [])].map(ref).sort(byName),
      })),
      missedPhases: result.missedPhases,
      changes: result.changes.map((c) => ({
        phase: c.phase,
        joined: c.joined.map(ref).sort(byName),
        left: c.left.map(ref).sort(byName),
      })),
    };
  });
  return { planId, heldPhases: phases, opds: rows, totals };
}

/** The attendance continuity report of a plan (404 for an unknown plan). */
export async function continuityReport(db: Db, planId: string): Promise<ContinuityReport> {
  // One snapshot, so that phases, OPDs and attendance agree even while check-ins are being recorded.
  return readSnapshot(db, async (tx) => {
    const scope = await planScope(tx, planId);
    if (!scope) throw notFound('plan', planId);
    const held = await heldPhases(tx, planId);
    const opds = await reportOpds(tx, scope);
    const reps = await representatives(tx, planId);
    return buildContinuityReport(planId, held, opds, reps);
  });
}
