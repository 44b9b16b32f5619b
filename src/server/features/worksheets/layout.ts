import { FUNDING_SOURCES, PROGRAM_HORIZONS } from '../../../shared/domain.ts';
import type { PillarRow, PlanState } from './plan-state.ts';
import type { Words, WorksheetLanguage } from './words.ts';

/**
 * The shape of a plan's workbook, computed from the plan (its pillars and years) and the language: sheet
 * names, each sheet's columns and the drop-down lists. The export writes this layout and the import
 * expects exactly it, so a workbook is read back only as it was written (sheets and headers unchanged).
 */

/** How a column's cells are read back. `readOnly` columns are shown for reference and ignored. */
export type ColumnType =
  | 'id'
  | 'version'
  | 'text'
  | 'year'
  | 'whole'
  | 'amount'
  | 'decimal'
  | 'choice'
  | 'codes'
  | 'names'
  | 'readOnly';

export interface ColumnSpec {
  key: string;
  header: string;
  type: ColumnType;
  width: number;
  hidden?: boolean;
  /** The drop-down list's key on the lists sheet (see ListSpec). */
  list?: string;
}

export type SheetKind = 'programs' | 'readiness' | 'indicators';

export interface DataSheet {
  kind: SheetKind;
  name: string;
  columns: ColumnSpec[];
  /** The pillar of a programme sheet. */
  pillar?: PillarRow;
}

export interface ListSpec {
  key: string;
  header: string;
  values: string[];
}

export interface WorkbookLayout {
  lang: WorksheetLanguage;
  words: Words;
  instructions: string;
  data: DataSheet[];
  lists: { name: string; columns: ListSpec[] };
  years: number[];
  /** How each pillar is named in cells: its sheet's name, unique in the workbook. */
  pillarLabels: Map<string, string>;
  /** How each element is named in cells: its name, with its key where its pillar has two of that name. */
  elementLabels: Map<string, string>;
}

/** Characters Excel forbids in a sheet name, and its length limit. */
const FORBIDDEN = /[[\]:*?/\\]/g;
const MAX_NAME = 31;

/** Each name once (Excel compares them without case), cut to Excel's limit. */
function uniqueName(wanted: string, taken: Set<string>) {
  const base = wanted.replace(FORBIDDEN, ' ').replace(/\s+/g, ' ').trim().slice(0, MAX_NAME) || 'Pilar';
  let name = base;
  for (let n = 2; taken.has(name.toLowerCase()); n++) {
    const suffix = ` (${n})`;
    name = `${base.slice(0, MAX_NAME - suffix.length)}${suffix}`;
  }
  taken.add(name.toLowerCase());
  return name;
}

export const pillarName = (p: { nameId: string; nameEn: string }, lang: WorksheetLanguage) =>
  lang === 'en' ? p.nameEn : p.nameId;

/** Element labels, unique within each pillar so that a cell names one element. */
function elementLabelsOf(elements: LayoutInput['elements'], lang: WorksheetLanguage) {
  const labels = new Map<string, string>();
  for (const e of elements) {
    const name = pillarName(e, lang);
    const twin = elements.some(
      (o) =>
        o.id !== e.id &&
        o.pillarId === e.pillarId &&
        pillarName(o, lang).toLowerCase() === name.toLowerCase(),
    );
    labels.set(e.id, twin ? `${name} (${e.key})` : name);
  }
  return labels;
}

/** How an OPD appears in a cell and its drop-down: its code first, which is what the import reads. */
export const opdLabel = (opd: { code: string; name: string }) => `${opd.code} — ${opd.name}`;

/** A mission by its number, with the start of its text to recognise it. */
export function missionLabel(m: { ordinal: number; text: string }) {
  const text = m.text.replace(/\s+/g, ' ').trim();
  return `${m.ordinal}. ${text.length > 80 ? `${text.slice(0, 79)}…` : text}`;
}

const budgetKey = (year: number, source: string) => `budget:${year}:${source}`;
const targetKey = (year: number) => `target:${year}`;
export const parseBudgetKey = (key: string) => {
  const [, year, source] = key.split(':');
  return { year: Number(year), source: source as (typeof FUNDING_SOURCES)[number] };
};
export const parseTargetKey = (key: string) => Number(key.split(':')[1]);

function programColumns(w: Words, years: number[], pillarId: string): ColumnSpec[] {
  const h = w.headers;
  return [
    { key: 'id', header: h.id, type: 'id', width: 38, hidden: true },
    { key: 'version', header: h.version, type: 'version', width: 8, hidden: true },
    { key: 'code', header: h.code, type: 'text', width: 10 },
    { key: 'title', header: h.title, type: 'text', width: 42 },
    { key: 'element', header: h.element, type: 'choice', width: 26, list: `elements:${pillarId}` },
    { key: 'leadOpd', header: h.leadOpd, type: 'choice', width: 34, list: 'opds' },
    { key: 'supportingOpds', header: h.supportingOpds, type: 'codes', width: 26 },
    { key: 'startYear', header: h.startYear, type: 'year', width: 12, list: 'years' },
    { key: 'endYear', header: h.endYear, type: 'year', width: 12, list: 'years' },
    { key: 'horizon', header: h.horizon, type: 'whole', width: 12, list: 'horizons' },
    { key: 'quickWin', header: h.quickWin, type: 'choice', width: 11, list: 'choices' },
    { key: 'mission', header: h.mission, type: 'choice', width: 30, list: 'missions' },
    { key: 'kecamatan', header: h.kecamatan, type: 'names', width: 26 },
    { key: 'description', header: h.description, type: 'text', width: 40 },
    { key: 'output', header: h.output, type: 'text', width: 30 },
    { key: 'outcome', header: h.outcome, type: 'text', width: 30 },
    { key: 'innovation', header: h.innovation, type: 'text', width: 30 },
    { key: 'rpjmdProgram', header: h.rpjmdProgram, type: 'text', width: 26 },
    { key: 'renstraProgram', header: h.renstraProgram, type: 'text', width: 26 },
    ...years.flatMap((year) =>
      FUNDING_SOURCES.map(
        (source): ColumnSpec => ({
          key: budgetKey(year, source),
          header: h.budget(year, w.sources[source]),
          type: 'amount',
          width: 16,
        }),
      ),
    ),
    ...years.map(
      (year): ColumnSpec => ({ key: targetKey(year), header: h.target(year), type: 'text', width: 24 }),
    ),
  ];
}

function readinessColumns(w: Words): ColumnSpec[] {
  const h = w.headers;
  return [
    { key: 'id', header: h.id, type: 'id', width: 38, hidden: true },
    { key: 'version', header: h.version, type: 'version', width: 8, hidden: true },
    { key: 'pillar', header: h.pillar, type: 'readOnly', width: 24 },
    { key: 'aspect', header: h.aspect, type: 'readOnly', width: 16 },
    { key: 'score', header: h.score, type: 'whole', width: 11, list: 'scores' },
    { key: 'strengths', header: h.strengths, type: 'text', width: 36 },
    { key: 'weaknesses', header: h.weaknesses, type: 'text', width: 36 },
    { key: 'opportunities', header: h.opportunities, type: 'text', width: 36 },
    { key: 'threats', header: h.threats, type: 'text', width: 36 },
    { key: 'evidence', header: h.evidence, type: 'text', width: 36 },
  ];
}

function indicatorColumns(w: Words, years: number[]): ColumnSpec[] {
  const h = w.headers;
  return [
    { key: 'id', header: h.id, type: 'id', width: 38, hidden: true },
    { key: 'version', header: h.version, type: 'version', width: 8, hidden: true },
    { key: 'code', header: h.indicatorCode, type: 'text', width: 16 },
    { key: 'name', header: h.indicatorName, type: 'readOnly', width: 40 },
    { key: 'unit', header: h.unit, type: 'readOnly', width: 12 },
    { key: 'pillar', header: h.pillar, type: 'choice', width: 22, list: 'pillars' },
    { key: 'element', header: h.element, type: 'choice', width: 26, list: 'allElements' },
    { key: 'producerOpd', header: h.producerOpd, type: 'choice', width: 34, list: 'opds' },
    { key: 'frequency', header: h.frequency, type: 'choice', width: 14, list: 'frequencies' },
    { key: 'baselineYear', header: h.baselineYear, type: 'year', width: 12 },
    { key: 'baselineValue', header: h.baselineValue, type: 'decimal', width: 14 },
    { key: 'baselineSource', header: h.baselineSource, type: 'text', width: 30 },
    ...years.map(
      (year): ColumnSpec => ({ key: targetKey(year), header: h.target(year), type: 'decimal', width: 12 }),
    ),
  ];
}

type LayoutInput = Pick<PlanState, 'plan' | 'pillars' | 'elements' | 'opds' | 'missions'>;

export function planLayout(state: LayoutInput, words: Words, lang: WorksheetLanguage): WorkbookLayout {
  const { plan } = state;
  const years: number[] = [];
  for (let y = plan.periodStart; y <= plan.periodEnd; y++) years.push(y);
  const s = words.sheets;
  const taken = new Set([s.instructions, s.readiness, s.indicators, s.lists].map((n) => n.toLowerCase()));
  const data: DataSheet[] = state.pillars.map((pillar) => ({
    kind: 'programs',
    name: uniqueName(pillarName(pillar, lang), taken),
    columns: programColumns(words, years, pillar.id),
    pillar,
  }));
  data.push(
    { kind: 'readiness', name: s.readiness, columns: readinessColumns(words) },
    { kind: 'indicators', name: s.indicators, columns: indicatorColumns(words, years) },
  );
  const pillarLabels = new Map(data.map((d) => [d.pillar?.id as string, d.name]));
  const elementLabels = elementLabelsOf(state.elements, lang);
  const l = words.lists;
  const elementsOf = (pillarId: string) =>
    state.elements.filter((e) => e.pillarId === pillarId).map((e) => elementLabels.get(e.id) as string);
  const lists: ListSpec[] = [
    { key: 'opds', header: l.opds, values: state.opds.map(opdLabel) },
    { key: 'choices', header: l.choices, values: [words.yes, words.no] },
    { key: 'horizons', header: l.horizons, values: PROGRAM_HORIZONS.map(String) },
    { key: 'years', header: l.years, values: years.map(String) },
    { key: 'scores', header: l.scores, values: ['1', '2', '3', '4', '5'] },
    { key: 'frequencies', header: l.frequencies, values: Object.values(words.frequencies) },
    { key: 'missions', header: l.missions, values: state.missions.map(missionLabel) },
    { key: 'pillars', header: l.pillars, values: state.pillars.map((p) => pillarLabels.get(p.id) as string) },
    {
      key: 'allElements',
      header: words.headers.element,
      values: [...new Set(state.elements.map((e) => elementLabels.get(e.id) as string))],
    },
    ...state.pillars.map((p) => ({
      key: `elements:${p.id}`,
      header: l.elements(pillarLabels.get(p.id) as string),
      values: elementsOf(p.id),
    })),
  ];
  return {
    lang,
    words,
    instructions: s.instructions,
    data,
    lists: { name: s.lists, columns: lists },
    years,
    pillarLabels,
    elementLabels,
  };
}

/** Every sheet name of a layout, in the order the workbook holds them. */
export const sheetNames = (layout: WorkbookLayout) => [
  layout.instructions,
  ...layout.data.map((d) => d.name),
  layout.lists.name,
];

/** The spreadsheet letters of a 1-based column number: 1 → A, 27 → AA. */
export function columnLetter(n: number) {
  let letters = '';
  for (let rest = n; rest > 0; rest = Math.floor((rest - 1) / 26))
    letters = String.fromCharCode(65 + ((rest - 1) % 26)) + letters;
  return letters;
}
