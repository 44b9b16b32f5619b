import { Button, Select, SimpleGrid } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { PROGRESS_CLASSES, type ProgressClass } from '../../../../shared/indicator-progress.ts';
import type { IndicatorNames } from '../use-names.ts';
import { hasFilters, type IndicatorFilters, QUALITY_FILTERS, type QualityFilter } from './filters.ts';

interface Props {
  filters: IndicatorFilters;
  onChange: (next: IndicatorFilters) => void;
  names: IndicatorNames;
  /** The OPDs that produce some indicator of the plan: the only ones worth offering. */
  producerIds: string[];
}

/** The list's filters; each is a part of the address, so a filtered view is a link to share. */
export function FilterBar({ filters, onChange, names, producerIds }: Props) {
  const { t } = useTranslation();
  const set = (patch: Partial<IndicatorFilters>) => onChange({ ...filters, ...patch });
  const elements = names.elements.filter((e) => !filters.pillar || e.pillarId === filters.pillar);
  const any = t('indicators.list.filters.any');

  return (
    <SimpleGrid
      cols={{ base: 2, md: 3, lg: 6 }}
      spacing="sm"
      role="search"
      aria-label={t('indicators.list.filters.label')}
    >
      <Select
        label={t('indicators.list.filters.pillar')}
        placeholder={any}
        data={names.pillars.map((p) => ({ value: p.id, label: names.name(p) }))}
        value={filters.pillar}
        // An element belongs to one pillar: another pillar drops it.
        onChange={(pillar) => set({ pillar, element: null })}
        clearable
        size="sm"
      />
      <Select
        label={t('indicators.list.filters.element')}
        placeholder={any}
        data={elements.map((e) => ({ value: e.id, label: names.name(e) }))}
        value={filters.element}
        onChange={(element) => set({ element })}
        clearable
        size="sm"
      />
      <Select
        label={t('indicators.list.filters.opd')}
        placeholder={any}
        data={producerIds.map((id) => ({ value: id, label: names.opdName(id) }))}
        value={filters.opd}
        onChange={(opd) => set({ opd })}
        searchable
        clearable
        size="sm"
      />
      <Select
        label={t('indicators.list.filters.progress')}
        placeholder={any}
        data={PROGRESS_CLASSES.map((c) => ({ value: c, label: t(`indicators.progress.${c}`) }))}
        value={filters.progress}
        onChange={(progress) => set({ progress: progress as ProgressClass | null })}
        clearable
        size="sm"
      />
      <Select
        label={t('indicators.list.filters.quality')}
        placeholder={any}
        data={QUALITY_FILTERS.map((q) => ({ value: q, label: t(`indicators.list.filters.${q}`) }))}
        value={filters.quality}
        onChange={(quality) => set({ quality: quality as QualityFilter | null })}
        clearable
        size="sm"
      />
      {hasFilters(filters) && (
        <Button
          variant="subtle"
          size="sm"
          style={{ alignSelf: 'end' }}
          onClick={() => onChange({ pillar: null, element: null, opd: null, progress: null, quality: null })}
        >
          {t('indicators.list.filters.clear')}
        </Button>
      )}
    </SimpleGrid>
  );
}
