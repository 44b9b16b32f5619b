import type { ContinuityClass } from '../../../shared/domain.ts';
import type { Schema } from '../../api/types.ts';

export type ContinuityReport = Schema<'AttendanceContinuity'>;
export type ContinuityRow = ContinuityReport['opds'][number];

/** What needs the facilitator's attention first: OPDs that changed people, missed a phase, never came. */
const ATTENTION: ContinuityClass[] = ['changed', 'partial', 'absent', 'consistent'];

/** The report's OPDs of one class (all for null), those needing attention first, then by code. */
export function continuityRows(report: ContinuityReport, only: ContinuityClass | null): ContinuityRow[] {
  return report.opds
    .filter((row) => only === null || row.classification === only)
    .sort(
      (a, b) =>
        ATTENTION.indexOf(a.classification) - ATTENTION.indexOf(b.classification) ||
        a.code.localeCompare(b.code),
    );
}

/** Who represented the OPD in a phase, each marked when they replaced someone of the previous phase. */
export function phasePeople(row: ContinuityRow, phase: number) {
  const joined = new Set(row.changes.find((c) => c.phase === phase)?.joined.map((p) => p.id) ?? []);
  const people = row.phases.find((p) => p.phase === phase)?.people ?? [];
  return people.map((p) => ({ ...p, joined: joined.has(p.id) }));
}
