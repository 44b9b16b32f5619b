import { fieldMessage } from '../../../api/field-message.ts';
import type { FieldError } from '../../../api/problem.ts';
import type { Language } from '../../../i18n/i18n.ts';
import type { Measurement, MeasurementUpdate } from '../api.ts';
import { inputDecimal, parseDecimal } from '../values.ts';
import type { MeasurementFormValues } from './measurement-input.ts';

/**
 * A value awaiting its verdict, or one rejected, is corrected by those who may enter values; a verified
 * one stays as checked (the API would take a change, but it would undo the verification).
 */
export const mayCorrect = (measurement: Pick<Measurement, 'status'>, canContribute: boolean) =>
  canContribute && (measurement.status === 'submitted' || measurement.status === 'rejected');

/** The stored value as the entry form shows it: as entered, numerator and denominator where it has them. */
export function correctionValues(m: Measurement, language: Language): MeasurementFormValues {
  const ratio = m.numerator !== null && m.denominator !== null;
  return {
    periodYear: String(m.periodYear),
    periodStart: m.periodStart ?? '',
    periodEnd: m.periodEnd ?? '',
    mode: ratio ? 'ratio' : 'value',
    // Filled in either way, so that switching to a typed value starts from the stored one.
    value: inputDecimal(m.value, language),
    numerator: inputDecimal(m.numerator, language),
    denominator: inputDecimal(m.denominator, language),
    evidenceUrl: m.evidenceUrl ?? '',
    file: null,
    note: m.note ?? '',
    submittedBy: m.submittedBy ?? '',
  };
}

/**
 * The PATCH for a checked correction (without its version): every field the form shows, an emptied one
 * as null so that it is cleared; the value typed, or numerator and denominator, never both.
 */
export function correctionBody(values: MeasurementFormValues): Omit<MeasurementUpdate, 'version'> {
  const text = (v: string) => v.trim() || null;
  return {
    periodYear: Number(values.periodYear),
    periodStart: values.periodStart || null,
    periodEnd: values.periodEnd || null,
    ...(values.mode === 'value'
      ? { value: parseDecimal(values.value) as string }
      : {
          numerator: parseDecimal(values.numerator) as string,
          denominator: parseDecimal(values.denominator) as string,
        }),
    evidenceUrl: text(values.evidenceUrl),
    note: text(values.note),
    submittedBy: values.submittedBy.trim(),
  };
}

export interface PlacedMeasurementErrors {
  /** Messages by form field, for the inputs on screen. */
  fields: Record<string, string>;
  /** Messages about nothing on screen, for an alert above the form. */
  unplaced: string[];
}

const ALWAYS_SHOWN = new Set(['periodYear', 'evidenceUrl', 'file', 'note', 'submittedBy']);

/**
 * Puts the API's field errors next to the inputs the form shows. A value computed from numerator and
 * denominator that breaks the bounds is refused on `value`, which the ratio entry does not show: it goes
 * by the denominator, as the form's own check puts it. What has no input on screen (the period dates of
 * a yearly indicator, the other way of entry, the version) is said above the form.
 */
export function placeMeasurementErrors(
  errors: readonly FieldError[],
  shown: { mode: MeasurementFormValues['mode']; periodDates: boolean },
): PlacedMeasurementErrors {
  const inputs = new Set(ALWAYS_SHOWN);
  for (const name of shown.mode === 'value' ? ['value'] : ['numerator', 'denominator']) inputs.add(name);
  if (shown.periodDates) for (const name of ['periodStart', 'periodEnd']) inputs.add(name);
  const fields: Record<string, string> = {};
  const unplaced: string[] = [];
  for (const error of errors) {
    const message = fieldMessage(error);
    const name = error.field === 'value' && shown.mode === 'ratio' ? 'denominator' : error.field;
    if (error.in === 'body' && inputs.has(name)) fields[name] ??= message;
    else unplaced.push(`${error.field}: ${message}`);
  }
  return { fields, unplaced };
}
