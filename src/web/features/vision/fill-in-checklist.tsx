import { Alert, List, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Part } from './statements.ts';

/** What an empty or partly filled plan still lacks, so that the next step of the workshop is plain. */
export function FillInChecklist({ parts, editable }: { parts: Part[]; editable: boolean }) {
  const { t } = useTranslation();
  const label: Record<Part, string> = {
    vision: t('vision.checklist.vision'),
    missions: t('vision.checklist.missions'),
    goals: t('vision.checklist.goals'),
    strategies: t('vision.checklist.strategies'),
  };
  return (
    <Alert color="blue" title={t('vision.checklist.title')}>
      <Text size="sm">{editable ? t('vision.checklist.intro') : t('vision.checklist.readerIntro')}</Text>
      <List size="sm" mt="xs">
        {parts.map((part) => (
          <List.Item key={part}>{label[part]}</List.Item>
        ))}
      </List>
    </Alert>
  );
}
