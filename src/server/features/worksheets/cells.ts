import type { z } from 'zod';
import { YEAR_MAX, YEAR_MIN } from '../../../shared/domain.ts';
import { restoreCell } from '../../../shared/spreadsheet-cells.ts';
import type { Words } from './words.ts';

/**
 * How one cell of an imported worksheet is read: what kind of value it holds, and the value a column
 * expects from it or the problem with it, worded for the report. Nothing is ever evaluated: a formula is
 * refused whatever it would compute, and a date (a number Excel shows as a date) is refused where a year,
 * number or text is expected.
 */

export type Plain =
  | { kind: 'blank' }
  | { kind: 'text'; value: string }
  | { kind: 'number'; value: number }
  | { kind: 'boolean'; value: boolean }
  | { kind: 'formula' }
  | { kind: 'date' }
  | { kind: 'error'; value: string }
  | { kind: 'other' };

/** A cell's value or what is wrong with it. */
export type Read<T> = { ok: true; value: T } | { ok: false; problem: string };
const ok = <T>(value: T): Read<T> => ({ ok: true, value });
const bad = (problem: string): Read<never> => ({ ok: false, problem });

const BLANK: Plain = { kind: 'blank' };

function richText(value: unknown): string | null {
  if (!value || typeof value !== 'object' || !('richText' in value)) return null;
  const runs = (value as { richText: unknown }).richText;
  if (!Array.isArray(runs)) return null;
  return runs
    .map((r) => (r && typeof r === 'object' ? String((r as { text?: unknown }).text ?? '') : ''))
    .join('');
}

function textOf(value: string): Plain {
  const trimmed = restoreCell(value.trim()).trim();
  return trimmed === '' ? BLANK : { kind: 'text', value: trimmed };
}

/** What a raw cell value (as exceljs reads it) holds. */
export function plain(raw: unknown): Plain {
  if (raw === null || raw === undefined) return BLANK;
  if (typeof raw === 'string') return textOf(raw);
  if (typeof raw === 'number')
    return Number.isFinite(raw) ? { kind: 'number', value: raw } : { kind: 'other' };
  if (typeof raw === 'boolean') return { kind: 'boolean', value: raw };
  if (raw instanceof Date) return { kind: 'date' };
  if (typeof raw !== 'object') return { kind: 'other' };
  if ('formula' in raw || 'sharedFormula' in raw) return { kind: 'formula' };
  if ('error' in raw) return { kind: 'error', value: String((raw as { error: unknown }).error) };
  const rich = richText(raw);
  if (rich !== null) return textOf(rich);
  if ('text' in raw) {
    const text = (raw as { text: unknown }).text;
    if (typeof text === 'string') return textOf(text);
    const inner = richText(text);
    if (inner !== null) return textOf(inner);
  }
  return { kind: 'other' };
}

/** Text that a spreadsheet would have turned into a date had it not been typed as text. */
const DATE_TEXT = /^(\d{1,4}[-/.]\d{1,2}[-/.]\d{1,4})([ T].*)?$/;

/** The problem of a cell that holds no plain value at all, or null. */
function notPlain(p: Plain, h: string, w: Words): string | null {
  if (p.kind === 'formula') return w.problems.formula(h);
  if (p.kind === 'date') return w.problems.date(h);
  if (p.kind === 'error') return w.problems.error(h, p.value);
  if (p.kind === 'other') return w.problems.other(h, '?');
  return null;
}

const shown = (p: Plain) => (p.kind === 'text' || p.kind === 'number' ? String(p.value) : '');

/** Text (a number typed in a text column is taken as its digits). */
export function readText(raw: unknown, h: string, w: Words): Read<string | null> {
  const p = plain(raw);
  const problem = notPlain(p, h, w);
  if (problem) return bad(problem);
  if (p.kind === 'blank') return ok(null);
  if (p.kind === 'boolean') return ok(p.value ? w.yes : w.no);
  return ok(String(p.kind === 'number' ? p.value : (p as { value: string }).value));
}

/** A whole number; `year` says whether it is read (and worded) as a year. */
function readInteger(raw: unknown, h: string, w: Words, year: boolean): Read<number | null> {
  const p = plain(raw);
  const problem = notPlain(p, h, w);
  if (problem) return bad(problem);
  if (p.kind === 'blank') return ok(null);
  const wrong = () => bad(year ? w.problems.notYear(h, shown(p)) : w.problems.notWhole(h, shown(p)));
  let n: number;
  if (p.kind === 'number') n = p.value;
  else if (p.kind === 'text' && /^-?\d+$/.test(p.value)) n = Number(p.value);
  else if (p.kind === 'text' && DATE_TEXT.test(p.value)) return bad(w.problems.date(h));
  else return wrong();
  if (!Number.isInteger(n)) return wrong();
  if (year && (n < YEAR_MIN || n > YEAR_MAX)) return wrong();
  return ok(n);
}

export const readYear = (raw: unknown, h: string, w: Words) => readInteger(raw, h, w, true);
export const readWhole = (raw: unknown, h: string, w: Words) => readInteger(raw, h, w, false);

/** A decimal as a string with `scale` decimals, checked against a schema of the API (rupiah, indicator value). */
function readDecimal(
  raw: unknown,
  h: string,
  w: Words,
  schema: z.ZodType<string, unknown>,
  wrong: string,
): Read<string | null> {
  const p = plain(raw);
  const problem = notPlain(p, h, w);
  if (problem) return bad(problem);
  if (p.kind === 'blank') return ok(null);
  if (p.kind === 'text' && DATE_TEXT.test(p.value)) return bad(w.problems.date(h));
  if (p.kind === 'text' && !/^-?\d+(\.\d+)?$/.test(p.value)) return bad(w.problems.notNumber(h, p.value));
  if (p.kind !== 'text' && p.kind !== 'number') return bad(w.problems.notNumber(h, shown(p)));
  const parsed = schema.safeParse(p.value);
  return parsed.success ? ok(parsed.data) : bad(wrong);
}

/** A decimal string with exactly `scale` decimals, as PostgreSQL prints a numeric column: 5 → 5.00. */
function withScale(value: string, scale: number) {
  const [whole, fraction = ''] = value.split('.');
  return `${whole}.${fraction.padEnd(scale, '0')}`;
}

/** Rupiah: not negative, at most two decimals (the API's own schema), as numeric(18,2) prints it. */
export function readAmount(raw: unknown, h: string, w: Words, schema: z.ZodType<string, unknown>) {
  const p = plain(raw);
  if ((p.kind === 'number' && p.value < 0) || (p.kind === 'text' && /^-\d/.test(p.value)))
    return bad(w.problems.negative(h));
  const read = readDecimal(raw, h, w, schema, w.problems.amount(h));
  return read.ok && read.value !== null ? ok(withScale(read.value, 2)) : read;
}

/** An indicator value: numeric(20,6) (the API's own schema). */
export const readValue = (raw: unknown, h: string, w: Words, schema: z.ZodType<string, unknown>) =>
  readDecimal(raw, h, w, schema, w.problems.decimal(h));

/** Words a text cell's problems from a failed check of the API's schema for the same field. */
export function textProblem(error: z.ZodError, h: string, w: Words): string {
  const issue = error.issues[0];
  if (!issue) return w.problems.required(h);
  if (issue.code === 'too_small') {
    const min = Number((issue as { minimum?: unknown }).minimum ?? 1);
    return min <= 1 ? w.problems.required(h) : w.problems.tooShort(h, min);
  }
  if (issue.code === 'too_big')
    return w.problems.tooLong(h, Number((issue as { maximum?: unknown }).maximum));
  if (issue.code === 'invalid_format') return w.problems.noSpaces(h);
  return w.problems.other(h, issue.message);
}

/** Items of a list cell ("BAPPEDA, DINKES"): separated by commas, semicolons or line breaks. */
export const listItems = (text: string) =>
  text
    .split(/[,;\n]/)
    .map((s) => s.trim())
    .filter((s) => s !== '');

/** The key under which labels are compared: case and repeated spaces do not matter. */
export function labelKey(text: string) {
  // Plain ASCII is its own NFKC form, and most labels have no spaces to tidy: both steps are skipped then.
  const normal = PLAIN_ASCII.test(text) ? text : text.normalize('NFKC');
  return (UNTIDY_SPACE.test(normal) ? normal.replace(/\s+/g, ' ').trim() : normal).toLowerCase();
}
const PLAIN_ASCII = /^[\t\n\r\x20-\x7e]*$/;
/** White space other than single spaces between words. */
const UNTIDY_SPACE = /[^\S ]| {2}|^ | $/;
