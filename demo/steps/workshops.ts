import { randomUUID } from 'node:crypto';
import { attendance, workshopPhases, workshopSessions } from '../../src/server/db/schema/workshop.ts';
import type { WorkshopPhase } from '../../src/shared/domain.ts';
import { intBetween } from '../random.ts';
import type { DemoPhase } from '../tapanuli-utara/workshops.ts';
import type { DemoWriter } from '../writer.ts';
import { need, type Organisation, type RepresentativeRole } from './organisation.ts';
import type { PlanRefs } from './plan.ts';

export interface Absence {
  opd: string;
  role: RepresentativeRole;
  phase: WorkshopPhase;
  session: number;
  status: 'late' | 'excused' | 'absent';
  note: string;
}

export interface WorkshopInput {
  phases: DemoPhase[];
  facilitators: string;
  /** Units that take part (all the region's units when omitted). */
  opds?: string[];
  absences?: Absence[];
}

const minutesAfter = (iso: string, minutes: number) =>
  new Date(new Date(iso).getTime() + minutes * 60_000).toISOString();

/**
 * The phases held, their sessions and the attendance list: every unit's secretary and programme head
 * at every session, as the holder of the role in that phase, except the recorded absences.
 */
export async function loadWorkshops(w: DemoWriter, org: Organisation, plan: PlanRefs, input: WorkshopInput) {
  const scope = { regionId: plan.regionId, planId: plan.planId };
  const phaseRows = input.phases.map((p) => ({
    id: randomUUID(),
    planId: plan.planId,
    phase: p.phase,
    title: p.title,
    startsOn: p.startsOn,
    endsOn: p.endsOn,
    venue: p.venue,
    facilitators: input.facilitators,
    output: p.output,
  }));
  await w.insert(workshopPhases, 'workshop', phaseRows, { scope });

  const facilitator = input.facilitators.split(/[;(]/)[0]?.trim() ?? null;
  const sessions = input.phases.flatMap((p, i) =>
    p.sessions.map((s, j) => ({
      id: randomUUID(),
      phaseId: phaseRows[i]?.id as string,
      ordinal: j + 1,
      title: s.title,
      startsAt: new Date(s.startsAt).toISOString(),
      endsAt: new Date(s.endsAt).toISOString(),
      venue: p.venue,
      agenda: s.agenda,
      facilitator,
      phase: p.phase,
    })),
  );
  await w.insert(workshopSessions, 'session', sessions, { scope });

  const opds = input.opds ?? [...org.representatives.keys()];
  const rows: (typeof attendance.$inferInsert)[] = [];
  for (const s of sessions) {
    for (const code of opds) {
      const held = need(org.representatives, code, 'OPD');
      for (const role of ['secretary', 'program_head'] as const) {
        const holder = held[role].find((h) => s.phase >= h.fromPhase && s.phase <= h.toPhase);
        if (!holder) continue;
        const absence = input.absences?.find(
          (a) => a.opd === code && a.role === role && a.phase === s.phase && a.session === s.ordinal,
        );
        const early = intBetween(`${code}/${role}/${s.phase}/${s.ordinal}`, -25, 10);
        rows.push({
          sessionId: s.id,
          personId: holder.personId,
          opdId: need(org.opdIds, code, 'OPD'),
          status: absence?.status ?? 'present',
          checkedInAt:
            absence?.status === 'late'
              ? minutesAfter(s.startsAt, 45)
              : absence
                ? null
                : minutesAfter(s.startsAt, early),
          note: absence?.note ?? null,
        });
      }
    }
  }
  await w.insert(attendance, 'attendance', rows, { scope });
}
