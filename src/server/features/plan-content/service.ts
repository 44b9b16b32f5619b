import { READINESS_ASPECTS, READINESS_GAP_MAX_SCORE, type ReadinessAspect } from '../../../shared/domain.ts';
import type { Db, Tx } from '../../db/client.ts';
import { deleteRecord, insertRecord, presentRow, type Row, updateRecord } from '../../db/records.ts';
import { elements, pillars, readinessScores, strategies } from '../../db/schema/plan.ts';
import { conflict, type FieldError, invalid } from '../../errors.ts';
import {
  missionInPlan,
  pillarContent,
  pillarDependants,
  pillarIdsOfPlan,
  pillarsOfPlan,
  planScope,
  readinessOfPlan,
} from './repository.ts';

const unchangedRef = (field: string, candidate: Row, existing?: Row) =>
  existing !== undefined && candidate[field] === existing[field];

/** A goal may serve a mission, but only one of its own plan. */
export async function goalErrors(tx: Tx, candidate: Row, existing?: Row): Promise<FieldError[]> {
  const missionId = candidate.missionId as string | null | undefined;
  if (!missionId || unchangedRef('missionId', candidate, existing)) return [];
  if (await missionInPlan(tx, candidate.planId as string, missionId)) return [];
  return [{ field: 'missionId', in: 'body', message: 'is not a mission of this plan' }];
}

/** Strategies and readiness cells belong to a pillar of their own plan. */
export async function pillarRefErrors(tx: Tx, candidate: Row, existing?: Row): Promise<FieldError[]> {
  if (unchangedRef('pillarId', candidate, existing)) return [];
  const ids = await pillarIdsOfPlan(tx, candidate.planId as string);
  if (ids.has(candidate.pillarId as string)) return [];
  return [{ field: 'pillarId', in: 'body', message: 'is not a pillar of this plan' }];
}

/**
 * Delete a locked pillar with its elements, strategies and readiness cells, each audited so that the
 * history shows (and a restore can bring back) all of it. Programmes and indicators are the plan's
 * substance: the database would cascade them away too, so a pillar still carrying any is refused.
 */
export async function deletePillar(tx: Tx, pillar: Row, actor: string) {
  const used = await pillarDependants(tx, pillar.id as string);
  if (used.programs > 0 || used.indicators > 0)
    throw conflict(
      `Pillar ${pillar.key} still has ${used.programs} programme(s) and ${used.indicators} indicator(s); move or delete them first`,
      used,
    );
  const scope = await planScope(tx, pillar.planId as string);
  const content = await pillarContent(tx, pillar.id as string);
  const parts = [
    ['readinessScore', readinessScores, content.readiness],
    ['strategy', strategies, content.strategies],
    ['element', elements, content.elements],
  ] as const;
  for (const [entity, table, rows] of parts)
    for (const row of rows) await deleteRecord({ tx, actor, entity, scope }, table, row);
  await deleteRecord({ tx, actor, entity: 'pillar', scope }, pillars, pillar);
}

export interface MatrixItem {
  pillarId: string;
  aspect: ReadinessAspect;
  score: number;
  version?: number;
  [note: string]: unknown;
}

const cellKey = (pillarId: unknown, aspect: unknown) => `${pillarId}/${aspect}`;

/** Every bad row of a matrix, reported as `items.N.field`, before anything is written. */
export function matrixErrors(items: MatrixItem[], planPillarIds: Set<string>): FieldError[] {
  const errors: FieldError[] = [];
  const seen = new Map<string, number>();
  for (const [i, item] of items.entries()) {
    if (!planPillarIds.has(item.pillarId)) {
      errors.push({ field: `items.${i}.pillarId`, in: 'body', message: 'is not a pillar of this plan' });
      continue;
    }
    const key = cellKey(item.pillarId, item.aspect);
    const first = seen.get(key);
    if (first === undefined) seen.set(key, i);
    else
      errors.push({
        field: `items.${i}.aspect`,
        in: 'body',
        message: `repeats the cell of items.${first} (same pillar and aspect)`,
      });
  }
  return errors;
}

/** Create or replace the cells of a plan's readiness matrix in the caller's transaction. */
export async function writeReadinessMatrix(tx: Tx, planId: string, items: MatrixItem[], actor: string) {
  const errors = matrixErrors(items, await pillarIdsOfPlan(tx, planId));
  if (errors.length > 0) throw invalid(errors);
  const stored = new Map(
    ((await readinessOfPlan(tx, planId, true)) as Row[]).map((r) => [cellKey(r.pillarId, r.aspect), r]),
  );
  const ctx = { tx, actor, entity: 'readinessScore', scope: await planScope(tx, planId) };
  const counts = { created: 0, updated: 0, unchanged: 0 };
  for (const { version, ...values } of items) {
    const existing = stored.get(cellKey(values.pillarId, values.aspect));
    if (!existing) {
      await insertRecord(ctx, readinessScores, { ...values, planId });
      counts.created++;
      continue;
    }
    const changes = Object.fromEntries(Object.entries(values).filter(([k, v]) => existing[k] !== v));
    if (Object.keys(changes).length === 0) {
      counts.unchanged++;
      continue;
    }
    await updateRecord(ctx, readinessScores, existing, changes, version);
    counts.updated++;
  }
  const rows = await readinessOfPlan(tx, planId);
  return { items: rows.map((r) => presentRow(readinessScores, r)), ...counts };
}

export interface SummaryPillar {
  id: string;
  key: string;
  nameId: string;
  nameEn: string;
}

export interface ScoredCell {
  pillarId: string;
  aspect: ReadinessAspect;
  score: number;
}

const mean = (values: number[]) =>
  values.length === 0 ? null : Math.round((values.reduce((a, b) => a + b, 0) / values.length) * 100) / 100;

/**
 * The readiness matrix at a glance: each pillar's score per aspect and its average, the average over
 * every scored cell, and the gaps (cells not scored yet, or scored at most READINESS_GAP_MAX_SCORE) in
 * pillar then aspect order. Pillars come in the order they are shown.
 */
export function summariseReadiness(planId: string, planPillars: SummaryPillar[], cells: ScoredCell[]) {
  const scoreOf = new Map(cells.map((c) => [cellKey(c.pillarId, c.aspect), c.score]));
  const all: number[] = [];
  const gaps: {
    pillarId: string;
    pillarKey: string;
    aspect: ReadinessAspect;
    score: number | null;
    reason: 'not_scored' | 'low_score';
  }[] = [];
  const rows = planPillars.map((p) => {
    const scores = {} as Record<ReadinessAspect, number | null>;
    const present: number[] = [];
    for (const aspect of READINESS_ASPECTS) {
      const score = scoreOf.get(cellKey(p.id, aspect)) ?? null;
      scores[aspect] = score;
      if (score === null)
        gaps.push({ pillarId: p.id, pillarKey: p.key, aspect, score, reason: 'not_scored' });
      else {
        present.push(score);
        if (score <= READINESS_GAP_MAX_SCORE)
          gaps.push({ pillarId: p.id, pillarKey: p.key, aspect, score, reason: 'low_score' });
      }
    }
    all.push(...present);
    return { pillarId: p.id, key: p.key, nameId: p.nameId, nameEn: p.nameEn, scores, average: mean(present) };
  });
  return { planId, aspects: [...READINESS_ASPECTS], pillars: rows, overallAverage: mean(all), gaps };
}

export async function readinessSummaryOf(db: Db, planId: string) {
  const [planPillars, cells] = await Promise.all([pillarsOfPlan(db, planId), readinessOfPlan(db, planId)]);
  return summariseReadiness(planId, planPillars, cells);
}
