import { Button, Select, SimpleGrid, TextInput } from '@mantine/core';
import { useDebouncedCallback } from '@mantine/hooks';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { REVIEW_STATUSES, type ReviewStatus } from '../../../../shared/domain.ts';
import type { Option } from './cell-editor.tsx';
import { hasFilters, type WorksheetFilters } from './filters.ts';

export interface FilterBarProps {
  filters: WorksheetFilters;
  /** `replace`: a change that should not add a history entry per key (the search box). */
  onChange: (next: WorksheetFilters, replace?: boolean) => void;
  opdOptions: Option[];
  elementOptions: Option[];
  years: number[];
}

/** The worksheet's filters; each is a part of the address, so a filtered view is a link to share. */
export function FilterBar({ filters, onChange, opdOptions, elementOptions, years }: FilterBarProps) {
  const { t } = useTranslation();
  const [q, setQ] = useState(filters.q);
  const sendQ = useDebouncedCallback((value: string) => onChange({ ...filters, q: value }, true), 300);
  // The box follows the address when it changes elsewhere (back button, cleared filters).
  useEffect(() => setQ(filters.q), [filters.q]);

  const set = (patch: Partial<WorksheetFilters>) => onChange({ ...filters, ...patch });
  const quickWinValue = filters.quickWin === null ? null : String(filters.quickWin);

  return (
    <SimpleGrid
      cols={{ base: 1, xs: 2, md: 3, lg: 6 }}
      spacing="sm"
      role="search"
      aria-label={t('programs.worksheet.filters.label')}
    >
      <Select
        label={t('programs.worksheet.filters.opd')}
        placeholder={t('programs.worksheet.filters.any')}
        data={opdOptions}
        value={filters.opd}
        onChange={(opd) => set({ opd })}
        searchable
        // Typing a code and pressing Enter picks the first match, without reaching for the arrows.
        selectFirstOptionOnChange
        clearable
        size="sm"
      />
      <Select
        label={t('programs.worksheet.filters.element')}
        placeholder={t('programs.worksheet.filters.any')}
        data={elementOptions}
        value={filters.element}
        onChange={(element) => set({ element })}
        clearable
        size="sm"
      />
      <Select
        label={t('programs.worksheet.filters.year')}
        placeholder={t('programs.worksheet.filters.any')}
        data={years.map(String)}
        value={filters.year === null ? null : String(filters.year)}
        onChange={(year) => set({ year: year ? Number(year) : null })}
        clearable
        size="sm"
      />
      <Select
        label={t('programs.worksheet.filters.quickWin')}
        placeholder={t('programs.worksheet.filters.any')}
        data={[
          { value: 'true', label: t('programs.worksheet.filters.quickWinOnly') },
          { value: 'false', label: t('programs.worksheet.filters.quickWinNot') },
        ]}
        value={quickWinValue}
        onChange={(value) => set({ quickWin: value === null ? null : value === 'true' })}
        clearable
        size="sm"
      />
      <Select
        label={t('programs.worksheet.filters.review')}
        placeholder={t('programs.worksheet.filters.any')}
        data={REVIEW_STATUSES.map((status) => ({
          value: status,
          label: t(`programs.worksheet.review.${status}`),
        }))}
        value={filters.review}
        onChange={(review) => set({ review: review as ReviewStatus | null })}
        clearable
        size="sm"
      />
      <TextInput
        label={t('programs.worksheet.filters.search')}
        value={q}
        onChange={(e) => {
          setQ(e.currentTarget.value);
          sendQ(e.currentTarget.value);
        }}
        type="search"
        size="sm"
      />
      {hasFilters(filters) && (
        <Button
          variant="subtle"
          size="compact-sm"
          onClick={() =>
            onChange({
              ...filters,
              opd: null,
              element: null,
              year: null,
              quickWin: null,
              review: null,
              q: '',
            })
          }
          style={{ justifySelf: 'start' }}
        >
          {t('programs.worksheet.filters.clear')}
        </Button>
      )}
    </SimpleGrid>
  );
}
