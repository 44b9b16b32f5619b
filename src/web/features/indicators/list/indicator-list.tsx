import { Alert, Stack, Text, Title } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import type { PlanIndicator } from '../api.ts';
import type { IndicatorNames } from '../use-names.ts';
import { FilterBar } from './filter-bar.tsx';
import { applyFilters, groupByPillar, hasFilters, parseFilters, withFilters } from './filters.ts';
import { IndicatorCards } from './indicator-cards.tsx';
import { IndicatorTable } from './indicator-table.tsx';

interface Props {
  planId: string;
  indicators: PlanIndicator[];
  names: IndicatorNames;
}

/** The plan's indicators under their pillars, filtered as the address says: a table, or cards on a phone. */
export function IndicatorList({ planId, indicators, names }: Props) {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const search = params.toString();
  // biome-ignore lint/correctness/useExhaustiveDependencies: the address is what the filters are read from
  const filters = useMemo(() => parseFilters(params), [search]);
  // One layout at a time (not both hidden by CSS), so each link exists once on the page.
  const phone = useMediaQuery('(max-width: 48em)', false, { getInitialValueInEffect: false });
  const shown = useMemo(() => applyFilters(indicators, filters), [indicators, filters]);
  const groups = groupByPillar(shown, names.pillars, names.elementOrder, filters.pillar);
  const producerIds = useMemo(
    () =>
      [...new Set(indicators.flatMap((i) => (i.producerOpdId ? [i.producerOpdId] : [])))].sort((a, b) =>
        names.opdCode(a).localeCompare(names.opdCode(b)),
      ),
    [indicators, names],
  );
  const Rows = phone ? IndicatorCards : IndicatorTable;

  return (
    <Stack gap="md">
      <FilterBar
        filters={filters}
        onChange={(next) => setParams(withFilters(params, next), { replace: true })}
        names={names}
        producerIds={producerIds}
      />
      <Text size="sm" c="dimmed" aria-live="polite">
        {hasFilters(filters)
          ? t('indicators.list.shownOf', { count: shown.length, total: indicators.length })
          : t('indicators.list.count', { count: indicators.length })}
      </Text>
      {indicators.length === 0 && <Alert color="blue">{t('indicators.list.empty')}</Alert>}
      {indicators.length > 0 && shown.length === 0 && (
        <Alert color="yellow">{t('indicators.list.emptyFiltered')}</Alert>
      )}
      {groups.map(({ pillar, indicators: rows }) => (
        <Stack key={pillar.id} component="section" gap="xs" aria-label={names.name(pillar)}>
          <Title order={3} size="h4">
            {names.name(pillar)}{' '}
            <Text span c="dimmed" size="sm">
              ({rows.length})
            </Text>
          </Title>
          {rows.length === 0 ? (
            <Text size="sm" c="dimmed">
              {t('indicators.list.noneInPillar')}
            </Text>
          ) : (
            <Rows planId={planId} caption={names.name(pillar)} indicators={rows} names={names} />
          )}
        </Stack>
      ))}
    </Stack>
  );
}
