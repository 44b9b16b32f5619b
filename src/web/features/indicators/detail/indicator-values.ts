import { INDICATOR_CRITERIA } from '../../../../shared/domain.ts';
import type { Language } from '../../../i18n/i18n.ts';
import { sameValue } from '../../../lib/merge.ts';
import type { Criterion, PlanIndicator, PlanIndicatorUpdate } from '../api.ts';
import { inputDecimal, parseDecimal } from '../values.ts';

type Frequency = PlanIndicator['frequency'];
type Availability = PlanIndicator['availability'][number]['status'];

export interface AvailabilityRow {
  opdId: string | null;
  status: Availability;
  note: string;
}

/** The indicator's form: what a person types, as text, before it is read as the API's values. */
export interface IndicatorFormValues {
  pillarId: string;
  elementId: string | null;
  producerOpdId: string | null;
  frequency: Frequency;
  baselineYear: string;
  baselineValue: string;
  baselineSource: string;
  /** By year. */
  targets: Record<string, string>;
  assessments: Record<Criterion, { score: string | null; rationale: string }>;
  availability: AvailabilityRow[];
  programIds: string[];
}

/** The fields the form changes, in the API's shape (a PATCH names only those that changed). */
export type IndicatorFields = Required<Omit<PlanIndicatorUpdate, 'version' | 'unit'>>;
export const INDICATOR_FIELDS = [
  'pillarId',
  'elementId',
  'producerOpdId',
  'frequency',
  'baselineYear',
  'baselineValue',
  'baselineSource',
  'targets',
  'assessments',
  'availability',
  'programIds',
] as const satisfies readonly (keyof IndicatorFields)[];

export function formValuesOf(indicator: PlanIndicator, language: Language): IndicatorFormValues {
  const scored = new Map(indicator.assessments.map((a) => [a.criterion, a]));
  return {
    pillarId: indicator.pillarId,
    elementId: indicator.elementId,
    producerOpdId: indicator.producerOpdId,
    frequency: indicator.frequency,
    baselineYear: indicator.baselineYear === null ? '' : String(indicator.baselineYear),
    baselineValue: inputDecimal(indicator.baselineValue, language),
    baselineSource: indicator.baselineSource ?? '',
    targets: Object.fromEntries(
      indicator.targets.map((t) => [String(t.year), inputDecimal(t.value, language)]),
    ),
    assessments: Object.fromEntries(
      INDICATOR_CRITERIA.map((criterion) => {
        const a = scored.get(criterion);
        return [criterion, { score: a ? String(a.score) : null, rationale: a?.rationale ?? '' }];
      }),
    ) as IndicatorFormValues['assessments'],
    availability: indicator.availability.map((a) => ({
      opdId: a.opdId,
      status: a.status,
      note: a.note ?? '',
    })),
    programIds: [...indicator.programIds],
  };
}

const text = (value: string) => value.trim() || null;
/** A number as the API takes it; text that is none is kept as typed, so that it still counts as a change. */
const decimal = (value: string) => (value.trim() ? (parseDecimal(value) ?? value.trim()) : null);
const year = (value: string) => (/^\d{4}$/.test(value.trim()) ? Number(value.trim()) : text(value));

/**
 * The form's values in the API's shape, in one order whatever order they were typed or stored in, so
 * that "changed" means changed: targets by year, criteria in their order, OPDs and programmes by id.
 */
export function fieldsOf(values: IndicatorFormValues): IndicatorFields {
  return {
    pillarId: values.pillarId,
    elementId: values.elementId,
    producerOpdId: values.producerOpdId,
    frequency: values.frequency,
    baselineYear: year(values.baselineYear) as number | null,
    baselineValue: decimal(values.baselineValue),
    baselineSource: text(values.baselineSource),
    targets: Object.entries(values.targets)
      .filter(([, value]) => value.trim() !== '')
      .map(([y, value]) => ({ year: Number(y), value: decimal(value) as string }))
      .sort((a, b) => a.year - b.year),
    assessments: INDICATOR_CRITERIA.flatMap((criterion) => {
      const a = values.assessments[criterion];
      return a?.score ? [{ criterion, score: Number(a.score), rationale: text(a.rationale) }] : [];
    }),
    availability: values.availability
      .filter((row): row is AvailabilityRow & { opdId: string } => row.opdId !== null)
      .map((row) => ({ opdId: row.opdId, status: row.status, note: text(row.note) }))
      .sort((a, b) => a.opdId.localeCompare(b.opdId)),
    programIds: [...values.programIds].sort(),
  };
}

/** The fields of `mine` that differ from `base`. */
export function changedFields(base: IndicatorFields, mine: IndicatorFields): Partial<IndicatorFields> {
  const changes: Partial<Record<keyof IndicatorFields, unknown>> = {};
  for (const field of INDICATOR_FIELDS)
    if (!sameValue(base[field], mine[field])) changes[field] = mine[field];
  return changes as Partial<IndicatorFields>;
}
