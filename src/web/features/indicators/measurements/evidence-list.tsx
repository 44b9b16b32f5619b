import { ActionIcon, Anchor, FileButton, Group, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { EVIDENCE_MAX_FILES } from '../../../../shared/evidence.ts';
import { ApiError } from '../../../api/problem.ts';
import { problemMessage } from '../../../api/problem-message.ts';
import { type Measurement, useDeleteEvidence } from '../api.ts';
import { checkEvidence, EVIDENCE_ACCEPT, EVIDENCE_MAX_MEGABYTES } from './evidence-check.ts';
import { useUploadEvidence } from './evidence-upload.ts';

const size = (bytes: number) =>
  bytes < 1024 * 1024 ? `${Math.ceil(bytes / 1024)} KB` : `${(bytes / 1024 / 1024).toFixed(1)} MB`;

/** A measurement's evidence: its link and files to download; a contributor adds or removes files. */
export function EvidenceList({
  measurement,
  planId,
  canChange,
}: {
  measurement: Measurement;
  planId: string;
  canChange: boolean;
}) {
  const { t } = useTranslation();
  const upload = useUploadEvidence(planId);
  const remove = useDeleteEvidence(planId);
  const [problem, setProblem] = useState<string | null>(null);
  const none =
    !measurement.evidenceUrl && !measurement.evidenceFile && measurement.evidenceFiles.length === 0;

  const send = (file: File | null) => {
    if (!file) return;
    const local = checkEvidence(file);
    if (local) {
      setProblem(t(`indicators.evidence.problem.${local}`, { max: EVIDENCE_MAX_MEGABYTES }));
      return;
    }
    setProblem(null);
    upload.mutate(
      { measurementId: measurement.id, file },
      {
        onError: (error) =>
          setProblem(
            error instanceof ApiError
              ? (error.fieldMessages().file ?? problemMessage(t, error))
              : problemMessage(t, error),
          ),
      },
    );
  };

  return (
    <Stack gap={2}>
      <Text size="xs" c="dimmed">
        {t('indicators.evidence.title')}
      </Text>
      {none && (
        <Text size="sm" c="orange.8">
          {t('indicators.evidence.none')}
        </Text>
      )}
      {measurement.evidenceUrl && (
        <Anchor
          href={measurement.evidenceUrl}
          target="_blank"
          rel="noopener noreferrer"
          size="sm"
          style={{ overflowWrap: 'anywhere' }}
        >
          {measurement.evidenceUrl}
        </Anchor>
      )}
      {measurement.evidenceFile && (
        <Text size="sm" style={{ overflowWrap: 'anywhere' }}>
          {measurement.evidenceFile}
        </Text>
      )}
      {measurement.evidenceFiles.map((file) => (
        <Group key={file.id} gap={4} wrap="nowrap">
          <Anchor
            href={file.downloadUrl}
            download={file.fileName}
            size="sm"
            style={{ overflowWrap: 'anywhere' }}
          >
            {file.fileName}
          </Anchor>
          <Text size="xs" c="dimmed" style={{ whiteSpace: 'nowrap' }}>
            {size(file.sizeBytes)}
          </Text>
          {canChange && (
            <ActionIcon
              size="sm"
              variant="subtle"
              color="red"
              aria-label={t('indicators.evidence.remove', { name: file.fileName })}
              loading={remove.isPending && remove.variables === file.id}
              onClick={() => remove.mutate(file.id)}
            >
              ×
            </ActionIcon>
          )}
        </Group>
      ))}
      {problem && (
        <Text size="sm" c="red" role="alert">
          {problem}
        </Text>
      )}
      {canChange && measurement.evidenceFiles.length < EVIDENCE_MAX_FILES && (
        <FileButton onChange={send} accept={EVIDENCE_ACCEPT}>
          {(props) => (
            <Anchor component="button" type="button" size="sm" {...props} style={{ alignSelf: 'flex-start' }}>
              {upload.isPending ? t('indicators.evidence.uploading') : t('indicators.evidence.add')}
            </Anchor>
          )}
        </FileButton>
      )}
    </Stack>
  );
}
