import { Button, FileInput, Group, Paper, Radio, Stack, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { usePlanContext } from '../workbench/plan-context.ts';
import { type ImportMode, useImportWorksheet, type WorksheetImportResult } from './api.ts';
import { ImportResult } from './import-result.tsx';
import { refusalMessage } from './refusal-message.ts';

const XLSX_TYPES = '.xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

interface Answer {
  result: WorksheetImportResult;
  dryRun: boolean;
  mode: ImportMode;
}

/**
 * Import of a filled-in workbook: check it first (nothing is written), then import all or nothing, or
 * only the valid rows. A refused file is explained by the file field; a report lists each bad cell.
 */
export function WorksheetImport() {
  const { t } = useTranslation();
  const { plan } = usePlanContext();
  const importing = useImportWorksheet(plan.id);
  const [file, setFile] = useState<File | null>(null);
  const [mode, setMode] = useState<ImportMode>('all');
  const [fileError, setFileError] = useState<string | null>(null);
  const [answer, setAnswer] = useState<Answer | null>(null);
  const [sending, setSending] = useState<'check' | 'import' | null>(null);

  const send = async (dryRun: boolean) => {
    if (!file) {
      setFileError(t('documents.worksheet.import.chooseFile'));
      return;
    }
    setFileError(null);
    setAnswer(null);
    setSending(dryRun ? 'check' : 'import');
    try {
      const result = await importing.mutateAsync({ file, mode, dryRun });
      setAnswer({ result, dryRun, mode });
    } catch (error) {
      setFileError(refusalMessage(t, error));
    } finally {
      setSending(null);
    }
  };

  return (
    <Paper withBorder p="md">
      <Stack
        component="form"
        gap="md"
        onSubmit={(event) => {
          event.preventDefault();
          void send(false);
        }}
      >
        <Title order={3} size="h4">
          {t('documents.worksheet.import.title')}
        </Title>
        <FileInput
          label={t('documents.worksheet.import.file')}
          placeholder={t('documents.worksheet.import.filePlaceholder')}
          accept={XLSX_TYPES}
          value={file}
          onChange={(chosen) => {
            setFile(chosen);
            setFileError(null);
            setAnswer(null);
          }}
          error={fileError}
          clearable
          maw={520}
        />
        <Radio.Group
          label={t('documents.worksheet.import.mode')}
          value={mode}
          onChange={(value) => {
            setMode(value as ImportMode);
            setAnswer(null);
          }}
        >
          <Stack gap="xs" mt={6}>
            <Radio
              value="all"
              label={t('documents.worksheet.import.modeAll')}
              description={t('documents.worksheet.import.modeAllHint')}
            />
            <Radio
              value="valid"
              label={t('documents.worksheet.import.modeValid')}
              description={t('documents.worksheet.import.modeValidHint')}
            />
          </Stack>
        </Radio.Group>
        <Group gap="sm">
          <Button
            type="button"
            variant="default"
            loading={sending === 'check'}
            disabled={sending === 'import'}
            onClick={() => void send(true)}
          >
            {t('documents.worksheet.import.check')}
          </Button>
          <Button type="submit" loading={sending === 'import'} disabled={sending === 'check'}>
            {t('documents.worksheet.import.submit')}
          </Button>
        </Group>
        {answer && <ImportResult result={answer.result} dryRun={answer.dryRun} mode={answer.mode} />}
      </Stack>
    </Paper>
  );
}
