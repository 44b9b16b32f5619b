import { Button, Card, FileInput, Group, Stack, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../../api/problem.ts';
import { problemMessage } from '../../../api/problem-message.ts';
import type { Region } from '../../regions/api.ts';
import { type ImportResult, useImportCatalog } from '../api.ts';
import { checkImportFile, type FileRefusal, importFileKind, importPayload } from './import-file.ts';
import { type ImportProblem, importProblems } from './import-problems.ts';
import { ImportProblemsTable, ImportSummary } from './import-result.tsx';

type Outcome = { result: ImportResult } | { problems: ImportProblem[] } | null;

/**
 * Import a catalogue file into the national catalogue (`region` null: the platform admin) or a regency's
 * own indicators. "Check first" sends it as a dry run: what would be added or updated, or every problem
 * by line and column. "Import" writes it, all or nothing. A refusal is said next to the file field.
 */
export function CatalogImport({ region }: { region: Region | null }) {
  const { t } = useTranslation();
  const importer = useImportCatalog();
  const [file, setFile] = useState<File | null>(null);
  const [fileError, setFileError] = useState<string | null>(null);
  const [outcome, setOutcome] = useState<Outcome>(null);
  const headingId = 'catalog-import-title';

  const refuse = (reason: FileRefusal | 'unreadable') => setFileError(t(`catalog.import.refused.${reason}`));

  const choose = (chosen: File | null) => {
    setFile(chosen);
    setOutcome(null);
    importer.reset();
    const refusal = chosen ? checkImportFile(chosen) : null;
    setFileError(refusal ? t(`catalog.import.refused.${refusal}`) : null);
  };

  const send = async (dryRun: boolean) => {
    if (!file) return;
    const kind = importFileKind(file);
    const refusal = checkImportFile(file);
    if (!kind || refusal) return refuse(refusal ?? 'kind');
    let text: string;
    try {
      text = await file.text();
    } catch {
      return refuse('unreadable');
    }
    const payload = importPayload(kind, text);
    if (typeof payload === 'string') return refuse(payload);
    setFileError(null);
    setOutcome(null);
    importer.mutate(
      { regionId: region?.id ?? null, payload, dryRun },
      {
        onSuccess: (result) => {
          setOutcome({ result });
          if (!dryRun)
            notifications.show({
              color: 'teal',
              message: t('catalog.import.saved', { count: result.created + result.updated }),
            });
        },
        onError: (error) => {
          if (error instanceof ApiError && error.status === 400 && error.fields.length > 0) {
            const problems = importProblems(error.fields);
            setOutcome({ problems });
            setFileError(t('catalog.import.problems', { count: problems.length }));
          } else setFileError(problemMessage(t, error));
        },
      },
    );
  };

  const busy = importer.isPending;
  const pendingDryRun = importer.variables?.dryRun;
  return (
    <Card withBorder component="section" aria-labelledby={headingId}>
      <Stack gap="sm">
        <div>
          <Title order={2} size="h4" id={headingId}>
            {t('catalog.import.title')}
          </Title>
          <Text size="sm" mt={4}>
            {region
              ? t('catalog.import.introRegion', { region: region.name })
              : t('catalog.import.introNational')}
          </Text>
        </div>
        <FileInput
          label={t('catalog.import.file')}
          placeholder={t('catalog.import.filePlaceholder')}
          accept=".csv,.json,text/csv,application/json"
          value={file}
          onChange={choose}
          error={fileError}
          clearable
          maw={480}
        />
        <Group gap="sm">
          <Button
            variant="light"
            disabled={!file || (busy && !pendingDryRun)}
            loading={busy && pendingDryRun === true}
            onClick={() => void send(true)}
          >
            {t('catalog.import.check')}
          </Button>
          <Button
            disabled={!file || (busy && pendingDryRun === true)}
            loading={busy && pendingDryRun === false}
            onClick={() => void send(false)}
          >
            {t('catalog.import.run')}
          </Button>
        </Group>
        <div aria-live="polite">
          {outcome && 'result' in outcome && <ImportSummary result={outcome.result} />}
          {outcome && 'problems' in outcome && <ImportProblemsTable problems={outcome.problems} />}
        </div>
      </Stack>
    </Card>
  );
}
