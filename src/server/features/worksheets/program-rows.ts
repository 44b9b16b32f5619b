import { randomUUID } from 'node:crypto';
import type { z } from 'zod';
import { PROGRAM_HORIZONS, type ProgramHorizon } from '../../../shared/domain.ts';
import { Rupiah } from '../../http/schemas.ts';
import type { BudgetLine, ProgramLists, ProgramValues, TargetLine } from '../programs/repository.ts';
import { programErrorsWith } from '../programs/rules.ts';
import { ProgramCreate } from '../programs/schema.ts';
import { type Read, readAmount, readText, readWhole, readYear, textProblem } from './cells.ts';
import { type ImportContext, RowReader } from './import-context.ts';
import { type DataSheet, parseBudgetKey, parseTargetKey } from './layout.ts';
import type { ProgramState } from './plan-state.ts';
import { type RecordRef, recordRef } from './record-ids.ts';
import type { Words } from './words.ts';
import type { ReadSheet } from './workbook-reader.ts';

/**
 * The rows of a pillar's sheet read as action programmes: each cell checked, the programme rules of the
 * API applied (programmes/rules.ts, on lookups made once for the whole workbook), and each valid row
 * compared with the stored programme. What comes out is the programmes to create or change; rows equal
 * to what is stored are only counted.
 */

export interface ProgramChange {
  kind: 'create' | 'update';
  sheet: string;
  row: number;
  id: string;
  before: ProgramState | null;
  /** Null for a new programme without a code: one is generated (GOV-07) once every code is known. */
  code: string | null;
  values: Omit<ProgramValues, 'code' | 'planId'>;
  lists: ProgramLists;
  /** The column of the code, to report a code another row holds. */
  codeColumn: string;
}

export interface ProgramSheetResult {
  changes: ProgramChange[];
  unchanged: number;
}

const TEXT_FIELDS = [
  'description',
  'output',
  'outcome',
  'innovation',
  'rpjmdProgram',
  'renstraProgram',
] as const;
const FIELD_COLUMNS: Record<string, string> = {
  elementId: 'element',
  pillarId: 'element',
  leadOpdId: 'leadOpd',
  supportingOpdIds: 'supportingOpds',
  kecamatanIds: 'kecamatan',
  missionId: 'mission',
  startYear: 'startYear',
  endYear: 'endYear',
};

/**
 * Whether two lists hold the same items in any order. A worksheet lists them in the order they are
 * stored, so item by item comes first; only lists that differ so are compared by key.
 */
function sameItems<T>(a: T[], b: T[], key: (item: T) => string) {
  if (a.length !== b.length) return false;
  if (a.every((item, i) => key(item) === key(b[i] as T))) return true;
  const counts = new Map<string, number>();
  for (const item of a) counts.set(key(item), (counts.get(key(item)) ?? 0) + 1);
  for (const item of b) {
    const n = counts.get(key(item)) ?? 0;
    if (n === 0) return false;
    counts.set(key(item), n - 1);
  }
  return true;
}
const itself = (id: string) => id;
const budgetKey = (b: BudgetLine) => `${b.year}/${b.source}/${b.amount}`;
const targetKey = (t: TargetLine) => `${t.year}/${t.target}`;

/** Whether a valid row says anything the stored programme does not. */
function differs(
  before: ProgramState,
  code: string | null,
  values: ProgramChange['values'],
  lists: ProgramLists,
) {
  const stored = before as unknown as Record<string, unknown>;
  if (code !== null && code !== before.code) return true;
  for (const k in values)
    if ((stored[k] ?? null) !== ((values as Record<string, unknown>)[k] ?? null)) return true;
  return (
    !sameItems(before.supportingOpdIds, lists.supportingOpdIds, itself) ||
    !sameItems(before.kecamatanIds, lists.kecamatanIds, itself) ||
    !sameItems(before.budgets, lists.budgets, budgetKey) ||
    !sameItems(before.targets, lists.targets, targetKey)
  );
}

/**
 * The programme a row without an id stands for when it was already imported: same pillar and title (and
 * code, if the row has one), named by no other row. So a second import of the same file adds nothing twice.
 */
function sameProgram(ctx: ImportContext, r: RowReader, pillarId: string, title: string, code: string | null) {
  const match = ctx
    .programsTitled(pillarId, title)
    .find((p) => (code === null || code === p.code) && !ctx.namedIds.has(p.id) && !ctx.seenIds.has(p.id));
  if (match) ctx.seenIds.set(match.id, { sheet: r.sheet.name, row: r.row.number });
  return match ?? null;
}

const yesNoOf = new WeakMap<Words, Record<'yes' | 'no', string[]>>();
/** The labels of a yes/no cell (the same object for every row, so that its lookup is built once). */
function yesNo(w: Words) {
  let choices = yesNoOf.get(w);
  if (!choices) {
    choices = { yes: [w.yes, 'ya', 'yes', 'true', 'y', '1'], no: [w.no, 'tidak', 'no', 'false', 'n', '0'] };
    yesNoOf.set(w, choices);
  }
  return choices;
}

/** The largest amount Rupiah takes (its `max`). */
const RUPIAH_MAX = 1e15;
const isBlank = (raw: unknown) => raw === null || raw === undefined || raw === '';
/** Rupiah; a whole number of rupiah (what a worksheet mostly holds) needs no schema to tell it is one. */
const readRupiah = (raw: unknown, h: string, w: Words): Read<string | null> =>
  typeof raw === 'number' && Number.isInteger(raw) && raw >= 0 && raw <= RUPIAH_MAX
    ? { ok: true, value: raw.toFixed(2) }
    : readAmount(raw, h, w, Rupiah);

/** A sheet's budget and target columns with their year (and source), worked out once per sheet. */
const yearlyOf = new WeakMap<DataSheet, ReturnType<typeof findYearly>>();
function findYearly(sheet: DataSheet) {
  return {
    budgets: sheet.columns
      .filter((c) => c.type === 'amount')
      .map((c) => ({ key: c.key, ...parseBudgetKey(c.key) })),
    targets: sheet.columns
      .filter((c) => c.key.startsWith('target:'))
      .map((c) => ({ key: c.key, year: parseTargetKey(c.key) })),
    targetSchema: ProgramCreate.shape.targets.unwrap().element.shape.target,
  };
}
function yearlyColumns(sheet: DataSheet) {
  let found = yearlyOf.get(sheet);
  if (!found) {
    found = findYearly(sheet);
    yearlyOf.set(sheet, found);
  }
  return found;
}

/** A text cell checked by the API's own schema for the field. */
function takeText(r: RowReader, key: string, schema: z.ZodType) {
  const value = r.take(key, readText);
  if (value === undefined || value === null) return value;
  const parsed = schema.safeParse(value);
  if (parsed.success) return parsed.data as string;
  r.problem(key, textProblem(parsed.error, r.header(key), r.ctx.words));
  return undefined;
}

function readRow(
  ctx: ImportContext,
  sheet: DataSheet,
  r: RowReader,
  ref: RecordRef<ProgramState>,
  result: ProgramSheetResult,
) {
  const w = ctx.words;
  const p = w.problems;
  const pillar = sheet.pillar as NonNullable<DataSheet['pillar']>;
  const shape = ProgramCreate.shape;

  const code = takeText(r, 'code', shape.code.unwrap());
  const title = takeText(r, 'title', shape.title);
  if (title === null) r.problem('title', p.required(r.header('title')));
  const before =
    ref.record ?? (ref.blank && title ? sameProgram(ctx, r, pillar.id, title, code ?? null) : null);

  const elementLabel = r.take('element', readText);
  const element = elementLabel ? ctx.elementOf(pillar, elementLabel) : undefined;
  if (elementLabel === null) r.problem('element', p.required(r.header('element')));
  else if (elementLabel && !element)
    r.problem('element', p.unknownElement(r.header('element'), elementLabel, sheet.name));

  const leadLabel = r.take('leadOpd', readText);
  const lead = leadLabel ? ctx.opdOf(leadLabel) : undefined;
  if (leadLabel === null) r.problem('leadOpd', p.required(r.header('leadOpd')));
  else if (leadLabel && !lead) r.problem('leadOpd', p.unknownOpd(r.header('leadOpd'), leadLabel));

  const supporting = r.items(
    'supportingOpds',
    r.take('supportingOpds', readText) ?? null,
    (c) => ctx.opdOf(c),
    p.unknownOpd,
  );
  if (lead && supporting.some((o) => o.id === lead.id))
    r.problem('supportingOpds', p.leadAlsoSupporting(r.header('supportingOpds'), lead.code));
  const kecamatan = r.items(
    'kecamatan',
    r.take('kecamatan', readText) ?? null,
    (k) => ctx.kecamatanByLabel.get(ctx.key(k)),
    p.unknownKecamatan,
  );

  const { periodStart, periodEnd } = ctx.state.plan;
  const year = (key: 'startYear' | 'endYear') => {
    const value = r.take(key, readYear);
    if (value === null) r.problem(key, p.required(r.header(key)));
    else if (value !== undefined && (value < periodStart || value > periodEnd))
      r.problem(key, p.yearOutsidePlan(r.header(key), value, periodStart, periodEnd));
    else return value ?? undefined;
    return undefined;
  };
  const startYear = year('startYear');
  const endYear = year('endYear');
  if (startYear !== undefined && endYear !== undefined && endYear < startYear)
    r.problem('endYear', p.endBeforeStart(r.header('endYear'), startYear));

  const horizon = r.take('horizon', readWhole);
  if (horizon === null) r.problem('horizon', p.required(r.header('horizon')));
  else if (horizon !== undefined && !(PROGRAM_HORIZONS as readonly number[]).includes(horizon))
    r.problem('horizon', p.choice(r.header('horizon'), String(horizon), PROGRAM_HORIZONS.join(', ')));

  const quickWinLabel = r.take('quickWin', readText);
  const quickWin = quickWinLabel ? ctx.choiceOf(quickWinLabel, yesNo(w)) : 'no';
  if (quickWinLabel && !quickWin)
    r.problem('quickWin', p.choice(r.header('quickWin'), quickWinLabel, `${w.yes}, ${w.no}`));

  const missionLabel = r.take('mission', readText);
  const ordinal = missionLabel ? /^\s*(\d+)/.exec(missionLabel)?.[1] : undefined;
  const mission = ordinal ? ctx.missionByOrdinal.get(Number(ordinal)) : undefined;
  if (missionLabel && !mission) r.problem('mission', p.unknownMission(r.header('mission'), missionLabel));

  const texts = Object.fromEntries(TEXT_FIELDS.map((f) => [f, takeText(r, f, shape[f].unwrap())]));

  const budgets: BudgetLine[] = [];
  const budgetColumns: string[] = [];
  const targets: TargetLine[] = [];
  const targetColumns: string[] = [];
  const yearly = yearlyColumns(sheet);
  for (const c of yearly.budgets) {
    if (isBlank(r.raw(c.key))) continue;
    const amount = r.take(c.key, readRupiah);
    if (amount) {
      budgets.push({ year: c.year, source: c.source, amount });
      budgetColumns.push(c.key);
    }
  }
  for (const c of yearly.targets) {
    if (isBlank(r.raw(c.key))) continue;
    const target = takeText(r, c.key, yearly.targetSchema);
    if (target) {
      targets.push({ year: c.year, target });
      targetColumns.push(c.key);
    }
  }
  if (r.bad || startYear === undefined || endYear === undefined || endYear < startYear) return;

  // Yearly lines inside the programme years, and the stored progress reports too.
  const outside = (y: number) => y < startYear || y > endYear;
  budgets.forEach((b, i) => {
    const key = budgetColumns[i] as string;
    if (outside(b.year)) r.problem(key, p.yearOutsideProgram(r.header(key), startYear, endYear));
  });
  targets.forEach((t, i) => {
    const key = targetColumns[i] as string;
    if (outside(t.year)) r.problem(key, p.yearOutsideProgram(r.header(key), startYear, endYear));
  });
  const reported = before ? (ctx.state.progressYears.get(before.id) ?? []) : [];
  const early = reported.filter((y) => y < startYear);
  const late = reported.filter((y) => y > endYear);
  if (early.length > 0) r.problem('startYear', p.progressOutside(r.header('startYear'), early.join(', ')));
  if (late.length > 0) r.problem('endYear', p.progressOutside(r.header('endYear'), late.join(', ')));
  if (r.bad || !element || !lead || !title || horizon == null || !quickWin) return;

  const values: ProgramChange['values'] = {
    pillarId: pillar.id,
    elementId: element.id,
    title,
    description: texts.description ?? null,
    leadOpdId: lead.id,
    missionId: mission?.id ?? null,
    rpjmdProgram: texts.rpjmdProgram ?? null,
    renstraProgram: texts.renstraProgram ?? null,
    horizon: horizon as ProgramHorizon,
    startYear,
    endYear,
    isQuickWin: quickWin === 'yes',
    innovation: texts.innovation ?? null,
    output: texts.output ?? null,
    outcome: texts.outcome ?? null,
  };
  const lists: ProgramLists = {
    supportingOpdIds: supporting.map((o) => o.id),
    kecamatanIds: kecamatan.map((k) => k.id),
    budgets,
    targets,
  };

  // The API's own rules, on the lookups made once: a safety net behind the checks above.
  const errors = programErrorsWith(
    {
      plan: ctx.state.plan,
      candidate: { ...values, ...lists },
      given: { budgets: true, targets: true },
      progressYears: reported,
    },
    {
      pillarOfPlan: true,
      elementPillarId: element.pillarId,
      regionOpds: ctx.regionOpdIds,
      regionKecamatan: ctx.regionKecamatanIds,
      missionOfPlan: true,
    },
  );
  for (const e of errors) {
    const [field, index] = e.field.split('.');
    const key =
      field === 'budgets'
        ? budgetColumns[Number(index)]
        : field === 'targets'
          ? targetColumns[Number(index)]
          : FIELD_COLUMNS[field ?? ''];
    r.problem(key ?? 'title', p.other(r.header(key ?? 'title'), e.message));
  }
  if (r.bad) return;

  if (before && !differs(before, code ?? null, values, lists)) {
    result.unchanged++;
    return;
  }
  if (before && ref.version !== null && ref.version !== before.version)
    r.problem('version', p.stale(r.header('version'), ref.version, before.version));
  // As on the programme routes: the regency admin, or a participant of the OPD that leads it (before and after).
  if (!ctx.may('contribute', [before?.leadOpdId, lead.id]))
    r.problem('leadOpd', p.programNotYours(r.header('leadOpd')));
  if (r.bad) return;
  result.changes.push({
    kind: before ? 'update' : 'create',
    sheet: sheet.name,
    row: r.row.number,
    id: before?.id ?? randomUUID(),
    before,
    code: code ?? (before ? before.code : null),
    values,
    lists,
    codeColumn: r.letter('code'),
  });
}

/** Read the programme rows of one pillar's sheet. */
export function readProgramSheet(
  ctx: ImportContext,
  sheet: DataSheet,
  read: ReadSheet,
  at: Map<string, number>,
) {
  const result: ProgramSheetResult = { changes: [], unchanged: 0 };
  const stored = new Map(ctx.state.programs.map((p) => [p.id, p]));
  for (const row of read.rows) {
    if (row.number === 1) continue;
    const r = new RowReader(ctx, sheet, at, row);
    if (r.isEmpty()) continue;
    const ref = recordRef(ctx, r, 'program', stored);
    readRow(ctx, sheet, r, ref, result);
  }
  return result;
}
