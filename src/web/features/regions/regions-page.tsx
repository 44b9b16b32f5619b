import { Anchor, Card, SimpleGrid, Stack, Text, TextInput, Title } from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';
import { useDeferredValue, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { PageLoader } from '../../components/page-loader.tsx';
import { QueryError } from '../../components/query-error.tsx';
import { catalogPath } from '../catalog/path.ts';
import { type Region, useRegions } from './api.ts';

const matches = (region: Region, query: string) =>
  `${region.name} ${region.province} ${region.code}`.toLocaleLowerCase().includes(query.toLocaleLowerCase());

/** The public landing page: every region in Rancang, each leading to its page. */
export function RegionsPage() {
  const { t } = useTranslation();
  useDocumentTitle(`${t('regions.title')} · ${t('app.name')}`);
  const regions = useRegions();
  const [query, setQuery] = useState('');
  const deferredQuery = useDeferredValue(query.trim());

  if (regions.isPending) return <PageLoader />;
  if (regions.isError) return <QueryError error={regions.error} onRetry={() => regions.refetch()} />;
  const shown = deferredQuery ? regions.data.filter((r) => matches(r, deferredQuery)) : regions.data;

  return (
    <Stack>
      <div>
        <Title order={1}>{t('regions.title')}</Title>
        <Text c="dimmed">{t('regions.intro')}</Text>
        <Anchor component={Link} to={catalogPath()} size="sm">
          {t('regions.catalogLink')}
        </Anchor>
      </div>
      {regions.data.length === 0 ? (
        <Text>{t('regions.empty')}</Text>
      ) : (
        <>
          <TextInput
            label={t('regions.filter')}
            type="search"
            value={query}
            onChange={(event) => setQuery(event.currentTarget.value)}
            maw={480}
          />
          <Text size="sm" c="dimmed" aria-live="polite">
            {shown.length === 0
              ? t('regions.noMatch', { query: deferredQuery })
              : t('regions.count', { count: shown.length })}
          </Text>
          <SimpleGrid
            cols={{ base: 1, sm: 2, lg: 3 }}
            component="ul"
            p={0}
            m={0}
            style={{ listStyle: 'none' }}
          >
            {shown.map((region) => (
              <Card key={region.id} withBorder component="li">
                <Anchor component={Link} to={`/regions/${region.id}`} fw={600}>
                  {region.name}
                </Anchor>
                <Text size="sm" c="dimmed">
                  {region.province}
                </Text>
              </Card>
            ))}
          </SimpleGrid>
        </>
      )}
    </Stack>
  );
}
