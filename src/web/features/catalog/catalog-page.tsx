// The theme, source and direction words are the indicator screens'; the catalogue's own come after.
import '../indicators/i18n/register.ts';
import './i18n/register.ts';
import { Alert, Anchor, Group, Stack, Text, Title } from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';
import { useDeferredValue, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { PageLoader } from '../../components/page-loader.tsx';
import { QueryError } from '../../components/query-error.tsx';
import { currentLanguage } from '../../i18n/i18n.ts';
import { useSession } from '../auth/api.ts';
import { useCan } from '../auth/use-can.ts';
import { useCatalog } from '../indicators/api.ts';
import { type Region, useRegions } from '../regions/api.ts';
import { CatalogExport } from './catalog-export.tsx';
import { CatalogFilterBar } from './catalog-filter-bar.tsx';
import { countBySource, filterCatalog, groupByTheme, parseCatalogFilters } from './catalog-filters.ts';
import { CatalogList, PAGE_SIZE } from './catalog-list.tsx';
import { CatalogImport } from './import/catalog-import.tsx';
import { catalogPath } from './path.ts';

/**
 * /indicators/catalog — the indicator catalogue, public: search it, filter it by source and theme, read
 * each entry's definition, download it. `?region=` (id or BPS code) adds a regency's own indicators.
 * Whoever may import there (the platform admin nationally, a regency admin for its own) imports a file.
 */
export function CatalogPage() {
  const { t } = useTranslation();
  const language = currentLanguage();
  const [params, setParams] = useSearchParams();
  const regionParam = params.get('region');
  const regions = useRegions();
  const region = regionParam
    ? (regions.data?.find((r) => r.id === regionParam || r.code === regionParam) ?? null)
    : null;
  const catalog = useCatalog(region?.id ?? '', !regionParam || region !== null);
  useDocumentTitle(`${t('catalog.title')}${region ? ` · ${region.name}` : ''} · ${t('app.name')}`);

  const [query, setQuery] = useState('');
  const deferredQuery = useDeferredValue(query);
  const { source, theme } = parseCatalogFilters(params);
  const filters = useMemo(() => ({ source, theme, query: deferredQuery }), [source, theme, deferredQuery]);
  const filterKey = `${source}|${theme}|${deferredQuery}`;
  // More is shown on request; a change of the filters starts again at the first part.
  const [paging, setPaging] = useState({ key: filterKey, shown: PAGE_SIZE });
  const shown = paging.key === filterKey ? paging.shown : PAGE_SIZE;

  const entries = catalog.data;
  const found = useMemo(() => (entries ? filterCatalog(entries, filters) : []), [entries, filters]);
  const groups = useMemo(() => groupByTheme(found), [found]);
  const sourceCounts = useMemo(() => countBySource(entries ?? []), [entries]);

  if (regionParam && regions.isError)
    return <QueryError error={regions.error} onRetry={() => regions.refetch()} />;
  if (regionParam && regions.isPending) return <PageLoader />;
  if (regionParam && !region)
    return (
      <Alert color="yellow" title={t('errors.notFound')}>
        <Anchor component={Link} to={catalogPath()}>
          {t('catalog.title')}
        </Anchor>
      </Alert>
    );

  const setParam = (name: 'source' | 'theme', value: string | null) => {
    const next = new URLSearchParams(params);
    if (value) next.set(name, value);
    else next.delete(name);
    setParams(next, { replace: true });
  };

  return (
    <Stack gap="lg">
      <Group justify="space-between" align="flex-start" gap="md">
        <div style={{ flex: '1 1 24rem', minWidth: 0 }}>
          <Title order={1}>{t('catalog.title')}</Title>
          {region && (
            <Text fw={600} mt={4}>
              {t('catalog.introRegion', { region: region.name })}
            </Text>
          )}
          <Text size="sm" mt={4}>
            {t('catalog.intro')}
          </Text>
        </div>
        <CatalogExport region={region} />
      </Group>
      <ImportOrHint region={region} regions={regions.data ?? []} />
      <CatalogFilterBar
        filters={{ ...filters, query }}
        sourceCounts={sourceCounts}
        onQuery={setQuery}
        onSource={(source) => setParam('source', source)}
        onTheme={(theme) => setParam('theme', theme)}
      />
      {catalog.isError && <QueryError error={catalog.error} onRetry={() => catalog.refetch()} />}
      {catalog.isPending && <PageLoader />}
      {entries && (
        <>
          <Text size="sm" c="dimmed" aria-live="polite">
            {entries.length === 0
              ? t('catalog.empty')
              : found.length === 0
                ? t('catalog.noMatch')
                : t('catalog.found', { count: found.length })}
          </Text>
          <CatalogList
            groups={groups}
            total={found.length}
            shown={shown}
            onMore={() => setPaging({ key: filterKey, shown: shown + PAGE_SIZE })}
            language={language}
          />
        </>
      )}
    </Stack>
  );
}

/**
 * The import, for whoever may import into the catalogue shown. A regency admin on the national page is
 * pointed to their own regency's page instead, where their local indicators are imported.
 */
function ImportOrHint({ region, regions }: { region: Region | null; regions: Region[] }) {
  const { t } = useTranslation();
  const can = useCan();
  const session = useSession();
  const place = { regionId: region?.id ?? null, planId: null, planStatus: null, opdIds: [] };
  if (can('administer', place)) return <CatalogImport region={region} />;
  if (region) return null;
  const own = new Set(
    (session.data?.roles ?? []).filter((r) => r.role === 'regency_admin').map((r) => r.regionId),
  );
  const ownRegions = regions.filter((r) => own.has(r.id));
  if (ownRegions.length === 0) return null;
  return (
    <Text size="sm">
      {t('catalog.ownRegions')}{' '}
      {ownRegions.map((r, i) => (
        <span key={r.id}>
          {i > 0 && ', '}
          <Anchor component={Link} to={catalogPath(r.id)}>
            {t('catalog.regionLink', { region: r.name })}
          </Anchor>
        </span>
      ))}
    </Text>
  );
}
