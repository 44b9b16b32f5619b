import { PUBLIC_PLAN_STATUSES, WORKSHOP_PHASES, type WorkshopPhase } from '../../../../shared/domain.ts';
import type { Schema } from '../../../api/types.ts';

type PlanSummary = Schema<'PlanSummary'>;
type MissingElement = PlanSummary['gaps']['elementsWithoutPrograms'][number];

export interface PillarGap {
  pillarId: string;
  key: string;
  nameId: string;
  nameEn: string;
  /** No programme at all in the pillar: its elements are then all missing and not listed one by one. */
  withoutPrograms: boolean;
  elementsWithoutPrograms: MissingElement[];
}

/**
 * What is missing, pillar by pillar in the plan's order: a pillar with no programme, or the elements of a
 * pillar that nobody covers yet. One row per pillar, so that a facilitator sends one group to fill it.
 */
export function pillarGaps(summary: PlanSummary): PillarGap[] {
  const empty = new Set(summary.gaps.pillarsWithoutPrograms.map((pillar) => pillar.pillarId));
  return summary.pillars
    .map(({ pillarId, key, nameId, nameEn }) => ({
      pillarId,
      key,
      nameId,
      nameEn,
      withoutPrograms: empty.has(pillarId),
      elementsWithoutPrograms: empty.has(pillarId)
        ? []
        : summary.gaps.elementsWithoutPrograms.filter((element) => element.pillarId === pillarId),
    }))
    .filter((gap) => gap.withoutPrograms || gap.elementsWithoutPrograms.length > 0);
}

export type PhaseState = 'done' | 'current' | 'upcoming';

/**
 * Where each Bimtek phase stands. An adopted plan has been through all four, whatever phase was last
 * recorded; a plan without a recorded phase has not started them.
 */
export function phaseStates(
  status: PlanSummary['plan']['status'],
  currentPhase: number | null,
): { phase: WorkshopPhase; state: PhaseState }[] {
  const adopted = PUBLIC_PLAN_STATUSES.includes(status);
  return WORKSHOP_PHASES.map((phase) => {
    if (adopted) return { phase, state: 'done' };
    if (currentPhase === null || phase > currentPhase) return { phase, state: 'upcoming' };
    return { phase, state: phase === currentPhase ? 'current' : 'done' };
  });
}

/** Bimtek phases are numbered I–IV in every document a regency writes. */
export const ROMAN: Record<WorkshopPhase, string> = { 1: 'I', 2: 'II', 3: 'III', 4: 'IV' };

/** Elements with at least one programme, and all elements, over every pillar. */
export function elementCoverage(summary: PlanSummary) {
  return summary.pillars.reduce(
    (sum, pillar) => ({
      covered: sum.covered + pillar.elementsCovered,
      total: sum.total + pillar.elementsTotal,
    }),
    { covered: 0, total: 0 },
  );
}
