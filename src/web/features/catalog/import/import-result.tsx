import { Alert, Code, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { fieldMessage } from '../../../api/field-message.ts';
import type { ImportResult } from '../api.ts';
import type { ImportProblem } from './import-problems.ts';

// Fixed columns that wrap: the tables fit a 360 px phone without scrolling sideways.
const FIXED = { tableLayout: 'fixed', width: '100%' } as const;
const wrap = { overflowWrap: 'anywhere', verticalAlign: 'top' } as const;

/** What a check would change, or what an import changed: the counts, and each added or updated code. */
export function ImportSummary({ result }: { result: ImportResult }) {
  const { t } = useTranslation();
  const changed = result.entries.filter((e) => e.action !== 'unchanged');
  const counts = { created: result.created, updated: result.updated, unchanged: result.unchanged };
  return (
    <Alert
      color={result.dryRun ? 'blue' : 'teal'}
      title={result.dryRun ? t('catalog.import.checked') : t('catalog.import.imported')}
    >
      <Text size="sm">
        {result.dryRun
          ? t('catalog.import.checkedSummary', counts)
          : t('catalog.import.importedSummary', counts)}
      </Text>
      {changed.length > 0 && (
        <Table style={FIXED} mt="xs" captionSide="top" withRowBorders>
          <Table.Caption style={{ textAlign: 'start' }}>{t('catalog.import.changesCaption')}</Table.Caption>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('catalog.import.columns.code')}</Table.Th>
              <Table.Th w="40%">{t('catalog.import.columns.action')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {changed.map((entry) => (
              <Table.Tr key={entry.code}>
                <Table.Td style={wrap}>{entry.code}</Table.Td>
                <Table.Td style={wrap}>
                  {t(`catalog.import.actions.${entry.action as 'create' | 'update'}`)}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </Alert>
  );
}

/** Every problem of a refused file: where (line or entry), which column, and what is wrong. */
export function ImportProblemsTable({ problems }: { problems: ImportProblem[] }) {
  const { t } = useTranslation();
  const place = ({ place: p }: ImportProblem) =>
    p === null
      ? t('catalog.import.wholeFile')
      : t(p.kind === 'line' ? 'catalog.import.line' : 'catalog.import.entry', { number: p.number });
  return (
    <Table style={FIXED} captionSide="top" withRowBorders>
      <Table.Caption style={{ textAlign: 'start' }}>{t('catalog.import.problemsCaption')}</Table.Caption>
      <Table.Thead>
        <Table.Tr>
          <Table.Th w="24%">{t('catalog.import.columns.place')}</Table.Th>
          <Table.Th w="30%">{t('catalog.import.columns.column')}</Table.Th>
          <Table.Th>{t('catalog.import.columns.message')}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {problems.map((problem, i) => (
          // The same cell can have two problems; their order is the API's and does not change.
          // biome-ignore lint/suspicious/noArrayIndexKey: a refused file's list is shown once, never reordered
          <Table.Tr key={i}>
            <Table.Td style={wrap}>{place(problem)}</Table.Td>
            <Table.Td style={wrap}>{problem.column && <Code>{problem.column}</Code>}</Table.Td>
            <Table.Td style={wrap}>{fieldMessage(problem.error)}</Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}
