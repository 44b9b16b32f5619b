import { Select } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useMatch, useNavigate } from 'react-router';
import { useRegions } from '../features/regions/api.ts';

/** Jump to a region's page; shows the region being viewed. Its screens (home, workshops…) come later. */
export function RegionSwitcher() {
  const { t } = useTranslation();
  const regions = useRegions();
  const navigate = useNavigate();
  const current = useMatch('/regions/:regionId/*')?.params.regionId ?? null;
  return (
    <Select
      size="xs"
      w={220}
      aria-label={t('region.switcher')}
      placeholder={t('region.switcherPlaceholder')}
      nothingFoundMessage={t('region.switcherNothingFound')}
      searchable
      disabled={!regions.data}
      value={current}
      data={(regions.data ?? []).map((r) => ({ value: r.id, label: r.name }))}
      onChange={(id) => id && navigate(`/regions/${id}`)}
    />
  );
}
