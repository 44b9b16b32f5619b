import { decide, type Permission, type RoleHeld } from '../../../shared/access-rules.ts';
import type { Tx } from '../../db/client.ts';
import { labelKey, listItems, plain, type Read } from './cells.ts';
import { columnLetter, type DataSheet, type WorkbookLayout } from './layout.ts';
import type { ElementRow, PillarRow, PlanState } from './plan-state.ts';
import { type RecordKind, WRITE_CHUNK_ROWS } from './repository.ts';
import { WORKSHEET_LANGUAGES, type Words, wordsFor } from './words.ts';
import type { SheetRow } from './workbook-reader.ts';

/** One bad cell: where it is and why, in the workbook's language. */
export interface Problem {
  sheet: string;
  row: number;
  column: string;
  message: string;
}

/** Who imports: the audit log's actor and the roles the permission rules read. */
export interface Importer {
  actor: string;
  roles: RoleHeld[];
}

/** The lookups by label that every sheet's rows are read against. */
function indexOf<T>(rows: T[], keys: (row: T) => (string | null | undefined)[]) {
  const index = new Map<string, T>();
  for (const row of rows)
    for (const key of keys(row)) if (key && !index.has(labelKey(key))) index.set(labelKey(key), row);
  return index;
}

/** A label's code part: "DINKES — Dinas Kesehatan" → "DINKES". */
export const codeOf = (label: string) => label.split(/\s[—–-]\s/)[0]?.trim() ?? '';

/**
 * What the import of one workbook into one plan shares across its sheets: the plan as it stands (read
 * under the plan's lock), lookups by label, the ids already met, the problems found, and the
 * permission rules applied to each row the import would write.
 */
export class ImportContext {
  readonly words: Words;
  readonly problems: Problem[] = [];
  /** Rows with a problem, as `sheet/row`: in `valid` mode they are skipped whole. */
  private readonly badRows = new Set<string>();
  /** Every record id the workbook's rows name (read before the rows). */
  readonly namedIds = new Set<string>();
  /** Where each record id was first met, to refuse a second row with the same id. */
  readonly seenIds = new Map<string, { sheet: string; row: number }>();
  /** The plan each foreign id belongs to, by kind (filled before the rows are read). */
  readonly owners: Record<RecordKind, Map<string, string>> = {
    program: new Map(),
    readiness: new Map(),
    indicator: new Map(),
  };
  readonly opdByCode: Map<string, PlanState['opds'][number]>;
  readonly opdById: Map<string, PlanState['opds'][number]>;
  readonly kecamatanById: Map<string, PlanState['kecamatan'][number]>;
  readonly kecamatanByLabel: Map<string, PlanState['kecamatan'][number]>;
  readonly pillarByLabel: Map<string, PillarRow>;
  readonly missionByOrdinal: Map<number, PlanState['missions'][number]>;
  readonly regionOpdIds: Set<string>;
  readonly regionKecamatanIds: Set<string>;
  /** The ids of the plan's records of each kind. */
  readonly storedIds: Record<RecordKind, Set<string>>;

  constructor(
    readonly tx: Tx,
    readonly state: PlanState,
    readonly layout: WorkbookLayout,
    readonly importer: Importer,
    /** Rows per statement when the changes are written. */
    readonly chunkRows = WRITE_CHUNK_ROWS,
  ) {
    this.words = layout.words;
    this.opdByCode = indexOf(state.opds, (o) => [o.code]);
    this.opdById = new Map(state.opds.map((o) => [o.id, o]));
    this.kecamatanById = new Map(state.kecamatan.map((k) => [k.id, k]));
    this.kecamatanByLabel = indexOf(state.kecamatan, (k) => [k.name, k.code]);
    this.pillarByLabel = indexOf(state.pillars, (p) => [
      layout.pillarLabels.get(p.id),
      p.nameId,
      p.nameEn,
      p.key,
    ]);
    this.missionByOrdinal = new Map(state.missions.map((m) => [m.ordinal, m]));
    this.regionOpdIds = new Set(state.opds.map((o) => o.id));
    this.regionKecamatanIds = new Set(state.kecamatan.map((k) => k.id));
    this.storedIds = {
      program: new Set(state.programs.map((p) => p.id)),
      readiness: new Set(state.readiness.map((r) => r.id)),
      indicator: new Set(state.indicators.map((i) => i.id)),
    };
  }

  get planId() {
    return this.state.plan.id;
  }

  private titled?: Map<string, PlanState['programs']>;

  /** The plan's programmes of a pillar with this title (compared as labels are). */
  programsTitled(pillarId: string, title: string) {
    if (!this.titled) {
      this.titled = new Map();
      for (const p of this.state.programs) {
        const key = `${p.pillarId}/${labelKey(p.title)}`;
        const same = this.titled.get(key);
        if (same) same.push(p);
        else this.titled.set(key, [p]);
      }
    }
    return this.titled.get(`${pillarId}/${labelKey(title)}`) ?? [];
  }

  /** Label keys already worked out: the same labels (OPDs, elements, yes/no) come back on every row. */
  private readonly keys = new Map<string, string>();

  /** `labelKey`, remembered for the labels a workbook repeats. */
  key(text: string) {
    let key = this.keys.get(text);
    if (key === undefined) {
      key = labelKey(text);
      this.keys.set(text, key);
    }
    return key;
  }

  private elementIndex?: Map<string, { byLabel: Map<string, ElementRow>; byName: Map<string, ElementRow> }>;

  /** An element of the pillar by its label, else its name (either language) or key. */
  elementOf(pillar: PillarRow, label: string): ElementRow | undefined {
    if (!this.elementIndex) {
      this.elementIndex = new Map();
      for (const e of this.state.elements) {
        let own = this.elementIndex.get(e.pillarId);
        if (!own) {
          own = { byLabel: new Map(), byName: new Map() };
          this.elementIndex.set(e.pillarId, own);
        }
        const labelled = labelKey(this.layout.elementLabels.get(e.id) ?? '');
        if (!own.byLabel.has(labelled)) own.byLabel.set(labelled, e);
        for (const name of [e.nameId, e.nameEn, e.key])
          if (!own.byName.has(labelKey(name))) own.byName.set(labelKey(name), e);
      }
    }
    const own = this.elementIndex.get(pillar.id);
    const key = this.key(label);
    return own?.byLabel.get(key) ?? own?.byName.get(key);
  }

  /** An OPD of the region by its code, or the "CODE — name" label the drop-down writes. */
  opdOf(label: string) {
    return this.opdByCode.get(this.key(codeOf(label)));
  }

  private readonly choiceIndex = new WeakMap<object, Map<string, string>>();

  /** A choice written in either language (or as its key): `choices` maps each key to its labels. */
  choiceOf<K extends string>(label: string, choices: Record<K, string[]>): K | undefined {
    let index = this.choiceIndex.get(choices);
    if (!index) {
      // The first choice a label names wins, as when the choices are tried in order.
      index = new Map();
      for (const [choice, labels] of Object.entries(choices) as [K, string[]][])
        for (const l of [choice, ...labels]) if (!index.has(labelKey(l))) index.set(labelKey(l), choice);
      this.choiceIndex.set(choices, index);
    }
    return index.get(this.key(label)) as K | undefined;
  }

  /** Labels of a words entry in every language, for `choiceOf`. */
  labelsOf<K extends string>(pick: (w: Words) => Record<K, string>): Record<K, string[]> {
    const out = {} as Record<K, string[]>;
    for (const lang of WORKSHEET_LANGUAGES)
      for (const [key, label] of Object.entries(pick(wordsFor(lang))) as [K, string][])
        out[key] = [...(out[key] ?? []), label];
    return out;
  }

  add(sheet: string, row: number, column: string, message: string) {
    this.problems.push({ sheet, row, column, message });
    this.badRows.add(`${sheet}/${row}`);
  }

  isBad(sheet: string, row: number) {
    return this.badRows.has(`${sheet}/${row}`);
  }

  /** Whether the importer may act with this permission on a record answerable to these OPDs. */
  may(permission: Permission, opdIds: (string | null | undefined)[] = []) {
    const { plan } = this.state;
    return decide(this.importer.roles, permission, {
      regionId: plan.regionId,
      planId: plan.id,
      planStatus: plan.status,
      opdIds: [...new Set(opdIds.filter((id): id is string => Boolean(id)))],
    }).allowed;
  }
}

const headerMaps = new WeakMap<DataSheet, Map<string, string>>();
function headersOf(sheet: DataSheet) {
  let map = headerMaps.get(sheet);
  if (!map) {
    map = new Map(sheet.columns.map((c) => [c.key, c.header]));
    headerMaps.set(sheet, map);
  }
  return map;
}

/** Reads the cells of one row of a data sheet, reporting each bad one against its column. */
export class RowReader {
  private readonly headers: Map<string, string>;

  constructor(
    readonly ctx: ImportContext,
    readonly sheet: DataSheet,
    /** Column number of each column key in this workbook. */
    readonly at: Map<string, number>,
    readonly row: SheetRow,
  ) {
    this.headers = headersOf(sheet);
  }

  raw(key: string) {
    return this.row.cells[this.at.get(key) ?? 0];
  }

  header(key: string) {
    return this.headers.get(key) ?? key;
  }

  letter(key: string) {
    const n = this.at.get(key);
    return n ? columnLetter(n) : '';
  }

  problem(key: string, message: string) {
    this.ctx.add(this.sheet.name, this.row.number, this.letter(key), message);
  }

  get bad() {
    return this.ctx.isBad(this.sheet.name, this.row.number);
  }

  /** A cell read by `read`; undefined (and the problem reported) when it cannot be. */
  take<T>(key: string, read: (raw: unknown, header: string, words: Words) => Read<T>): T | undefined {
    const result = read(this.raw(key), this.header(key), this.ctx.words);
    if (result.ok) return result.value;
    this.problem(key, result.problem);
    return undefined;
  }

  /** Whether every column the import reads is empty in this row: such a row is left alone. */
  isEmpty() {
    return this.sheet.columns.every((c) => c.type === 'readOnly' || plain(this.raw(c.key)).kind === 'blank');
  }

  /** The items of a list cell, each looked up; unknown and repeated ones are reported. */
  items<T extends { id: string }>(
    key: string,
    text: string | null,
    find: (item: string) => T | undefined,
    unknown: (h: string, item: string) => string,
  ) {
    const found: T[] = [];
    for (const item of text ? listItems(text) : []) {
      const record = find(item);
      if (!record) this.problem(key, unknown(this.header(key), item));
      else if (found.some((f) => f.id === record.id))
        this.problem(key, this.ctx.words.problems.listedTwice(this.header(key), item));
      else found.push(record);
    }
    return found;
  }
}
