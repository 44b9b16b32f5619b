import { Button, Group, Text, TextInput } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

export interface ListToolbarProps {
  query: string;
  onQuery: (query: string) => void;
  placeholder: string;
  /** More filters beside the search box. */
  children?: ReactNode;
  /** The add button's label; no button when the user may not add. */
  addLabel?: string | null;
  onAdd?: () => void;
}

/** Above each list: a search box, any other filter, and the add button for those who may add. */
export function ListToolbar({ query, onQuery, placeholder, children, addLabel, onAdd }: ListToolbarProps) {
  const { t } = useTranslation();
  return (
    <Group justify="space-between" align="flex-end" wrap="wrap" gap="sm">
      <Group align="flex-end" wrap="wrap" gap="sm" style={{ flex: '1 1 auto' }}>
        <TextInput
          type="search"
          label={t('organisation.search')}
          placeholder={placeholder}
          value={query}
          onChange={(event) => onQuery(event.currentTarget.value)}
          w={{ base: '100%', xs: 280 }}
        />
        {children}
      </Group>
      {addLabel && onAdd && <Button onClick={onAdd}>{addLabel}</Button>}
    </Group>
  );
}

/** "Menampilkan 3 dari 38" while a filter hides rows. */
export function ShownCount({ shown, total }: { shown: number; total: number }) {
  const { t } = useTranslation();
  if (shown === total) return null;
  return (
    <Text size="sm" c="dimmed">
      {t('organisation.shown', { shown, total })}
    </Text>
  );
}
