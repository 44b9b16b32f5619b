import type { COLLECTION_FREQUENCIES } from '../../../shared/domain.ts';
import type { Row } from '../../db/records.ts';
import { compareDecimal } from '../indicators/decimal.ts';
import { selectionErrors } from '../indicators/plan-indicator-service.ts';
import { IndicatorNumber, PlanIndicatorCreate } from '../indicators/schema.ts';
import { labelKey, readText, readValue, readYear, textProblem } from './cells.ts';
import { codeOf, type ImportContext, RowReader } from './import-context.ts';
import { type DataSheet, parseTargetKey } from './layout.ts';
import type { IndicatorState } from './plan-state.ts';
import { recordRef } from './record-ids.ts';
import type { ReadSheet } from './workbook-reader.ts';

/**
 * The indicators sheet: each row a selected indicator with its data producer, frequency, baseline and
 * yearly targets; a row without an id selects the catalogue indicator its code names. Values are checked
 * against the catalogue entry's bounds by the indicators feature's own rules (selectionErrors). Adding an
 * indicator is the regency admin's; changing one also its data producer's participants (as in the app).
 */

type Frequency = (typeof COLLECTION_FREQUENCIES)[number];
type CatalogEntry = Row & { id: string; code: string; regionId: string | null; unit: string };

export interface IndicatorChange {
  kind: 'create' | 'update';
  before: IndicatorState | null;
  catalog: CatalogEntry;
  columns: {
    pillarId: string;
    elementId: string | null;
    producerOpdId: string | null;
    frequency: Frequency;
    baselineYear: number | null;
    baselineValue: string | null;
    baselineSource: string | null;
  };
  targets: { year: number; value: string }[];
}

export interface IndicatorResult {
  changes: IndicatorChange[];
  unchanged: number;
}

const sameDecimal = (a: string | null, b: string | null) =>
  a === null || b === null ? a === b : compareDecimal(a, b) === 0;

function differs(before: IndicatorState, change: IndicatorChange) {
  const c = change.columns;
  if (
    before.pillarId !== c.pillarId ||
    before.elementId !== c.elementId ||
    before.producerOpdId !== c.producerOpdId ||
    before.frequency !== c.frequency ||
    before.baselineYear !== c.baselineYear ||
    before.baselineSource !== c.baselineSource ||
    !sameDecimal(before.baselineValue, c.baselineValue)
  )
    return true;
  if (before.targets.length !== change.targets.length) return true;
  return change.targets.some((t) => {
    const stored = before.targets.find((s) => s.year === t.year);
    return !stored || !sameDecimal(stored.value, t.value);
  });
}

const FIELD_COLUMNS: Record<string, string> = {
  pillarId: 'pillar',
  elementId: 'element',
  producerOpdId: 'producerOpd',
  baselineYear: 'baselineYear',
  baselineValue: 'baselineValue',
  unit: 'unit',
};

export async function readIndicatorSheet(
  ctx: ImportContext,
  sheet: DataSheet,
  read: ReadSheet,
  at: Map<string, number>,
  catalogue: Map<string, CatalogEntry>,
) {
  const p = ctx.words.problems;
  const { plan } = ctx.state;
  const result: IndicatorResult = { changes: [], unchanged: 0 };
  const stored = new Map(ctx.state.indicators.map((i) => [i.id, i]));
  const selected = new Map(ctx.state.indicators.map((i) => [i.catalogId, i]));
  const added = new Map<string, number>();
  const frequencies = ctx.labelsOf((w) => w.frequencies);
  const shape = PlanIndicatorCreate.shape;

  for (const row of read.rows) {
    if (row.number === 1) continue;
    const r = new RowReader(ctx, sheet, at, row);
    if (r.isEmpty()) continue;
    const ref = recordRef<IndicatorState>(ctx, r, 'indicator', stored);
    let before = ref.record;

    let catalog: CatalogEntry | undefined;
    if (!before && !r.bad) {
      const code = r.take('code', readText);
      catalog = code ? catalogue.get(labelKey(codeOf(code))) : undefined;
      // Already selected and named by no other row: the row was imported before, and stands for it.
      const again = catalog ? selected.get(catalog.id) : undefined;
      if (again && !ctx.namedIds.has(again.id) && !ctx.seenIds.has(again.id)) {
        before = again;
        ctx.seenIds.set(again.id, { sheet: sheet.name, row: row.number });
      } else if (code === null) r.problem('code', p.required(r.header('code')));
      else if (code && !catalog) r.problem('code', p.unknownIndicator(r.header('code'), code));
      else if (catalog && catalog.regionId !== null && catalog.regionId !== plan.regionId)
        r.problem('code', p.foreignIndicator(r.header('code'), catalog.code));
      else if (catalog && (selected.has(catalog.id) || added.has(catalog.id)))
        r.problem('code', p.indicatorTaken(r.header('code'), catalog.code));
      if (catalog && !before && !r.bad) added.set(catalog.id, row.number);
    }
    if (before)
      catalog = { ...before.catalog, id: before.catalogId, regionId: null } as unknown as CatalogEntry;

    const pillarLabel = r.take('pillar', readText);
    const pillar = pillarLabel ? ctx.pillarByLabel.get(labelKey(pillarLabel)) : undefined;
    if (pillarLabel === null) r.problem('pillar', p.required(r.header('pillar')));
    else if (pillarLabel && !pillar) r.problem('pillar', p.unknownPillar(r.header('pillar'), pillarLabel));
    const elementLabel = r.take('element', readText);
    const element = elementLabel && pillar ? ctx.elementOf(pillar, elementLabel) : undefined;
    if (elementLabel && pillar && !element)
      r.problem('element', p.unknownElement(r.header('element'), elementLabel, pillarLabel ?? ''));
    const producerLabel = r.take('producerOpd', readText);
    const producer = producerLabel ? ctx.opdOf(producerLabel) : undefined;
    if (producerLabel && !producer)
      r.problem('producerOpd', p.unknownOpd(r.header('producerOpd'), producerLabel));
    const frequencyLabel = r.take('frequency', readText);
    const frequency = frequencyLabel ? ctx.choiceOf(frequencyLabel, frequencies) : 'yearly';
    if (frequencyLabel && !frequency)
      r.problem(
        'frequency',
        p.choice(r.header('frequency'), frequencyLabel, Object.values(ctx.words.frequencies).join(', ')),
      );
    const baselineYear = r.take('baselineYear', readYear);
    if (baselineYear && baselineYear > plan.periodEnd)
      r.problem('baselineYear', p.baselineAfterPlan(r.header('baselineYear'), plan.periodEnd));
    const baselineValue = r.take('baselineValue', (raw, h, w) => readValue(raw, h, w, IndicatorNumber));
    const sourceText = r.take('baselineSource', readText);
    let baselineSource: string | null | undefined = sourceText;
    if (sourceText) {
      const parsed = shape.baselineSource.unwrap().safeParse(sourceText);
      if (parsed.success) baselineSource = parsed.data;
      else r.problem('baselineSource', textProblem(parsed.error, r.header('baselineSource'), ctx.words));
    }
    const targets: IndicatorChange['targets'] = [];
    const targetColumns = new Map<number, string>();
    for (const c of sheet.columns) {
      if (!c.key.startsWith('target:')) continue;
      const value = r.take(c.key, (raw, h, w) => readValue(raw, h, w, IndicatorNumber));
      if (!value) continue;
      const year = parseTargetKey(c.key);
      targets.push({ year, value });
      targetColumns.set(year, c.key);
    }
    if (r.bad || !catalog || !pillar || !frequency || baselineYear === undefined) continue;
    if (baselineValue === undefined || baselineSource === undefined) continue;

    const change: IndicatorChange = {
      kind: before ? 'update' : 'create',
      before,
      catalog,
      columns: {
        pillarId: pillar.id,
        elementId: element?.id ?? null,
        producerOpdId: producer?.id ?? null,
        frequency,
        baselineYear,
        baselineValue,
        baselineSource: baselineSource ?? null,
      },
      targets,
    };
    if (before && !differs(before, change)) {
      result.unchanged++;
      continue;
    }
    // The indicators feature's own rules: the values inside the catalogue entry's bounds, and the rest.
    const boundsOf = before ? before.catalog : catalog;
    const errors = await selectionErrors(
      ctx.tx,
      plan as unknown as Row,
      { ...boundsOf, unit: catalog.unit } as Row,
      {
        ...change.columns,
        targets,
      },
    );
    for (const e of errors) {
      const [field, index] = e.field.split('.');
      const key =
        field === 'targets'
          ? (targetColumns.get(targets[Number(index)]?.year ?? 0) ?? 'code')
          : (FIELD_COLUMNS[field ?? ''] ?? 'code');
      r.problem(key, p.other(r.header(key), e.message));
    }
    if (before && ref.version !== null && ref.version !== before.version)
      r.problem('version', p.stale(r.header('version'), ref.version, before.version));
    if (!before && !ctx.may('administer')) r.problem('code', p.indicatorAddNotYours(r.header('code')));
    if (before && !ctx.may('contribute', [before.producerOpdId, producer?.id]))
      r.problem('producerOpd', p.indicatorNotYours(r.header('producerOpd')));
    if (r.bad) continue;
    result.changes.push(change);
  }
  return result;
}
