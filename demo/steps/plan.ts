import { randomUUID } from 'node:crypto';
import {
  elements,
  goals,
  missions,
  pillars,
  plans,
  readinessScores,
  strategies,
} from '../../src/server/db/schema/plan.ts';
import { DEFAULT_PILLARS, type ReadinessAspect } from '../../src/shared/domain.ts';
import type { DemoWriter } from '../writer.ts';
import { need } from './organisation.ts';

export interface PlanRefs {
  planId: string;
  regionId: string;
  periodStart: number;
  periodEnd: number;
  pillarIds: Map<string, string>;
  /** Element key → its id and its pillar's id. */
  elements: Map<string, { id: string; pillarId: string }>;
  /** Mission ordinal → id. */
  missionIds: Map<number, string>;
}

export interface PlanInput {
  regionId: string;
  plan: Omit<typeof plans.$inferInsert, 'regionId'>;
  missions: { text: string; rpjmdMission?: string; goals?: string[] }[];
  readiness: {
    pillar: string;
    aspect: ReadinessAspect;
    score: number;
    strengths?: string;
    weaknesses?: string;
    opportunities?: string;
    threats?: string;
    evidence?: string;
  }[];
  assessedOn: string;
  strategies?: Record<string, string[]>;
}

/** The plan with the default pillars and elements, its missions and goals, readiness and strategies. */
export async function loadPlan(w: DemoWriter, input: PlanInput): Promise<PlanRefs> {
  const { regionId } = input;
  const [plan] = await w.insert(plans, 'plan', [{ ...input.plan, regionId }], {
    scope: (row) => ({ regionId, planId: row.id }),
  });
  if (!plan) throw new Error('demo: the plan was not written');
  const planId = plan.id;
  const scope = { regionId, planId };

  const pillarIds = new Map(DEFAULT_PILLARS.map((p) => [p.key, randomUUID()]));
  await w.insert(
    pillars,
    'pillar',
    DEFAULT_PILLARS.map((p, i) => ({
      id: need(pillarIds, p.key, 'pillar'),
      planId,
      key: p.key,
      ordinal: i + 1,
      nameId: p.nameId,
      nameEn: p.nameEn,
    })),
    { scope },
  );
  const elementRefs = new Map<string, { id: string; pillarId: string }>();
  const elementRows = DEFAULT_PILLARS.flatMap((p) =>
    p.elements.map((e, j) => {
      const ref = { id: randomUUID(), pillarId: need(pillarIds, p.key, 'pillar') };
      elementRefs.set(e.key, ref);
      return { ...ref, planId, key: e.key, ordinal: j + 1, nameId: e.nameId, nameEn: e.nameEn };
    }),
  );
  await w.insert(elements, 'element', elementRows, { scope });

  const missionIds = new Map(input.missions.map((_, i) => [i + 1, randomUUID()]));
  await w.insert(
    missions,
    'mission',
    input.missions.map((m, i) => ({
      id: need(missionIds, i + 1, 'mission'),
      planId,
      ordinal: i + 1,
      text: m.text,
      rpjmdMission: m.rpjmdMission ?? null,
    })),
    { scope },
  );
  const goalRows = input.missions.flatMap((m, i) =>
    (m.goals ?? []).map((text) => ({ planId, missionId: missionIds.get(i + 1) ?? null, text })),
  );
  await w.insert(
    goals,
    'goal',
    goalRows.map((g, i) => ({ ...g, ordinal: i + 1 })),
    { scope },
  );

  await w.insert(
    readinessScores,
    'readinessScore',
    input.readiness.map(({ pillar, ...r }) => ({
      ...r,
      planId,
      pillarId: need(pillarIds, pillar, 'pillar'),
      assessedOn: input.assessedOn,
    })),
    { scope },
  );
  await w.insert(
    strategies,
    'strategy',
    Object.entries(input.strategies ?? {}).flatMap(([pillar, texts]) =>
      texts.map((text, i) => ({ planId, pillarId: need(pillarIds, pillar, 'pillar'), ordinal: i + 1, text })),
    ),
    { scope },
  );
  return {
    planId,
    regionId,
    periodStart: plan.periodStart,
    periodEnd: plan.periodEnd,
    pillarIds,
    elements: elementRefs,
    missionIds,
  };
}
