import { Alert, Divider, Stack } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type Opd, type Person, personApi } from './api.ts';
import { DeleteRecord } from './delete-record.tsx';
import { PersonForm } from './person-form.tsx';
import { PositionsSection } from './positions-section.tsx';

export interface PersonEditorProps {
  regionId: string;
  /** null to add a person. */
  person: Person | null;
  opds: Opd[];
  onDone: () => void;
}

/**
 * A person and their positions. A new person's positions can be recorded as soon as they are saved,
 * in the same window: the editor stays open on the saved person.
 */
export function PersonEditor({ regionId, person, opds, onDone }: PersonEditorProps) {
  const { t } = useTranslation();
  const [created, setCreated] = useState<Person | null>(null);
  const saved = person ?? created;

  return (
    <Stack>
      {created && (
        <Alert color="teal" role="status">
          {t('organisation.people.saved')}
        </Alert>
      )}
      <PersonForm
        // A new person's form becomes the saved person's: its values are the record's from then on.
        key={saved?.id ?? 'new'}
        regionId={regionId}
        person={saved}
        onSaved={(record) => (saved ? onDone() : setCreated(record))}
        onCancel={onDone}
        cancelLabel={created ? t('organisation.actions.close') : undefined}
      />
      {saved && (
        <>
          <Divider />
          <PositionsSection regionId={regionId} personId={saved.id} opds={opds} canEdit />
          <Divider />
          <DeleteRecord
            regionId={regionId}
            label={t('organisation.people.delete')}
            question={t('organisation.people.deleteQuestion', { name: saved.fullName })}
            remove={() => personApi.remove(saved.id)}
            onDeleted={onDone}
          />
        </>
      )}
    </Stack>
  );
}
