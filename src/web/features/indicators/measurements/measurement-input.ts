import type { Measurement, MeasurementCreate, PlanIndicator } from '../api.ts';
import { parseDecimal, ratioPreview } from '../values.ts';
import { checkEvidence, type EvidenceProblem } from './evidence-check.ts';

/** How the value is given: typed, or computed from what it counts (e.g. 45 of 120 services × 100). */
export type EntryMode = 'value' | 'ratio';

export interface MeasurementFormValues {
  periodYear: string | null;
  periodStart: string;
  periodEnd: string;
  mode: EntryMode;
  value: string;
  numerator: string;
  denominator: string;
  evidenceUrl: string;
  file: File | null;
  note: string;
  submittedBy: string;
}

export type MeasurementProblem =
  | { key: 'required' | 'number' | 'notNegative' | 'notZero' | 'url' | 'endBeforeStart' }
  | { key: 'belowMin' | 'aboveMax'; limit: string }
  | { key: 'evidence'; problem: EvidenceProblem };

type Catalog = Pick<PlanIndicator['catalog'], 'minValue' | 'maxValue' | 'multiplier'>;

/** The value the entry gives: typed, or numerator / denominator × multiplier; null while it cannot be told. */
export function enteredValue(values: MeasurementFormValues, catalog: Catalog): number | null {
  if (values.mode === 'ratio') return ratioPreview(values.numerator, values.denominator, catalog.multiplier);
  const value = parseDecimal(values.value);
  return value === null ? null : Number(value);
}

const isHttpUrl = (text: string) => {
  try {
    return ['http:', 'https:'].includes(new URL(text).protocol);
  } catch {
    return false;
  }
};

/**
 * What the entry form can tell before sending, by field: the API's own rules (a value or a ratio, a
 * non-negative numerator, a denominator above zero, the catalogue's bounds, an http(s) link) and the
 * evidence file's kind and size. The server checks them all again.
 */
export function measurementProblems(values: MeasurementFormValues, catalog: Catalog) {
  const problems: Partial<Record<keyof MeasurementFormValues, MeasurementProblem>> = {};
  if (!values.periodYear) problems.periodYear = { key: 'required' };
  if (values.periodStart && values.periodEnd && values.periodEnd < values.periodStart)
    problems.periodEnd = { key: 'endBeforeStart' };
  if (values.mode === 'value') {
    if (!values.value.trim()) problems.value = { key: 'required' };
    else if (parseDecimal(values.value) === null) problems.value = { key: 'number' };
  } else {
    const numerator = parseDecimal(values.numerator);
    const denominator = parseDecimal(values.denominator);
    if (!values.numerator.trim()) problems.numerator = { key: 'required' };
    else if (numerator === null) problems.numerator = { key: 'number' };
    else if (Number(numerator) < 0) problems.numerator = { key: 'notNegative' };
    if (!values.denominator.trim()) problems.denominator = { key: 'required' };
    else if (denominator === null) problems.denominator = { key: 'number' };
    else if (Number(denominator) < 0) problems.denominator = { key: 'notNegative' };
    else if (Number(denominator) === 0) problems.denominator = { key: 'notZero' };
  }
  const value = enteredValue(values, catalog);
  const at = values.mode === 'value' ? 'value' : 'denominator';
  if (value !== null && !problems[at]) {
    if (catalog.minValue !== null && value < Number(catalog.minValue))
      problems[at] = { key: 'belowMin', limit: catalog.minValue };
    else if (catalog.maxValue !== null && value > Number(catalog.maxValue))
      problems[at] = { key: 'aboveMax', limit: catalog.maxValue };
  }
  if (values.evidenceUrl.trim() && !isHttpUrl(values.evidenceUrl.trim()))
    problems.evidenceUrl = { key: 'url' };
  if (values.file) {
    const problem = checkEvidence(values.file);
    if (problem) problems.file = { key: 'evidence', problem };
  }
  if (!values.submittedBy.trim()) problems.submittedBy = { key: 'required' };
  return problems;
}

/** The request for a checked entry (the file goes separately, once the measurement exists). */
export function measurementBody(values: MeasurementFormValues): MeasurementCreate {
  const text = (v: string) => v.trim() || undefined;
  return {
    periodYear: Number(values.periodYear),
    ...(values.periodStart ? { periodStart: values.periodStart } : {}),
    ...(values.periodEnd ? { periodEnd: values.periodEnd } : {}),
    ...(values.mode === 'value'
      ? { value: parseDecimal(values.value) as string }
      : {
          numerator: parseDecimal(values.numerator) as string,
          denominator: parseDecimal(values.denominator) as string,
        }),
    ...(text(values.evidenceUrl) ? { evidenceUrl: values.evidenceUrl.trim() } : {}),
    ...(text(values.note) ? { note: values.note.trim() } : {}),
    submittedBy: values.submittedBy.trim(),
  };
}

/** The signed-in account, as the session names it. */
export interface Account {
  name: string;
  email: string;
}

const same = (a: string | null | undefined, b: string) =>
  Boolean(a) && a?.trim().toLowerCase() === b.trim().toLowerCase();

/** What a value's card offers a reader about its verdict. */
export type JudgeView =
  /** The verify and reject buttons. */
  | 'controls'
  /** A note: the reader's account submitted the value (or last changed it or its evidence). */
  | 'ownAccount'
  /** A note: the reader is the person named as its reporter. */
  | 'ownName'
  | 'none';

/**
 * Whether the reader may verify or reject a submitted value, and if not, why. The API refuses the
 * verdict of the account that submitted it (it says so in `submittedByYou`), and a verifier whose name —
 * the account's, as the verdict records it — is the reporter's. The submitting account is told so even
 * without the right to judge.
 */
export function judgeView(
  measurement: Pick<Measurement, 'status' | 'submittedBy' | 'submittedByYou'>,
  canJudge: boolean,
  account: Account,
): JudgeView {
  if (measurement.status !== 'submitted') return 'none';
  if (measurement.submittedByYou) return 'ownAccount';
  if (!canJudge) return 'none';
  return same(measurement.submittedBy, account.name) ? 'ownName' : 'controls';
}
