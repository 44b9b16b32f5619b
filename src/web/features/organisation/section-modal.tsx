import { Button, Modal, Table } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { type ReactNode, useState } from 'react';
import { useTranslation } from 'react-i18next';

/** What a list's add/edit window shows: nothing, a new record's form, or an existing record's. */
export type Editing<T> = T | 'new' | null;

/**
 * The add/edit window of a list: the whole screen on a phone, where a floating window leaves no room.
 * The form is keyed by the record, so opening another record starts from its values.
 */
export function SectionModal<T extends { id: string }>({
  editing,
  addTitle,
  editTitle,
  onClose,
  children,
}: {
  editing: Editing<T>;
  addTitle: string;
  editTitle: (record: T) => string;
  onClose: () => void;
  /** The form, for the record being edited (null: a new one). */
  children: (record: T | null) => ReactNode;
}) {
  const { t } = useTranslation();
  const phone = useMediaQuery('(max-width: 36em)');
  const opened = editing !== null;
  const title = editing === 'new' || editing === null ? addTitle : editTitle(editing);
  // While the window fades out its title stays the one the user saw, not the next one's default.
  const [shownTitle, setShownTitle] = useState(title);
  if (opened && title !== shownTitle) setShownTitle(title);
  return (
    <Modal
      opened={opened}
      onClose={onClose}
      title={shownTitle}
      size="lg"
      fullScreen={phone}
      closeButtonProps={{ 'aria-label': t('organisation.actions.close') }}
    >
      {editing !== null && (
        <div key={editing === 'new' ? 'new' : editing.id}>{children(editing === 'new' ? null : editing)}</div>
      )}
    </Modal>
  );
}

/** The last cell of an editable list's row: its edit button, named after the record for screen readers. */
export function EditCell({ name, onClick }: { name: string; onClick: () => void }) {
  const { t } = useTranslation();
  return (
    <Table.Td ta="right">
      <Button variant="subtle" size="xs" onClick={onClick} aria-label={name}>
        {t('organisation.actions.edit')}
      </Button>
    </Table.Td>
  );
}
