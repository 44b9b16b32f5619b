import { Modal } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { type ReactNode, useState } from 'react';
import { useTranslation } from 'react-i18next';

/** The add/edit window of a list: the whole screen on a phone, where a floating window leaves no room. */
export function SectionModal({
  opened,
  title,
  onClose,
  children,
}: {
  opened: boolean;
  title: string;
  onClose: () => void;
  children: ReactNode;
}) {
  const { t } = useTranslation();
  const phone = useMediaQuery('(max-width: 36em)');
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
      {children}
    </Modal>
  );
}
