import { describe, expect, it } from 'vitest';
import type { PlanSummary } from './api.ts';
import { elementCoverage, phaseStates, pillarGaps } from './plan-overview.ts';

const pillar = (key: string, programCount: number, elementsCovered: number) => ({
  pillarId: `id-${key}`,
  key,
  nameId: `Pilar ${key}`,
  nameEn: `Pillar ${key}`,
  programCount,
  quickWinCount: 0,
  budgetTotal: '0.00',
  elementsCovered,
  elementsTotal: 3,
});

const element = (key: string, pillarKey: string) => ({
  elementId: `id-${key}`,
  key,
  nameId: `Elemen ${key}`,
  nameEn: `Element ${key}`,
  pillarId: `id-${pillarKey}`,
  pillarKey,
});

function summaryWith(
  pillars: ReturnType<typeof pillar>[],
  elements: ReturnType<typeof element>[],
): PlanSummary {
  return {
    plan: {
      id: 'plan',
      title: 'Plan',
      status: 'draft',
      periodStart: 2026,
      periodEnd: 2035,
      currentPhase: 2,
      region: { id: 'region', name: 'Region', code: '12.17' },
    },
    counts: { programs: 0, quickWins: 0, byReviewStatus: {}, leadOpds: 0, indicators: 0 },
    pillars,
    budget: { total: '0.00', byYear: [], bySource: [] },
    gaps: {
      pillarsWithoutPrograms: pillars
        .filter((p) => p.programCount === 0)
        .map(({ pillarId, key, nameId, nameEn }) => ({ pillarId, key, nameId, nameEn })),
      elementsWithoutPrograms: elements,
      opdsWithoutPrograms: [],
      indicatorsWithoutTargets: [],
      indicatorsWithWeakData: [],
    },
  };
}

describe('pillarGaps', () => {
  it('lists, in pillar order, the pillars without programmes and the uncovered elements of the others', () => {
    const summary = summaryWith(
      [pillar('governance', 2, 2), pillar('branding', 3, 3), pillar('economy', 0, 0)],
      [
        element('public_policy', 'governance'),
        ...['industry', 'welfare', 'finance'].map((k) => element(k, 'economy')),
      ],
    );
    const gaps = pillarGaps(summary);
    expect(gaps.map((g) => [g.key, g.withoutPrograms, g.elementsWithoutPrograms.map((e) => e.key)])).toEqual([
      ['governance', false, ['public_policy']],
      // A pillar with nothing is one gap: its elements are not repeated one by one.
      ['economy', true, []],
    ]);
  });

  it('is empty when every pillar and element has a programme', () => {
    expect(pillarGaps(summaryWith([pillar('governance', 4, 3)], []))).toEqual([]);
  });
});

describe('phaseStates', () => {
  it('marks the phases before the current one done and the later ones not started', () => {
    expect(phaseStates('draft', 2).map((p) => p.state)).toEqual(['done', 'current', 'upcoming', 'upcoming']);
  });

  it('treats a plan without a recorded phase as not started', () => {
    expect(phaseStates('draft', null).map((p) => p.state)).toEqual([
      'upcoming',
      'upcoming',
      'upcoming',
      'upcoming',
    ]);
  });

  it('counts all four phases done once the plan is adopted, whatever phase was last recorded', () => {
    for (const status of ['adopted', 'implementing'] as const)
      expect(phaseStates(status, 3).map((p) => p.state)).toEqual(['done', 'done', 'done', 'done']);
  });
});

describe('elementCoverage', () => {
  it('sums covered and total elements over the pillars', () => {
    const summary = summaryWith([pillar('governance', 2, 2), pillar('economy', 0, 0)], []);
    expect(elementCoverage(summary)).toEqual({ covered: 2, total: 6 });
  });
});
