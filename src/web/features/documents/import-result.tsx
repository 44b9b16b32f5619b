import { Alert, Group, Stack, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ImportMode, WorksheetImportResult } from './api.ts';
import { groupProblems, importOutcome, outcomeColor } from './import-report.ts';

const COUNTS = ['created', 'updated', 'unchanged'] as const;

/** The answer of a check or an import: what it means, the counts, and each bad cell by sheet. */
export function ImportResult({
  result,
  dryRun,
  mode,
}: {
  result: WorksheetImportResult;
  dryRun: boolean;
  mode: ImportMode;
}) {
  const { t } = useTranslation();
  const outcome = importOutcome(result, { dryRun, mode });
  const groups = groupProblems(result.problems);
  return (
    <Stack gap="sm" aria-live="polite">
      <Alert
        color={outcomeColor(outcome)}
        title={t(dryRun ? 'documents.worksheet.import.checkTitle' : 'documents.worksheet.import.importTitle')}
      >
        <Text size="sm">{t(`documents.worksheet.import.outcome.${outcome}`)}</Text>
        <Group gap="lg" mt="xs" mb={0} component="dl">
          {[
            ...COUNTS.map((key) => [key, result[key]] as const),
            ['problems', result.problems.length] as const,
          ].map(([key, value]) => (
            <Group key={key} gap={4} wrap="nowrap">
              <Text component="dt" size="sm">
                {t(`documents.worksheet.import.counts.${key}`)}:
              </Text>
              <Text component="dd" size="sm" fw={700} m={0}>
                {value}
              </Text>
            </Group>
          ))}
        </Group>
      </Alert>
      {groups.map((group) => (
        <Table.ScrollContainer key={group.sheet} minWidth={420}>
          <Table fz="sm" verticalSpacing={4} striped>
            <caption style={{ captionSide: 'top', textAlign: 'left', fontWeight: 600 }}>
              {t('documents.worksheet.import.problems', { sheet: group.sheet })}
            </caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th w={80}>{t('documents.worksheet.import.problem.row')}</Table.Th>
                <Table.Th w={90}>{t('documents.worksheet.import.problem.column')}</Table.Th>
                <Table.Th>{t('documents.worksheet.import.problem.message')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {group.problems.map((problem, i) => (
                // A row may have several problems in one column: the position in the report keeps them apart.
                // biome-ignore lint/suspicious/noArrayIndexKey: the report is shown as sent and never reordered
                <Table.Tr key={i}>
                  <Table.Td>{problem.row}</Table.Td>
                  <Table.Td>{problem.column}</Table.Td>
                  <Table.Td>{problem.message}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      ))}
    </Stack>
  );
}
