import { Button, Group, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { problemMessage } from '../../api/problem-message.ts';
import type { Region } from '../regions/api.ts';
import { downloadCatalog, type ExportFormat } from './api.ts';

const FORMATS: ExportFormat[] = ['csv', 'json'];

/** CSV and JSON downloads of the catalogue shown (national, plus the regency's own), for everyone. */
export function CatalogExport({ region }: { region: Region | null }) {
  const { t } = useTranslation();
  const download = useMutation({
    mutationFn: (format: ExportFormat) => downloadCatalog(format, region),
    onSuccess: ({ fileName }) =>
      notifications.show({ message: t('catalog.export.done', { name: fileName }) }),
    onError: (error) => notifications.show({ color: 'red', message: problemMessage(t, error) }),
  });
  return (
    <div>
      <Group gap="xs" role="group" aria-label={t('catalog.export.title')}>
        {FORMATS.map((format) => (
          <Button
            key={format}
            variant="default"
            size="sm"
            loading={download.isPending && download.variables === format}
            disabled={download.isPending && download.variables !== format}
            onClick={() => download.mutate(format)}
          >
            {t(`catalog.export.${format}`)}
          </Button>
        ))}
      </Group>
      <Text size="xs" c="dimmed" mt={4}>
        {region ? t('catalog.export.hintRegion', { region: region.name }) : t('catalog.export.hint')}
      </Text>
    </div>
  );
}
