import type { ATTENDANCE_STATUSES, ContinuityClass } from '../../../shared/domain.ts';

export type AttendanceStatus = (typeof ATTENDANCE_STATUSES)[number];

/** Bimtek phases are spoken of in Roman numerals: Bimtek I–IV. */
const ROMAN: Record<number, string> = { 1: 'I', 2: 'II', 3: 'III', 4: 'IV' };
export const roman = (phase: number) => ROMAN[phase] ?? String(phase);

/** Statuses that count as having represented the OPD (the server's ATTENDED_STATUSES). */
export const attended = (status: AttendanceStatus | null | undefined) =>
  status === 'present' || status === 'late';

export const STATUS_COLORS: Record<AttendanceStatus, string> = {
  present: 'teal',
  late: 'yellow',
  excused: 'blue',
  absent: 'red',
};

export const CONTINUITY_COLORS: Record<ContinuityClass, string> = {
  consistent: 'teal',
  changed: 'orange',
  partial: 'yellow',
  absent: 'red',
};
