import { Button, SimpleGrid, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useTranslation } from 'react-i18next';

/** Lists this long stay readable on a phone; the rest opens on request. */
const SHOWN_FIRST = 8;

export interface ShortListItem {
  id: string;
  name: string;
  /** A code shown after the name, dimmed (OPD code, indicator reference). */
  code: string;
}

/** Names in two columns on a wide screen; a long list shows its first few and a button for the rest. */
export function ShortList({ items }: { items: ShortListItem[] }) {
  const { t } = useTranslation();
  const [expanded, expansion] = useDisclosure(false);
  const shown = expanded ? items : items.slice(0, SHOWN_FIRST);
  return (
    <>
      <SimpleGrid component="ul" cols={{ base: 1, sm: 2 }} spacing={4} verticalSpacing={4} p={0} m={0}>
        {shown.map((item) => (
          <Text component="li" key={item.id} size="sm" style={{ listStyle: 'none' }}>
            {item.name}{' '}
            <Text span size="xs" c="dimmed">
              {item.code}
            </Text>
          </Text>
        ))}
      </SimpleGrid>
      {items.length > SHOWN_FIRST && (
        <Button variant="subtle" size="compact-sm" onClick={expansion.toggle} aria-expanded={expanded}>
          {expanded
            ? t('workbench.home.gaps.showLess')
            : `${t('workbench.home.gaps.showAll')} (${items.length})`}
        </Button>
      )}
    </>
  );
}
