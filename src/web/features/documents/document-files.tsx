import { Group, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Language } from '../../i18n/i18n.ts';
import { HomeSection } from '../workbench/home/home-section.tsx';
import { usePlanContext } from '../workbench/plan-context.ts';
import { DownloadButton } from './download-button.tsx';
import type { useDownloads } from './use-downloads.ts';

const FILES = [
  { key: 'masterPlanDocx', route: 'document.docx', label: 'documents.files.masterPlanDocx' },
  { key: 'masterPlanPdf', route: 'document.pdf', label: 'documents.files.masterPlanPdf' },
  { key: 'summaryDocx', route: 'summary.docx', label: 'documents.files.summaryDocx' },
] as const;

/** The master plan and its executive summary, built from the plan's data on the server. */
export function DocumentFiles({
  language,
  downloads,
}: {
  language: Language;
  downloads: ReturnType<typeof useDownloads>;
}) {
  const { t } = useTranslation();
  const { plan } = usePlanContext();
  return (
    <HomeSection title={t('documents.files.title')}>
      <Text size="sm" c="dimmed" maw={720}>
        {t('documents.files.intro')}
      </Text>
      <Group gap="md" align="flex-start" wrap="wrap">
        {FILES.map((file, i) => (
          <DownloadButton
            key={file.key}
            label={t(file.label)}
            busyLabel={file.key === 'masterPlanPdf' ? t('documents.files.preparingPdf') : undefined}
            variant={i === 0 ? 'filled' : 'light'}
            state={downloads.stateOf(file.key)}
            onDownload={() =>
              downloads.start({
                key: file.key,
                path: `/plans/${plan.id}/${file.route}`,
                language,
                fallbackName: file.route,
              })
            }
          />
        ))}
      </Group>
      <Text size="xs" c="dimmed">
        {t('documents.files.pdfHint')}
      </Text>
    </HomeSection>
  );
}
