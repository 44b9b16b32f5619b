import { Button, Group, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Language } from '../../i18n/i18n.ts';
import { CatalogEntryCard } from './catalog-entry-card.tsx';
import { firstEntries, type ThemeGroup } from './catalog-filters.ts';

interface Props {
  groups: ThemeGroup[];
  total: number;
  shown: number;
  onMore: () => void;
  language: Language;
}

/** The entries found, a section per ISO 37120 theme, shown a part at a time. */
export function CatalogList({ groups, total, shown, onMore, language }: Props) {
  const { t } = useTranslation();
  return (
    <Stack gap="lg">
      {firstEntries(groups, shown).map(({ theme, entries }) => {
        const all = groups.find((g) => g.theme === theme)?.entries.length ?? entries.length;
        const headingId = `catalog-theme-${theme}`;
        return (
          <section key={theme} aria-labelledby={headingId}>
            <Group gap="xs" align="baseline" mb="xs">
              <Title order={2} size="h4" id={headingId}>
                {t(`indicators.theme.${theme}`)}
              </Title>
              <Text c="dimmed" size="sm">
                {t('catalog.themeCount', { count: all })}
              </Text>
            </Group>
            <SimpleGrid
              component="ul"
              cols={{ base: 1, md: 2 }}
              spacing="sm"
              p={0}
              m={0}
              style={{ listStyle: 'none' }}
            >
              {entries.map((entry) => (
                <CatalogEntryCard key={entry.id} entry={entry} language={language} />
              ))}
            </SimpleGrid>
          </section>
        );
      })}
      {total > shown && (
        <Button variant="subtle" onClick={onMore} style={{ alignSelf: 'center' }}>
          {t('catalog.more', { count: Math.min(PAGE_SIZE, total - shown) })}
        </Button>
      )}
    </Stack>
  );
}

/** How many entries come at once: enough to read, few enough for a phone to render at once. */
export const PAGE_SIZE = 40;
