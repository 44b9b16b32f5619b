import { Badge, Button, Card, Group, Select, Stack, Text, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { INDICATOR_THEMES } from '../../../../shared/domain.ts';
import type { CatalogEntry } from '../api.ts';
import type { IndicatorNames } from '../use-names.ts';
import { searchCatalog } from './catalog-search.ts';

const PAGE = 25;

interface Props {
  entries: CatalogEntry[];
  /** Catalogue ids the plan has already. */
  selected: ReadonlySet<string>;
  names: IndicatorNames;
  onPick: (entry: CatalogEntry) => void;
}

/** The catalogue, searched as one types: by name, code, clause reference, theme or source. */
export function CatalogPicker({ entries, selected, names, onPick }: Props) {
  const { t } = useTranslation();
  const [query, setQuery] = useState('');
  const [theme, setTheme] = useState<string | null>(null);
  const [shown, setShown] = useState(PAGE);
  const [debounced] = useDebouncedValue(query, 150);
  const found = useMemo(
    () =>
      searchCatalog(
        theme ? entries.filter((e) => e.theme === theme) : entries,
        debounced,
        {
          themeName: (e) => t(`indicators.theme.${e.theme}`),
          sourceName: (e) => t(`indicators.source.${e.source}`),
        },
        selected,
      ),
    [entries, debounced, theme, selected, t],
  );

  return (
    <Stack gap="sm">
      <Group grow align="flex-end" gap="sm" wrap="wrap">
        <TextInput
          label={t('indicators.select.search')}
          description={t('indicators.select.searchHint')}
          type="search"
          value={query}
          onChange={(e) => {
            setQuery(e.currentTarget.value);
            setShown(PAGE);
          }}
          data-autofocus
          style={{ minWidth: 200 }}
        />
        <Select
          label={t('indicators.select.theme')}
          placeholder={t('indicators.list.filters.any')}
          data={INDICATOR_THEMES.map((th) => ({ value: th, label: t(`indicators.theme.${th}`) }))}
          value={theme}
          onChange={(value) => {
            setTheme(value);
            setShown(PAGE);
          }}
          clearable
          searchable
          style={{ minWidth: 200 }}
        />
      </Group>
      <Text size="sm" c="dimmed" aria-live="polite">
        {t('indicators.select.found', { count: found.length })}
      </Text>
      <Stack
        component="ul"
        gap="xs"
        p={0}
        m={0}
        style={{ listStyle: 'none' }}
        aria-label={t('indicators.select.results')}
      >
        {found.slice(0, shown).map((entry) => (
          <Card key={entry.id} component="li" withBorder padding="xs">
            <Group justify="space-between" wrap="nowrap" gap="xs" align="flex-start">
              <div style={{ minWidth: 0 }}>
                <Text size="xs" c="dimmed" style={{ overflowWrap: 'anywhere' }}>
                  {entry.code}
                  {entry.reference && !entry.code.endsWith(entry.reference) && ` · ${entry.reference}`} ·{' '}
                  {t(`indicators.theme.${entry.theme}`)} · {entry.unit}
                </Text>
                <Text size="sm" fw={600} style={{ overflowWrap: 'anywhere' }}>
                  {names.name(entry)}
                </Text>
                <Group gap={4} mt={2}>
                  <Badge size="xs" variant="light" tt="none">
                    {t(`indicators.source.${entry.source}`)}
                  </Badge>
                  {entry.regionId && (
                    <Badge size="xs" color="grape" tt="none">
                      {t('indicators.select.own')}
                    </Badge>
                  )}
                </Group>
              </div>
              <Button
                size="compact-sm"
                variant="light"
                onClick={() => onPick(entry)}
                aria-label={t('indicators.select.pickNamed', { name: names.name(entry) })}
              >
                {t('indicators.select.pick')}
              </Button>
            </Group>
          </Card>
        ))}
      </Stack>
      {found.length > shown && (
        <Button variant="subtle" onClick={() => setShown((n) => n + PAGE)}>
          {t('indicators.select.more', { count: Math.min(PAGE, found.length - shown) })}
        </Button>
      )}
    </Stack>
  );
}
