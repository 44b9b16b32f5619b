import { Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { PageLoader } from '../../components/page-loader.tsx';
import { QueryError } from '../../components/query-error.tsx';
import { currentLanguage, type Language } from '../../i18n/i18n.ts';
import { HomeSection } from '../workbench/home/home-section.tsx';
import { usePlanContext } from '../workbench/plan-context.ts';
import { useOpenDataIndex } from './api.ts';
import { DatasetCard } from './dataset-card.tsx';

/**
 * The plan's open data: programmes, indicators and budgets. The columns are described in the reader's
 * language; the files carry the language chosen for files.
 */
export function OpenDataSection({ language }: { language: Language }) {
  const { t } = useTranslation();
  const { plan } = usePlanContext();
  const index = useOpenDataIndex(plan.id, currentLanguage());
  return (
    <HomeSection title={t('documents.openData.title')}>
      <Text size="sm" c="dimmed" maw={720}>
        {t('documents.openData.intro')}
      </Text>
      {index.isError ? (
        <QueryError error={index.error} onRetry={() => index.refetch()} />
      ) : !index.data ? (
        <PageLoader />
      ) : (
        <Stack gap="md">
          {index.data.datasets.map((dataset) => (
            <DatasetCard key={dataset.name} planId={plan.id} dataset={dataset} language={language} />
          ))}
        </Stack>
      )}
    </HomeSection>
  );
}
