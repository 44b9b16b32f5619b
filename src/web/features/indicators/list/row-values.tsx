import { Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Language } from '../../../i18n/i18n.ts';
import type { PlanIndicator } from '../api.ts';
import { formatValue } from '../values.ts';
import { shownTarget } from './filters.ts';

/** The year the list judges "latest target" from: this calendar year. */
const THIS_YEAR = new Date().getFullYear();

/** "2021: 1,98", or a dash; the year first, as the regencies' tables write it. */
function YearValue({
  year,
  value,
  language,
}: {
  year: number | null;
  value: string | null;
  language: Language;
}) {
  if (year === null || value === null)
    return (
      <Text span size="sm" c="dimmed">
        —
      </Text>
    );
  return (
    <Text span size="sm">
      <Text span c="dimmed" size="sm">
        {year}:
      </Text>{' '}
      {formatValue(value, language)}
    </Text>
  );
}

export function BaselineValue({ indicator, language }: { indicator: PlanIndicator; language: Language }) {
  return <YearValue year={indicator.baselineYear} value={indicator.baselineValue} language={language} />;
}

/** The target the latest value is judged against; one read off the line between targets says so. */
export function TargetValue({ indicator, language }: { indicator: PlanIndicator; language: Language }) {
  const { t } = useTranslation();
  const target = shownTarget(indicator, THIS_YEAR);
  return (
    <>
      <YearValue year={target?.year ?? null} value={target?.value ?? null} language={language} />
      {target?.interpolated && (
        <Text span size="xs" c="dimmed">
          {' '}
          {t('indicators.list.interpolated')}
        </Text>
      )}
    </>
  );
}

/** The latest value that was not rejected, and whether a second person has verified it yet. */
export function LatestValue({ indicator, language }: { indicator: PlanIndicator; language: Language }) {
  const { t } = useTranslation();
  const latest = indicator.latestMeasurement;
  return (
    <>
      <YearValue year={latest?.periodYear ?? null} value={latest?.value ?? null} language={language} />
      {latest && latest.status !== 'verified' && (
        <Text span size="xs" c="dimmed">
          {' '}
          ({t(`indicators.measurementStatus.${latest.status}`)})
        </Text>
      )}
    </>
  );
}
