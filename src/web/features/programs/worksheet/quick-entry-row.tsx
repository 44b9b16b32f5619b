import { Alert, Button, Checkbox, NativeSelect, Text, TextInput } from '@mantine/core';
import type { KeyboardEvent, ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Option } from './cell-editor.tsx';
import type { Column } from './columns.ts';
import type { QuickEntry } from './use-quick-entry.ts';
import classes from './worksheet-grid.module.css';

export interface QuickEntryFieldsProps {
  entry: QuickEntry;
  elementOptions: Option[];
  opdOptions: Option[];
}

/** Enter anywhere in the row adds the programme, as Enter ends a line in the sheet it replaces. */
export const submitOnEnter = (entry: QuickEntry) => (event: KeyboardEvent<HTMLElement>) => {
  if (event.key !== 'Enter' || event.target instanceof HTMLButtonElement) return;
  event.preventDefault();
  entry.submit();
};

type EntryField = 'title' | 'element' | 'leadOpd' | 'startYear' | 'endYear' | 'quickWin';

/**
 * The inputs of a new programme by column: shared by the grid's bottom row (named for screen readers,
 * the column header shows the name) and the phone's form (`withLabels`: the name written above).
 */
export function useQuickEntryInputs(
  { entry, elementOptions, opdOptions }: QuickEntryFieldsProps,
  withLabels = false,
) {
  const { t } = useTranslation();
  const { values, change, problems } = entry;
  const label = (key: EntryField) =>
    withLabels
      ? { label: t(`programs.worksheet.columns.${key}`) }
      : { 'aria-label': t(`programs.worksheet.entry.${key}`) };
  const year = (key: 'startYear' | 'endYear') => (
    <TextInput
      {...label(key)}
      value={values[key]}
      onChange={(e) => change(key, e.currentTarget.value)}
      onFocus={(e) => e.currentTarget.select()}
      error={problems[key]}
      inputMode="numeric"
      maxLength={4}
      autoComplete="off"
    />
  );
  return {
    title: (
      <TextInput
        ref={entry.titleRef}
        {...label('title')}
        placeholder={t('programs.worksheet.entry.titlePlaceholder')}
        value={values.title}
        onChange={(e) => change('title', e.currentTarget.value)}
        error={problems.title}
        maxLength={300}
        autoComplete="off"
      />
    ),
    element: (
      <NativeSelect
        {...label('element')}
        value={values.elementId}
        onChange={(e) => change('elementId', e.currentTarget.value)}
        error={problems.elementId}
        data={[{ value: '', label: t('programs.worksheet.entry.chooseElement') }, ...elementOptions]}
      />
    ),
    leadOpd: (
      <NativeSelect
        {...label('leadOpd')}
        value={values.leadOpdId}
        onChange={(e) => change('leadOpdId', e.currentTarget.value)}
        error={problems.leadOpdId}
        data={[{ value: '', label: t('programs.worksheet.entry.chooseOpd') }, ...opdOptions]}
      />
    ),
    startYear: year('startYear'),
    endYear: year('endYear'),
    quickWin: (
      <Checkbox
        {...label('quickWin')}
        checked={values.isQuickWin}
        onChange={(e) => change('isQuickWin', e.currentTarget.checked)}
      />
    ),
    add: (
      <Button size="sm" onClick={entry.submit} loading={entry.saving}>
        {t('programs.worksheet.entry.add')}
      </Button>
    ),
  };
}

/** The grid's last row, always in view: type a programme, press Enter, type the next. */
export function QuickEntryRow(
  props: QuickEntryFieldsProps & { columns: readonly Column[]; template: string; rowIndex: number },
) {
  const { t } = useTranslation();
  const inputs = useQuickEntryInputs(props);
  const byColumn: Partial<Record<Column['key'], ReactNode>> = {
    code: (
      <Text size="sm" fw={600} c="blue">
        {t('programs.worksheet.entry.new')}
      </Text>
    ),
    title: inputs.title,
    element: inputs.element,
    leadOpd: inputs.leadOpd,
    startYear: inputs.startYear,
    endYear: inputs.endYear,
    quickWin: inputs.quickWin,
    budget: inputs.add,
  };
  return (
    <tfoot className={classes.footer}>
      <tr
        aria-rowindex={props.rowIndex}
        aria-label={t('programs.worksheet.entry.rowLabel')}
        className={classes.row}
        style={{ gridTemplateColumns: props.template, borderBottom: 0 }}
        onKeyDown={submitOnEnter(props.entry)}
      >
        {props.columns.map((column, col) => (
          <td key={column.key} aria-colindex={col + 1} className={classes.cell}>
            {byColumn[column.key] ?? null}
          </td>
        ))}
      </tr>
    </tfoot>
  );
}

/** What became of the last add, said next to the row (and to screen readers). */
export function QuickEntryStatus({ entry }: { entry: QuickEntry }) {
  const { t } = useTranslation();
  return (
    <>
      {entry.restored && (
        <Alert color="blue" py="xs">
          {t('draft.restored')}{' '}
          <Button variant="subtle" size="compact-sm" onClick={entry.discardDraft}>
            {t('draft.discard')}
          </Button>
        </Alert>
      )}
      {entry.failure && (
        <Alert color="red" role="alert" py="xs">
          {entry.failure}
        </Alert>
      )}
      <Text size="sm" c="teal" role="status" mih={20}>
        {entry.added
          ? t('programs.worksheet.entry.added', { code: entry.added.code, title: entry.added.title })
          : ''}
      </Text>
    </>
  );
}
