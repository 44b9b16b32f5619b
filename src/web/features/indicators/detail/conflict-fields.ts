import type { TFunction } from 'i18next';
import type { ConflictField } from '../../../components/conflict-dialog.tsx';
import type { ProgramOption } from '../api.ts';
import type { IndicatorNames } from '../use-names.ts';
import { formatValue } from '../values.ts';
import { fieldLabel } from './field-labels.ts';
import { INDICATOR_FIELDS, type IndicatorFields } from './indicator-values.ts';

type Lists = Pick<IndicatorFields, 'targets' | 'assessments' | 'availability'>;

/** How each field reads in the merge dialog: names instead of ids, lists on one line. */
export function conflictFields(
  t: TFunction,
  names: IndicatorNames,
  programs: ProgramOption[],
): ConflictField[] {
  const empty = t('conflict.empty');
  const list = (items: string[]) => (items.length ? items.join(' · ') : empty);
  const programCode = new Map(programs.map((p) => [p.id, p.code]));
  const format: Partial<Record<keyof IndicatorFields, (value: unknown) => string>> = {
    pillarId: (v) => names.pillarName(v as string) || empty,
    elementId: (v) => names.elementName(v as string | null) || empty,
    producerOpdId: (v) => names.opdName(v as string | null) || empty,
    frequency: (v) => t(`indicators.frequency.${v as IndicatorFields['frequency']}`),
    baselineValue: (v) => (v === null ? empty : formatValue(v as string, names.language)),
    targets: (v) =>
      list((v as Lists['targets']).map((x) => `${x.year}: ${formatValue(x.value, names.language)}`)),
    assessments: (v) =>
      list(
        (v as Lists['assessments']).map((a) => `${t(`indicators.criteria.${a.criterion}.name`)} ${a.score}`),
      ),
    availability: (v) =>
      list(
        (v as Lists['availability']).map(
          (a) => `${names.opdCode(a.opdId)}: ${t(`indicators.availability.${a.status}`)}`,
        ),
      ),
    programIds: (v) => list((v as string[]).map((id) => programCode.get(id) ?? id)),
  };
  return INDICATOR_FIELDS.map((key) => ({
    key,
    label: fieldLabel(t, key),
    ...(format[key] ? { format: format[key] } : {}),
  }));
}
