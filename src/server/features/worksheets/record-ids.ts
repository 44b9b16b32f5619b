import { readWhole } from './cells.ts';
import type { ImportContext, RowReader } from './import-context.ts';
import type { RecordKind } from './repository.ts';

/** The stored record a row names by its id (null: a new row), and the version the row was written from. */
export interface RecordRef<T> {
  record: T | null;
  version: number | null;
  /** Whether the row had no id at all (a new row, or one written before its record existed). */
  blank: boolean;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The sheet where records of a kind are kept, for the message about an id on the wrong sheet. */
function homeSheet(ctx: ImportContext, kind: RecordKind, id: string) {
  const s = ctx.words.sheets;
  if (kind === 'readiness') return s.readiness;
  if (kind === 'indicator') return s.indicators;
  const pillarId = ctx.state.programs.find((p) => p.id === id)?.pillarId;
  return ctx.layout.data.find((d) => d.pillar?.id === pillarId)?.name ?? '';
}

/**
 * The hidden id and version cells of a row: an id must be one of this plan's records of the sheet's kind
 * and appear once in the workbook. An id of another plan, of no record, or on the wrong sheet is reported
 * (the row is then not written): clearing it makes the row a new one.
 */
export function recordRef<T>(
  ctx: ImportContext,
  r: RowReader,
  kind: RecordKind,
  stored: Map<string, T>,
): RecordRef<T> {
  const p = ctx.words.problems;
  const h = r.header('id');
  const version = r.take('version', readWhole) ?? null;
  const text = r.take('id', (raw, header, words) => {
    if (raw === null || raw === undefined || raw === '') return { ok: true, value: null };
    const value = String(
      typeof raw === 'object' && raw && 'text' in raw ? (raw as { text: unknown }).text : raw,
    ).trim();
    if (value === '') return { ok: true, value: null };
    return UUID.test(value)
      ? { ok: true, value: value.toLowerCase() }
      : { ok: false, problem: words.problems.idMalformed(header, value) };
  });
  if (text === undefined) return { record: null, version, blank: false };
  if (text === null) return { record: null, version, blank: true };

  const first = ctx.seenIds.get(text);
  if (first) {
    r.problem('id', p.idRepeated(h, first.sheet, first.row));
    return { record: null, version, blank: false };
  }
  ctx.seenIds.set(text, { sheet: r.sheet.name, row: r.row.number });
  const record = stored.get(text);
  if (record) return { record, version, blank: false };

  const ids = ctx.storedIds;
  const elsewhere = (Object.keys(ids) as RecordKind[]).find((k) => k !== kind && ids[k].has(text));
  if (elsewhere) r.problem('id', p.idWrongSheet(h, homeSheet(ctx, elsewhere, text)));
  else if (ctx.owners[kind].has(text)) r.problem('id', p.idOtherPlan(h));
  else r.problem('id', p.idUnknown(h));
  return { record: null, version, blank: false };
}
