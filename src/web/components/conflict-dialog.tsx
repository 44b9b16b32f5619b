import { Alert, Button, Card, Group, Modal, Radio, SimpleGrid, Stack, Text } from '@mantine/core';
import { type ReactNode, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type Choice, mergedChanges, mergeFields, unsettled } from '../lib/merge.ts';

export interface ConflictField {
  key: string;
  label: string;
  /** How a value reads; plain text, yes/no and “empty” when left out. */
  format?: (value: unknown) => ReactNode;
}

export interface ConflictDialogProps {
  opened: boolean;
  fields: ConflictField[];
  /** The record as the user began editing it. */
  base: Record<string, unknown>;
  /** The values in the user's form now. */
  mine: Record<string, unknown>;
  /** The record as stored now (the 409's `current`). */
  theirs: Record<string, unknown> & { version: number };
  saving?: boolean;
  /** Save `changes` on top of the stored record, with its version. */
  onResolve: (changes: Record<string, unknown>, version: number) => void;
  /** Back to the form, the user's edits untouched. */
  onCancel: () => void;
}

/**
 * Shown when a save is refused because someone saved the same record meanwhile (409). Changes of one
 * side only are kept without asking; for a field both changed, the user sees both versions and picks.
 * Nothing typed is lost: cancelling returns to the form as it was.
 */
export function ConflictDialog({
  opened,
  fields,
  base,
  mine,
  theirs,
  saving,
  onResolve,
  onCancel,
}: ConflictDialogProps) {
  const { t } = useTranslation();
  const [choices, setChoices] = useState<Record<string, Choice>>({});
  const merges = useMemo(
    () =>
      mergeFields(
        fields.map((f) => f.key),
        base,
        mine,
        theirs,
      ),
    [fields, base, mine, theirs],
  );
  const byKey = new Map(fields.map((f) => [f.key, f]));
  const show = (key: string, value: unknown): ReactNode => {
    const format = byKey.get(key)?.format;
    if (format) return format(value);
    if (value === null || value === undefined || value === '' || (Array.isArray(value) && value.length === 0))
      return (
        <Text span c="dimmed">
          {t('conflict.empty')}
        </Text>
      );
    if (typeof value === 'boolean') return value ? t('conflict.yes') : t('conflict.no');
    return String(value);
  };
  const label = (key: string) => byKey.get(key)?.label ?? key;
  const conflicts = merges.filter((m) => m.outcome === 'conflict');
  const kept = merges.filter((m) => m.outcome === 'mine' || m.outcome === 'theirs');
  const waiting = unsettled(merges, choices);

  return (
    <Modal opened={opened} onClose={onCancel} title={t('conflict.title')} size="xl">
      <Stack>
        <Text>{t('conflict.intro')}</Text>
        {kept.length > 0 && (
          <Alert color="blue" title={t('conflict.keptTitle')}>
            <Stack gap={4}>
              {kept.map((m) => (
                <Text key={m.key} size="sm">
                  <b>{label(m.key)}</b> —{' '}
                  {m.outcome === 'mine' ? t('conflict.keptMine') : t('conflict.keptTheirs')}:{' '}
                  {show(m.key, m.outcome === 'mine' ? m.mine : m.theirs)}
                </Text>
              ))}
            </Stack>
          </Alert>
        )}
        {conflicts.map((m) => (
          <Radio.Group
            key={m.key}
            label={label(m.key)}
            description={t('conflict.choose')}
            value={choices[m.key] ?? null}
            onChange={(value) => setChoices((c) => ({ ...c, [m.key]: value as Choice }))}
          >
            <SimpleGrid cols={{ base: 1, sm: 2 }} mt="xs">
              {(['mine', 'theirs'] as const).map((side) => (
                <Card key={side} withBorder padding="sm">
                  <Radio value={side} label={side === 'mine' ? t('conflict.mine') : t('conflict.theirs')} />
                  <Text size="sm" mt="xs" style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
                    {show(m.key, side === 'mine' ? m.mine : m.theirs)}
                  </Text>
                </Card>
              ))}
            </SimpleGrid>
          </Radio.Group>
        ))}
        {conflicts.length === 0 && <Text size="sm">{t('conflict.noConflicts')}</Text>}
        <Group justify="flex-end">
          <Button variant="default" onClick={onCancel}>
            {t('conflict.back')}
          </Button>
          <Button
            loading={saving}
            disabled={waiting.length > 0}
            onClick={() => onResolve(mergedChanges(merges, choices), theirs.version)}
          >
            {t('conflict.save')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
