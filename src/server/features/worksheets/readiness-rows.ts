import { MATURITY_MAX, MATURITY_MIN, type ReadinessAspect } from '../../../shared/domain.ts';
import { ReadinessCreate } from '../plan-content/readiness-schema.ts';
import type { MatrixItem } from '../plan-content/service.ts';
import { labelKey, readText, readWhole, textProblem } from './cells.ts';
import { type ImportContext, RowReader } from './import-context.ts';
import type { DataSheet } from './layout.ts';
import type { ReadinessState } from './plan-state.ts';
import { recordRef } from './record-ids.ts';
import type { ReadSheet } from './workbook-reader.ts';

/**
 * The readiness sheet: one row per pillar and aspect. A row with an id changes that stored cell; a row
 * without one scores a cell not scored yet, placed by its pillar and aspect labels. Written through the
 * readiness matrix of plan-content, which audits each cell; only the regency admin may (as in the app).
 */

const NOTES = ['strengths', 'weaknesses', 'opportunities', 'threats', 'evidence'] as const;

export interface ReadinessResult {
  items: MatrixItem[];
  created: number;
  updated: number;
  unchanged: number;
}

export function readReadinessSheet(
  ctx: ImportContext,
  sheet: DataSheet,
  read: ReadSheet,
  at: Map<string, number>,
) {
  const p = ctx.words.problems;
  const result: ReadinessResult = { items: [], created: 0, updated: 0, unchanged: 0 };
  const stored = new Map(ctx.state.readiness.map((r) => [r.id, r]));
  const byCell = new Map(ctx.state.readiness.map((r) => [`${r.pillarId}/${r.aspect}`, r]));
  const placed = new Map<string, number>();
  const aspects = ctx.labelsOf((w) => w.aspects);

  for (const row of read.rows) {
    if (row.number === 1) continue;
    const r = new RowReader(ctx, sheet, at, row);
    if (r.isEmpty()) continue;
    const ref = recordRef<ReadinessState>(ctx, r, 'readiness', stored);
    let place: { pillarId: string; aspect: ReadinessAspect } | undefined = ref.record ?? undefined;
    if (!place && !r.bad) {
      const pillarLabel = r.take('pillar', readText);
      const aspectLabel = r.take('aspect', readText);
      const pillar = pillarLabel ? ctx.pillarByLabel.get(labelKey(pillarLabel)) : undefined;
      const aspect = aspectLabel ? ctx.choiceOf(aspectLabel, aspects) : undefined;
      if (!pillar) r.problem('pillar', p.unknownPillar(r.header('pillar'), pillarLabel ?? ''));
      if (!aspect) r.problem('aspect', p.unknownAspect(r.header('aspect'), aspectLabel ?? ''));
      if (pillar && aspect) place = { pillarId: pillar.id, aspect };
    }

    const score = r.take('score', readWhole);
    if (score !== undefined && score !== null && (score < MATURITY_MIN || score > MATURITY_MAX))
      r.problem('score', p.choice(r.header('score'), String(score), `${MATURITY_MIN}–${MATURITY_MAX}`));
    const notes: Record<string, string | null> = {};
    for (const key of NOTES) {
      const value = r.take(key, readText);
      if (value === undefined) continue;
      const parsed = ReadinessCreate.shape[key].safeParse(value);
      if (parsed.success) notes[key] = parsed.data ?? null;
      else r.problem(key, textProblem(parsed.error, r.header(key), ctx.words));
    }
    // A cell not scored yet and left so: nothing to write.
    if (score === null && !ref.record && NOTES.every((k) => notes[k] === null)) continue;
    if (score === null) r.problem('score', p.required(r.header('score')));
    if (r.bad || !place || score === undefined || score === null) continue;

    const key = `${place.pillarId}/${place.aspect}`;
    const first = placed.get(key);
    if (first !== undefined) {
      r.problem('aspect', p.cellTaken(r.header('aspect'), sheet.name, first));
      continue;
    }
    placed.set(key, row.number);
    const item = { ...place, score, ...notes } as MatrixItem;
    const existing = ref.record ?? byCell.get(key);
    const same =
      existing &&
      existing.score === score &&
      NOTES.every((k) => (existing[k] ?? null) === (notes[k] ?? null));
    if (same) {
      result.unchanged++;
      continue;
    }
    // A cell scored in the app after the download (the row had no id) is somebody else's newer work.
    if (existing && (!ref.record || (ref.version !== null && ref.version !== existing.version)))
      r.problem('version', p.stale(r.header('version'), ref.version ?? 0, existing.version));
    if (!ctx.may('administer')) r.problem('score', p.readinessNotYours(r.header('score')));
    if (r.bad) continue;
    result.items.push(item);
    if (existing) result.updated++;
    else result.created++;
  }
  return result;
}
