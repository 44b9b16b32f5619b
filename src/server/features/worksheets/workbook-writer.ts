import { PassThrough } from 'node:stream';
import ExcelJS from 'exceljs';
import { neutraliseCell } from '../../../shared/spreadsheet-cells.ts';
import {
  type ColumnSpec,
  columnLetter,
  type DataSheet,
  missionLabel,
  opdLabel,
  type WorkbookLayout,
} from './layout.ts';
import type { IndicatorState, PlanState, ProgramState } from './plan-state.ts';

/**
 * Writes a plan's workbook with exceljs's streaming writer (an in-memory workbook of a big plan takes
 * hundreds of megabytes; see STACK-NOTES). Every text cell goes through `neutraliseCell`, so that a
 * title starting with = + - @ is shown as text and never run as a formula.
 */

type Cell = string | number | null;
type Values = Record<string, Cell>;

const HEADER_FILL = 'FFD9E2F3';
const READ_ONLY_FILL = 'FFEDEDED';
/** Empty rows under the table that keep their drop-downs, for programmes added offline. */
const SPARE_ROWS = 500;

const text = (value: string | null | undefined): Cell =>
  value === null || value === undefined || value === '' ? null : neutraliseCell(value);

/**
 * A stored decimal as a number cell when a spreadsheet's double holds it exactly enough (below 2^53 in
 * its smallest unit), else as text, which the import reads as well.
 */
function decimalCell(value: string | null | undefined, decimals: number): Cell {
  if (value === null || value === undefined) return null;
  const n = Number(value);
  return Math.abs(n) * 10 ** decimals < Number.MAX_SAFE_INTEGER ? n : value;
}

function programValues(p: ProgramState, state: PlanState, layout: WorkbookLayout): Values {
  const { words } = layout;
  const opd = new Map(state.opds.map((o) => [o.id, o]));
  const mission = state.missions.find((m) => m.id === p.missionId);
  const kecamatan = new Map(state.kecamatan.map((k) => [k.id, k.name]));
  const lead = opd.get(p.leadOpdId);
  const values: Values = {
    id: p.id,
    version: p.version,
    code: text(p.code),
    title: text(p.title),
    element: text(layout.elementLabels.get(p.elementId)),
    leadOpd: lead ? text(opdLabel(lead)) : null,
    supportingOpds: text(p.supportingOpdIds.map((id) => opd.get(id)?.code ?? id).join(', ')),
    startYear: p.startYear,
    endYear: p.endYear,
    horizon: p.horizon,
    quickWin: p.isQuickWin ? words.yes : words.no,
    mission: mission ? text(missionLabel(mission)) : null,
    kecamatan: text(p.kecamatanIds.map((id) => kecamatan.get(id) ?? id).join(', ')),
    description: text(p.description),
    output: text(p.output),
    outcome: text(p.outcome),
    innovation: text(p.innovation),
    rpjmdProgram: text(p.rpjmdProgram),
    renstraProgram: text(p.renstraProgram),
  };
  for (const b of p.budgets) values[`budget:${b.year}:${b.source}`] = decimalCell(b.amount, 2);
  for (const t of p.targets) values[`target:${t.year}`] = text(t.target);
  return values;
}

function readinessRows(state: PlanState, layout: WorkbookLayout): Values[] {
  const { words } = layout;
  const rows: Values[] = [];
  for (const pillar of state.pillars)
    for (const aspect of Object.keys(words.aspects) as (keyof typeof words.aspects)[]) {
      const cell = state.readiness.find((r) => r.pillarId === pillar.id && r.aspect === aspect);
      rows.push({
        id: cell?.id ?? null,
        version: cell?.version ?? null,
        pillar: text(layout.pillarLabels.get(pillar.id)),
        aspect: words.aspects[aspect],
        score: cell?.score ?? null,
        strengths: text(cell?.strengths),
        weaknesses: text(cell?.weaknesses),
        opportunities: text(cell?.opportunities),
        threats: text(cell?.threats),
        evidence: text(cell?.evidence),
      });
    }
  return rows;
}

function indicatorValues(i: IndicatorState, state: PlanState, layout: WorkbookLayout): Values {
  const { words, lang } = layout;
  const producer = state.opds.find((o) => o.id === i.producerOpdId);
  const values: Values = {
    id: i.id,
    version: i.version,
    code: text(i.catalog.code),
    name: text(lang === 'en' ? i.catalog.nameEn : i.catalog.nameId),
    unit: text(i.catalog.unit),
    pillar: text(layout.pillarLabels.get(i.pillarId)),
    element: i.elementId ? text(layout.elementLabels.get(i.elementId)) : null,
    producerOpd: producer ? text(opdLabel(producer)) : null,
    frequency: words.frequencies[i.frequency],
    baselineYear: i.baselineYear,
    baselineValue: decimalCell(i.baselineValue, 6),
    baselineSource: text(i.baselineSource),
  };
  for (const t of i.targets) values[`target:${t.year}`] = decimalCell(t.value, 6);
  return values;
}

function dataRows(sheet: DataSheet, state: PlanState, layout: WorkbookLayout): Values[] {
  if (sheet.kind === 'readiness') return readinessRows(state, layout);
  if (sheet.kind === 'indicators') return state.indicators.map((i) => indicatorValues(i, state, layout));
  return state.programs
    .filter((p) => p.pillarId === sheet.pillar?.id)
    .map((p) => programValues(p, state, layout));
}

const fill = (argb: string): ExcelJS.Fill => ({ type: 'pattern', pattern: 'solid', fgColor: { argb } });

function writeDataSheet(
  wb: ExcelJS.stream.xlsx.WorkbookWriter,
  sheet: DataSheet,
  rows: Values[],
  listRanges: Map<string, string>,
) {
  const ws = wb.addWorksheet(sheet.name, { views: [{ state: 'frozen', xSplit: 4, ySplit: 1 }] });
  ws.columns = sheet.columns.map((c) => ({
    key: c.key,
    width: c.width,
    hidden: c.hidden ?? false,
    style: c.type === 'readOnly' ? { fill: fill(READ_ONLY_FILL) } : {},
  }));
  const header = ws.addRow(sheet.columns.map((c) => neutraliseCell(c.header)));
  header.font = { bold: true };
  header.alignment = { wrapText: true, vertical: 'top' };
  header.eachCell((cell) => {
    cell.fill = fill(HEADER_FILL);
  });
  header.commit();
  for (const values of rows) ws.addRow(sheet.columns.map((c) => values[c.key] ?? null)).commit();

  // The streaming writer keeps range validations (its type declarations leave them out).
  const validations = (
    ws as unknown as { dataValidations: { add(range: string, v: ExcelJS.DataValidation): void } }
  ).dataValidations;
  const last = rows.length + 1 + SPARE_ROWS;
  sheet.columns.forEach((c: ColumnSpec, i) => {
    const range = `${columnLetter(i + 1)}2:${columnLetter(i + 1)}${last}`;
    const list = c.list ? listRanges.get(c.list) : undefined;
    if (list)
      validations.add(range, {
        type: 'list',
        allowBlank: true,
        formulae: [list],
        showErrorMessage: true,
        errorStyle: 'stop',
      });
    else if (c.type === 'amount')
      validations.add(range, {
        type: 'decimal',
        operator: 'greaterThanOrEqual',
        allowBlank: true,
        formulae: [0],
        showErrorMessage: true,
      });
  });
  ws.autoFilter = `A1:${columnLetter(sheet.columns.length)}1`;
  ws.commit();
}

function writeInstructions(wb: ExcelJS.stream.xlsx.WorkbookWriter, state: PlanState, layout: WorkbookLayout) {
  const i = layout.words.instructions;
  const ws = wb.addWorksheet(layout.instructions);
  ws.columns = [{ width: 18 }, { width: 100 }];
  const add = (values: Cell[], bold = false) => {
    const row = ws.addRow(values.map((v) => (typeof v === 'string' ? neutraliseCell(v) : v)));
    if (bold) row.font = { bold: true };
    row.alignment = { wrapText: true, vertical: 'top' };
    row.commit();
  };
  const date = new Intl.DateTimeFormat(layout.words.locale, { dateStyle: 'long' }).format(new Date());
  add([i.title(state.region.name)], true);
  add([i.plan(state.plan.title, state.plan.periodStart, state.plan.periodEnd)]);
  add([i.downloaded(date)]);
  add([]);
  add([i.howTo], true);
  for (const [n, step] of i.steps.entries()) add([`${n + 1}.`, step]);
  add([]);
  add([i.opds], true);
  add([i.code, i.name], true);
  for (const o of state.opds) add([o.code, o.name]);
  add([]);
  add([i.kecamatan], true);
  add([i.code, i.name], true);
  for (const k of state.kecamatan) add([k.code, k.name]);
  add([]);
  add([i.scale], true);
  for (const [n, level] of i.levels.entries()) add([n + 1, level]);
  ws.commit();
}

function listRangesOf(layout: WorkbookLayout) {
  const quoted = `'${layout.lists.name.replace(/'/g, "''")}'`;
  return new Map(
    layout.lists.columns
      .map((l, i) => [l, columnLetter(i + 1)] as const)
      .filter(([l]) => l.values.length > 0)
      .map(([l, col]) => [l.key, `${quoted}!$${col}$2:$${col}$${l.values.length + 1}`]),
  );
}

function writeLists(wb: ExcelJS.stream.xlsx.WorkbookWriter, layout: WorkbookLayout) {
  const ws = wb.addWorksheet(layout.lists.name, { state: 'hidden' });
  const columns = layout.lists.columns;
  ws.addRow(columns.map((c) => neutraliseCell(c.header))).commit();
  const height = Math.max(0, ...columns.map((c) => c.values.length));
  for (let r = 0; r < height; r++) {
    const values = columns.map((c) => c.values[r]);
    ws.addRow(values.map((v) => (v === undefined ? null : neutraliseCell(v)))).commit();
  }
  ws.commit();
}

/** The plan's workbook as the bytes of an .xlsx file. */
export async function writeWorkbook(state: PlanState, layout: WorkbookLayout): Promise<Buffer> {
  const chunks: Buffer[] = [];
  const stream = new PassThrough();
  stream.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise((resolve, reject) => {
    stream.on('end', resolve);
    stream.on('error', reject);
  });
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ stream, useSharedStrings: true, useStyles: true });
  wb.creator = 'Rancang';
  const listRanges = listRangesOf(layout);
  writeInstructions(wb, state, layout);
  for (const sheet of layout.data) writeDataSheet(wb, sheet, dataRows(sheet, state, layout), listRanges);
  writeLists(wb, layout);
  await wb.commit();
  await done;
  return Buffer.concat(chunks);
}
