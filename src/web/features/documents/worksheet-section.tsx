import { Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Language } from '../../i18n/i18n.ts';
import { useSession } from '../auth/api.ts';
import { HomeSection } from '../workbench/home/home-section.tsx';
import { usePlanContext } from '../workbench/plan-context.ts';
import { DownloadButton } from './download-button.tsx';
import { mayImportWorksheet } from './may-import.ts';
import type { useDownloads } from './use-downloads.ts';
import { WorksheetImport } from './worksheet-import.tsx';

/** The workbook for offline group work: anyone who reads the plan downloads it; editors import it back. */
export function WorksheetSection({
  language,
  downloads,
}: {
  language: Language;
  downloads: ReturnType<typeof useDownloads>;
}) {
  const { t } = useTranslation();
  const { plan, place } = usePlanContext();
  const session = useSession();
  const mayImport = mayImportWorksheet(session.data?.roles ?? null, place);
  return (
    <HomeSection title={t('documents.worksheet.title')}>
      <Text size="sm" c="dimmed" maw={720}>
        {t('documents.worksheet.intro')}
      </Text>
      <DownloadButton
        label={t('documents.worksheet.download')}
        state={downloads.stateOf('worksheet')}
        onDownload={() =>
          downloads.start({
            key: 'worksheet',
            path: `/plans/${plan.id}/worksheet.xlsx`,
            language,
            fallbackName: 'worksheet.xlsx',
          })
        }
      />
      {mayImport && <WorksheetImport />}
    </HomeSection>
  );
}
