import { Alert, Button, Group, Paper, Stack, Text } from '@mantine/core';
import { type RefObject, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { ConflictDialog } from '../../../components/conflict-dialog.tsx';
import type { Program } from './api.ts';
import { conflictFields } from './conflict-fields.tsx';
import { IdentityFields } from './identity-fields.tsx';
import type { ProgramLookups } from './lookups.ts';
import { OrganisationFields } from './organisation-fields.tsx';
import { ResultsFields } from './results-fields.tsx';
import { ScheduleFields } from './schedule-fields.tsx';
import { useProgramEditor } from './use-program-editor.ts';
import { YearlyFields } from './yearly-fields.tsx';

interface Props {
  program: Program;
  planId: string;
  lookups: ProgramLookups;
  period: { start: number; end: number };
  mayLead: (opdId: string) => boolean;
  /** Set here: the screen calls it after a version was restored from the history. */
  reloadRef: RefObject<((fresh: Program) => void) | null>;
}

/** The programme's form, for those who may change it: every field, saved with a merge on conflict. */
export function ProgramEditor({ program, planId, lookups, period, mayLead, reloadRef }: Props) {
  const { t } = useTranslation();
  const editor = useProgramEditor(program, planId);
  reloadRef.current = editor.reload;
  const fields = useMemo(() => conflictFields(t, lookups), [t, lookups]);
  const { form, conflict } = editor;

  return (
    <>
      <form onSubmit={editor.submit} noValidate aria-label={t('program.form.label')}>
        <Stack gap="md">
          {editor.draftRestored && (
            <Alert color="blue">
              <Group justify="space-between" gap="xs">
                <Text size="sm">{t('draft.restored')}</Text>
                <Button size="compact-sm" variant="light" onClick={editor.discardDraft}>
                  {t('draft.discard')}
                </Button>
              </Group>
            </Alert>
          )}
          {editor.outdated && <Alert color="yellow">{t('program.form.outdated')}</Alert>}
          {editor.formError && (
            <Alert color="red" role="alert" title={t('program.form.failed')}>
              {editor.formError}
            </Alert>
          )}
          <IdentityFields form={form} lookups={lookups} />
          <OrganisationFields form={form} lookups={lookups} mayLead={mayLead} />
          <ScheduleFields form={form} period={period} />
          <ResultsFields form={form} lookups={lookups} />
          <YearlyFields form={form} lookups={lookups} />
          {/* Kept in sight once something is typed, so a long form never hides its save button. */}
          <Paper
            withBorder
            shadow={editor.hasChanges ? 'sm' : undefined}
            p="xs"
            style={editor.hasChanges ? { position: 'sticky', bottom: 0, zIndex: 5 } : undefined}
          >
            <Group justify="space-between" gap="xs" wrap="nowrap">
              <Text
                size="sm"
                c={editor.hasChanges ? undefined : 'dimmed'}
                aria-live="polite"
                visibleFrom="sm"
              >
                {editor.hasChanges ? t('program.form.unsaved') : t('program.form.noChanges')}
              </Text>
              <Group gap="xs" wrap="nowrap" ml="auto">
                <Button variant="default" disabled={!editor.hasChanges} onClick={editor.discardDraft}>
                  {t('program.form.reset')}
                </Button>
                <Button type="submit" loading={editor.saving} disabled={!editor.hasChanges}>
                  {t('program.form.save')}
                </Button>
              </Group>
            </Group>
          </Paper>
        </Stack>
      </form>
      {conflict && (
        <ConflictDialog
          key={conflict.theirs.version}
          opened
          fields={fields}
          base={conflict.base}
          mine={conflict.mine}
          theirs={conflict.theirs}
          saving={editor.saving}
          onResolve={conflict.resolve}
          onCancel={conflict.cancel}
        />
      )}
    </>
  );
}
