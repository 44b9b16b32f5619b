import { Accordion, Anchor, Group, Paper, Stack, Table, Text, Title, VisuallyHidden } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Language } from '../../i18n/i18n.ts';
import { datasetUrl, type OpenDataset } from './api.ts';

/** One open-data dataset: what it holds, its two downloads, and each column described. */
export function DatasetCard({
  planId,
  dataset,
  language,
}: {
  planId: string;
  dataset: OpenDataset;
  language: Language;
}) {
  const { t } = useTranslation();
  const named = { dataset: dataset.title };
  return (
    <Paper withBorder p="md" component="article" aria-label={dataset.title}>
      <Stack gap="xs">
        <Group justify="space-between" align="baseline" gap="xs">
          <Title order={3} size="h4">
            {dataset.title}
          </Title>
          <Text size="sm" c="dimmed">
            {t('documents.openData.rows', { count: dataset.rowCount })}
          </Text>
        </Group>
        <Text size="sm">{dataset.description}</Text>
        <Group gap="md">
          {(['csv', 'json'] as const).map((format) => (
            // Plain links: an open-data address is worth copying into a script or another portal.
            <Anchor
              key={format}
              href={datasetUrl(planId, dataset.name, format, language)}
              download={dataset.files[format].fileName}
              aria-label={t(
                format === 'csv' ? 'documents.openData.downloadCsv' : 'documents.openData.downloadJson',
                named,
              )}
              fw={600}
            >
              {format.toUpperCase()}
            </Anchor>
          ))}
        </Group>
        {/* Open: the descriptions are what makes the data reusable; a reader may fold them away. */}
        <Accordion variant="contained" chevronPosition="left" defaultValue="columns">
          <Accordion.Item value="columns">
            <Accordion.Control>
              {t('documents.openData.columns')} ({dataset.columns.length})
            </Accordion.Control>
            <Accordion.Panel>
              <Table.ScrollContainer minWidth={480}>
                <Table fz="sm" verticalSpacing={4} striped>
                  <caption>
                    <VisuallyHidden>{t('documents.openData.caption', named)}</VisuallyHidden>
                  </caption>
                  <Table.Thead>
                    <Table.Tr>
                      <Table.Th>{t('documents.openData.column.name')}</Table.Th>
                      <Table.Th>{t('documents.openData.column.type')}</Table.Th>
                      <Table.Th>{t('documents.openData.column.description')}</Table.Th>
                    </Table.Tr>
                  </Table.Thead>
                  <Table.Tbody>
                    {dataset.columns.map((column) => (
                      <Table.Tr key={column.name}>
                        <Table.Th scope="row" ff="monospace" fw={500} style={{ whiteSpace: 'nowrap' }}>
                          {column.name}
                        </Table.Th>
                        <Table.Td style={{ whiteSpace: 'nowrap' }}>
                          {t(`documents.openData.types.${column.type}`)}
                        </Table.Td>
                        <Table.Td>{column.description}</Table.Td>
                      </Table.Tr>
                    ))}
                  </Table.Tbody>
                </Table>
              </Table.ScrollContainer>
            </Accordion.Panel>
          </Accordion.Item>
        </Accordion>
      </Stack>
    </Paper>
  );
}
