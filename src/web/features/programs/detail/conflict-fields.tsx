import { Text } from '@mantine/core';
import type { TFunction } from 'i18next';
import type { ReactNode } from 'react';
import type { ConflictField } from '../../../components/conflict-dialog.tsx';
import { formatRupiah } from '../../../lib/format.ts';
import type { ProgramLookups } from './lookups.ts';
import { PROGRAM_FIELDS, type ProgramFieldName, type ProgramFields } from './program-values.ts';

type Budgets = ProgramFields['budgets'];
type Targets = ProgramFields['targets'];

/**
 * The programme's fields for the conflict dialog: labels from this feature, and each value as a person
 * reads it (names instead of ids, rupiah, one line per year).
 */
export function conflictFields(t: TFunction, lookups: ProgramLookups): ConflictField[] {
  const empty = (
    <Text span c="dimmed">
      {t('conflict.empty')}
    </Text>
  );
  const ids =
    (name: (id: string) => string, none: ReactNode = empty) =>
    (value: unknown) =>
      Array.isArray(value) && value.length > 0 ? value.map((id) => name(String(id))).join(', ') : none;
  const one = (name: (id: string) => string) => (value: unknown) =>
    typeof value === 'string' && value ? name(value) : empty;
  const formats: Partial<Record<ProgramFieldName, (value: unknown) => ReactNode>> = {
    pillarId: one(lookups.pillarName),
    elementId: one(lookups.elementName),
    leadOpdId: one(lookups.opdName),
    missionId: one(lookups.missionText),
    supportingOpdIds: ids(lookups.opdName),
    kecamatanIds: ids(lookups.kecamatanName, t('program.wholeRegency')),
    horizon: (value) => t('program.horizon', { count: Number(value) }),
    budgets: (value) => {
      const lines = value as Budgets;
      if (lines.length === 0) return empty;
      const total = lines.reduce((sum, line) => sum + Number(line.amount), 0);
      return [
        ...lines.map(
          (line) =>
            `${line.year} · ${t(`program.funding.${line.source}`)}: ${formatRupiah(line.amount, lookups.language)}`,
        ),
        `${t('program.budget.total')}: ${formatRupiah(total, lookups.language)}`,
      ].join('\n');
    },
    targets: (value) => {
      const lines = value as Targets;
      return lines.length === 0 ? empty : lines.map((line) => `${line.year}: ${line.target}`).join('\n');
    },
  };
  return PROGRAM_FIELDS.map((key) => {
    const format = formats[key];
    return { key, label: t(`program.fields.${key}`), ...(format ? { format } : {}) };
  });
}
