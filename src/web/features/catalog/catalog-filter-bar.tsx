import { Group, Select, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { INDICATOR_SOURCES, INDICATOR_THEMES } from '../../../shared/domain.ts';
import type { CatalogFilters, Source, Theme } from './catalog-filters.ts';

interface Props {
  filters: CatalogFilters;
  /** How many entries of the whole catalogue each source has; a source without any is not offered. */
  sourceCounts: Record<Source, number>;
  onQuery: (query: string) => void;
  onSource: (source: Source | null) => void;
  onTheme: (theme: Theme | null) => void;
}

/** Search, source and theme: side by side on a wide screen, one under the other on a phone. */
export function CatalogFilterBar({ filters, sourceCounts, onQuery, onSource, onTheme }: Props) {
  const { t } = useTranslation();
  const sources = INDICATOR_SOURCES.filter((s) => sourceCounts[s] > 0 || s === filters.source);
  return (
    <Group role="search" aria-label={t('catalog.filters.label')} grow align="flex-start" gap="sm" wrap="wrap">
      <TextInput
        label={t('catalog.filters.search')}
        description={t('catalog.filters.searchHint')}
        type="search"
        value={filters.query}
        onChange={(event) => onQuery(event.currentTarget.value)}
        style={{ minWidth: 220 }}
      />
      <Select
        label={t('catalog.filters.source')}
        placeholder={t('catalog.filters.any')}
        data={sources.map((s) => ({
          value: s,
          label: t('catalog.filters.sourceCount', {
            source: t(`indicators.source.${s}`),
            count: sourceCounts[s],
          }),
        }))}
        value={filters.source}
        onChange={(value) => onSource(value as Source | null)}
        clearable
        style={{ minWidth: 200 }}
      />
      <Select
        label={t('catalog.filters.theme')}
        placeholder={t('catalog.filters.any')}
        data={INDICATOR_THEMES.map((th) => ({ value: th, label: t(`indicators.theme.${th}`) }))}
        value={filters.theme}
        onChange={(value) => onTheme(value as Theme | null)}
        clearable
        searchable
        style={{ minWidth: 200 }}
      />
    </Group>
  );
}
