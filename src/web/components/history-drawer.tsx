import { Alert, Badge, Button, Card, Code, Drawer, Group, Stack, Text } from '@mantine/core';
import { useMutation, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../api/client.ts';
import type { Page, Schema } from '../api/types.ts';
import { currentLanguage } from '../i18n/i18n.ts';
import { formatDateTime } from '../lib/format.ts';
import { QueryError } from './query-error.tsx';

type HistoryEntry = Schema<'HistoryEntry'>;

export interface HistoryDrawerProps {
  opened: boolean;
  onClose: () => void;
  /** The record's API path: `/programs/<id>`, `/plan-indicators/<id>` or `/plans/<id>`. */
  path: string;
  /** Cache key of the history; put it under the plan's key so a save refreshes it. */
  queryKey: readonly unknown[];
  /** What is restored, in the confirmation: "programme GOV-01". */
  what: string;
  /** The version the screen shows now: a restore from a stale screen is refused (409). */
  currentVersion: number;
  /** The label of a changed field, by its API name. */
  fieldLabel: (field: string) => string;
  canRestore: boolean;
  onRestored: () => void;
}

/** A record's versions, newest first, with who changed what; a version can be brought back. */
export function HistoryDrawer(props: HistoryDrawerProps) {
  const { t } = useTranslation();
  const language = currentLanguage();
  const [open, setOpen] = useState<number | null>(null);
  // Restoring asks once more, inside the entry: the user sees which version they are bringing back.
  const [confirming, setConfirming] = useState<number | null>(null);
  const history = useQuery({
    queryKey: [...props.queryKey, 'history'],
    enabled: props.opened,
    queryFn: ({ signal }) =>
      api<Page<HistoryEntry>>(`${props.path}/history`, { query: { limit: 100 }, signal }),
  });
  const restore = useMutation({
    mutationFn: (entry: HistoryEntry) =>
      api(`${props.path}/restore`, {
        method: 'POST',
        body: { auditId: entry.auditId, version: props.currentVersion },
      }),
    onSuccess: async () => {
      setConfirming(null);
      await history.refetch();
      props.onRestored();
    },
  });

  return (
    <Drawer
      opened={props.opened}
      onClose={props.onClose}
      title={t('history.title')}
      position="right"
      size="lg"
    >
      <Stack>
        {history.isError && <QueryError error={history.error} onRetry={() => history.refetch()} />}
        {restore.isError && <QueryError error={restore.error} />}
        {restore.isSuccess && (
          <Alert color="teal">{t('history.restored', { version: restore.variables.version ?? '' })}</Alert>
        )}
        {history.data?.items.length === 0 && <Text c="dimmed">{t('history.empty')}</Text>}
        {history.data?.items.map((entry) => {
          const isCurrent = entry.version === props.currentVersion && entry.action !== 'delete';
          return (
            <Card key={entry.auditId} withBorder padding="sm">
              <Group justify="space-between" wrap="wrap" gap="xs">
                <Group gap="xs">
                  <Badge variant="light">{t(`history.action.${entry.action}`)}</Badge>
                  {entry.version !== null && (
                    <Text fw={600}>{t('history.version', { version: entry.version })}</Text>
                  )}
                  {isCurrent && <Badge color="teal">{t('history.current')}</Badge>}
                </Group>
                <Text size="sm" c="dimmed">
                  {formatDateTime(entry.at, language)} · {t('history.by', { actor: entry.actor })}
                </Text>
              </Group>
              {entry.changedFields.length > 0 && (
                <Text size="sm" mt={4}>
                  {t('history.changed', { fields: entry.changedFields.map(props.fieldLabel).join(', ') })}
                </Text>
              )}
              <Group gap="xs" mt="xs">
                {entry.snapshot && (
                  <Button
                    size="compact-sm"
                    variant="subtle"
                    onClick={() => setOpen(open === entry.auditId ? null : entry.auditId)}
                    aria-expanded={open === entry.auditId}
                  >
                    {open === entry.auditId ? t('history.hide') : t('history.show')}
                  </Button>
                )}
                {props.canRestore && entry.snapshot && !isCurrent && entry.action !== 'delete' && (
                  <Button size="compact-sm" variant="light" onClick={() => setConfirming(entry.auditId)}>
                    {t('history.restore')}
                  </Button>
                )}
              </Group>
              {confirming === entry.auditId && (
                <Alert color="yellow" mt="xs">
                  <Text size="sm">
                    {t('history.restoreConfirm', { what: props.what, version: entry.version ?? '' })}
                  </Text>
                  <Group gap="xs" mt="xs">
                    <Button
                      size="compact-sm"
                      loading={restore.isPending}
                      onClick={() => restore.mutate(entry)}
                    >
                      {t('history.restore')}
                    </Button>
                    <Button size="compact-sm" variant="default" onClick={() => setConfirming(null)}>
                      {t('history.cancel')}
                    </Button>
                  </Group>
                </Alert>
              )}
              {open === entry.auditId && entry.snapshot && (
                <Stack gap={2} mt="xs">
                  {Object.entries(entry.snapshot)
                    .filter(([key]) => entry.changedFields.length === 0 || entry.changedFields.includes(key))
                    .map(([key, value]) => (
                      <Text key={key} size="sm" style={{ overflowWrap: 'anywhere' }}>
                        <b>{props.fieldLabel(key)}:</b>{' '}
                        {typeof value === 'object' && value !== null ? (
                          <Code>{JSON.stringify(value)}</Code>
                        ) : (
                          String(value ?? '—')
                        )}
                      </Text>
                    ))}
                </Stack>
              )}
            </Card>
          );
        })}
      </Stack>
    </Drawer>
  );
}
