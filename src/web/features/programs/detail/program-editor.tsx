import { type RefObject, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { RecordForm } from '../../../components/record-form.tsx';
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
  const { form } = editor;

  return (
    <RecordForm
      editor={editor}
      words={{
        label: t('program.form.label'),
        outdated: t('program.form.outdated'),
        failed: t('program.form.failed'),
        unsaved: t('program.form.unsaved'),
        noChanges: t('program.form.noChanges'),
        reset: t('program.form.reset'),
        save: t('program.form.save'),
      }}
      conflictFields={fields}
    >
      <IdentityFields form={form} lookups={lookups} />
      <OrganisationFields form={form} lookups={lookups} mayLead={mayLead} />
      <ScheduleFields form={form} period={period} />
      <ResultsFields form={form} lookups={lookups} />
      <YearlyFields form={form} lookups={lookups} />
    </RecordForm>
  );
}
