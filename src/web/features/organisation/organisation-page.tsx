import { Stack, Tabs, Text, Title } from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { PageLoader } from '../../components/page-loader.tsx';
import { QueryError } from '../../components/query-error.tsx';
import { useKecamatan, useOpds } from '../workbench/api.ts';
import { usePlanContext } from '../workbench/plan-context.ts';
import { KecamatanSection } from './kecamatan-section.tsx';
import { OpdSection } from './opd-section.tsx';
import { PeopleSection } from './people-section.tsx';
import { SECTIONS, type Section, sectionOf } from './url-state.ts';

/**
 * The regency's organisation behind every plan: its OPD units, kecamatan, and people with their
 * positions. Each section has its own address (`?tab=people`), so a link can open it directly.
 */
export function OrganisationPage() {
  const { t } = useTranslation();
  const { region, can } = usePlanContext();
  const [params, setParams] = useSearchParams();
  const section = sectionOf(params.get('tab'));
  const opds = useOpds(region.id);
  const kecamatan = useKecamatan(region.id);
  const canEdit = can('administer');
  useDocumentTitle(`${t('organisation.title')} · ${region.name} · ${t('app.name')}`);

  // A section's filters belong to it: opening another section starts with its whole list.
  const open = (value: string | null) => {
    const next = sectionOf(value);
    setParams(next === 'opds' ? {} : { tab: next });
  };
  const counts: Record<Section, number | undefined> = {
    opds: opds.data?.length,
    kecamatan: kecamatan.data?.length,
    people: undefined,
  };

  const failed = [opds, kecamatan].find((q) => q.isError);
  return (
    <Stack gap="md">
      <div>
        <Title order={2}>{t('organisation.title')}</Title>
        <Text c="dimmed" maw={760}>
          {t('organisation.intro', { region: region.name })}
        </Text>
      </div>
      <Tabs value={section} onChange={open} keepMounted={false}>
        <Tabs.List>
          {SECTIONS.map((value) => (
            <Tabs.Tab key={value} value={value}>
              {t(`organisation.sections.${value}`)}
              {counts[value] !== undefined && (
                <Text span c="dimmed" size="sm">
                  {` (${counts[value]})`}
                </Text>
              )}
            </Tabs.Tab>
          ))}
        </Tabs.List>
        {failed?.error ? (
          <QueryError error={failed.error} onRetry={() => failed.refetch()} />
        ) : !opds.data || !kecamatan.data ? (
          <PageLoader />
        ) : (
          <>
            <Tabs.Panel value="opds" pt="md">
              <OpdSection
                regionId={region.id}
                opds={opds.data}
                kecamatan={kecamatan.data}
                canEdit={canEdit}
              />
            </Tabs.Panel>
            <Tabs.Panel value="kecamatan" pt="md">
              <KecamatanSection
                regionId={region.id}
                kecamatan={kecamatan.data}
                opds={opds.data}
                canEdit={canEdit}
              />
            </Tabs.Panel>
            <Tabs.Panel value="people" pt="md">
              <PeopleSection
                regionId={region.id}
                regionName={region.name}
                opds={opds.data}
                canRead={can('readInternal')}
                canEdit={canEdit}
              />
            </Tabs.Panel>
          </>
        )}
      </Tabs>
    </Stack>
  );
}
