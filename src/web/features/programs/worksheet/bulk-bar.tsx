import {
  Alert,
  Button,
  Group,
  List,
  NativeSelect,
  Paper,
  Progress,
  SegmentedControl,
  Stack,
  Text,
  TextInput,
} from '@mantine/core';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Program } from '../api.ts';
import { type BulkValues, EMPTY_BULK, isBulkEmpty } from './bulk.ts';
import type { Option } from './cell-editor.tsx';
import type { BulkFailure, BulkRun } from './use-bulk-apply.ts';

export interface BulkBarProps {
  selected: Program[];
  opdOptions: Option[];
  /** The current pillar's elements; null on the all-pillars tab, where an element fits only some rows. */
  elementOptions: Option[] | null;
  run: BulkRun | null;
  onApply: (values: BulkValues) => Promise<BulkFailure[]>;
  onClear: () => void;
}

type QuickWinChoice = 'keep' | 'on' | 'off';

/** Sets lead OPD, element, quick win or years on every ticked row, and tells which rows failed and why. */
export function BulkBar({ selected, opdOptions, elementOptions, run, onApply, onClear }: BulkBarProps) {
  const { t } = useTranslation();
  const [values, setValues] = useState<BulkValues>(EMPTY_BULK);
  const quickWinLabel = useId();
  const set = (patch: Partial<BulkValues>) => setValues((v) => ({ ...v, ...patch }));
  const quickWin: QuickWinChoice = values.isQuickWin === null ? 'keep' : values.isQuickWin ? 'on' : 'off';
  const unchanged = t('programs.worksheet.bulk.unchanged');
  if (selected.length === 0 && !run) return null;

  return (
    <Paper withBorder p="sm" role="region" aria-label={t('programs.worksheet.bulk.label')}>
      <Stack gap="xs">
        <Group gap="sm" justify="space-between">
          <Text fw={600} size="sm">
            {t('programs.worksheet.bulk.label')} ·{' '}
            {t('programs.worksheet.bulk.selected', { count: selected.length })}
          </Text>
          <Button variant="subtle" size="compact-sm" onClick={onClear} disabled={run?.running}>
            {t('programs.worksheet.bulk.clearSelection')}
          </Button>
        </Group>
        <Group gap="sm" align="flex-end" wrap="wrap">
          <NativeSelect
            label={t('programs.worksheet.bulk.leadOpd')}
            value={values.leadOpdId ?? ''}
            onChange={(e) => set({ leadOpdId: e.currentTarget.value || null })}
            data={[{ value: '', label: unchanged }, ...opdOptions]}
            size="sm"
            w={{ base: '100%', sm: 220 }}
          />
          {elementOptions && (
            <NativeSelect
              label={t('programs.worksheet.bulk.element')}
              value={values.elementId ?? ''}
              onChange={(e) => set({ elementId: e.currentTarget.value || null })}
              data={[{ value: '', label: unchanged }, ...elementOptions]}
              size="sm"
              w={{ base: '100%', sm: 200 }}
            />
          )}
          <Stack gap={4}>
            <Text size="sm" fw={500} id={quickWinLabel}>
              {t('programs.worksheet.bulk.quickWin')}
            </Text>
            <SegmentedControl
              aria-labelledby={quickWinLabel}
              size="sm"
              value={quickWin}
              onChange={(choice) => set({ isQuickWin: choice === 'keep' ? null : choice === 'on' })}
              data={[
                { value: 'keep', label: unchanged },
                { value: 'on', label: t('programs.worksheet.bulk.quickWinOn') },
                { value: 'off', label: t('programs.worksheet.bulk.quickWinOff') },
              ]}
            />
          </Stack>
          <TextInput
            label={t('programs.worksheet.bulk.startYear')}
            placeholder={unchanged}
            value={values.startYear}
            onChange={(e) => set({ startYear: e.currentTarget.value })}
            inputMode="numeric"
            maxLength={4}
            size="sm"
            w={110}
          />
          <TextInput
            label={t('programs.worksheet.bulk.endYear')}
            placeholder={unchanged}
            value={values.endYear}
            onChange={(e) => set({ endYear: e.currentTarget.value })}
            inputMode="numeric"
            maxLength={4}
            size="sm"
            w={110}
          />
          <Button
            onClick={() => void onApply(values)}
            disabled={isBulkEmpty(values) || selected.length === 0}
            loading={run?.running}
          >
            {t('programs.worksheet.bulk.apply', { count: selected.length })}
          </Button>
        </Group>
        {run && <BulkProgress run={run} />}
      </Stack>
    </Paper>
  );
}

function BulkProgress({ run }: { run: BulkRun }) {
  const { t } = useTranslation();
  return (
    <Stack gap={4}>
      {run.running && (
        <>
          <Progress value={(run.done / Math.max(run.total, 1)) * 100} size="sm" aria-hidden />
          <Text size="sm" role="status">
            {t('programs.worksheet.bulk.progress', { done: run.done, total: run.total })}
          </Text>
        </>
      )}
      {!run.running && (run.updated > 0 || run.failures.length === 0) && (
        <Text size="sm" c="teal" role="status">
          {t('programs.worksheet.bulk.done', { count: run.updated })}
        </Text>
      )}
      {run.failures.length > 0 && (
        <Alert color="red" title={t('programs.worksheet.bulk.failedTitle', { count: run.failures.length })}>
          <List size="sm">
            {run.failures.map((f) => (
              <List.Item key={f.id}>
                <b>{f.code}</b>: {f.message}
              </List.Item>
            ))}
          </List>
          {!run.running && (
            <Text size="sm" mt="xs">
              {t('programs.worksheet.bulk.failedHint')}
            </Text>
          )}
        </Alert>
      )}
    </Stack>
  );
}
