import './i18n/register.ts';
import { Group, Radio, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { currentLanguage, LANGUAGES, type Language } from '../../i18n/i18n.ts';
import { DocumentFiles } from './document-files.tsx';
import { OpenDataSection } from './open-data-section.tsx';
import { useDownloads } from './use-downloads.ts';
import { WorksheetSection } from './worksheet-section.tsx';

/**
 * /plans/:planId/documents — everything of the plan that leaves Rancang as a file: the master plan and
 * its executive summary (DOCX, PDF), the open data (CSV, JSON), and the group worksheets (XLSX) with
 * their import. Files are written in the language chosen here, the interface's by default.
 */
export function DocumentsPage() {
  const { t } = useTranslation();
  const [language, setLanguage] = useState<Language>(currentLanguage);
  const downloads = useDownloads();
  return (
    <Stack gap="xl">
      <div>
        <Title order={2}>{t('documents.title')}</Title>
        <Text c="dimmed" size="sm" maw={720}>
          {t('documents.intro')}
        </Text>
      </div>
      <Radio.Group
        label={t('documents.language.label')}
        description={t('documents.language.hint')}
        value={language}
        onChange={(value) => setLanguage(value as Language)}
      >
        <Group gap="lg" mt={6}>
          {LANGUAGES.map((code) => (
            <Radio key={code} value={code} label={t(`documents.language.${code}`)} lang={code} />
          ))}
        </Group>
      </Radio.Group>
      <DocumentFiles language={language} downloads={downloads} />
      <OpenDataSection language={language} />
      <WorksheetSection language={language} downloads={downloads} />
    </Stack>
  );
}
