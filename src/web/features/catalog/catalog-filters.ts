import { INDICATOR_SOURCES, INDICATOR_THEMES } from '../../../shared/domain.ts';
import type { CatalogEntry } from '../indicators/api.ts';

export type Theme = (typeof INDICATOR_THEMES)[number];
export type Source = (typeof INDICATOR_SOURCES)[number];

/** What the catalogue screen shows: a source and a theme from its address, and what was typed. */
export interface CatalogFilters {
  source: Source | null;
  theme: Theme | null;
  query: string;
}

const oneOf = <T extends string>(values: readonly T[], value: string | null): T | null =>
  values.find((v) => v === value) ?? null;

/** `?source=u4ssc&theme=health`; an unknown value is no filter, not an error (an old or mistyped link). */
export function parseCatalogFilters(params: URLSearchParams): Omit<CatalogFilters, 'query'> {
  return {
    source: oneOf(INDICATOR_SOURCES, params.get('source')),
    theme: oneOf(INDICATOR_THEMES, params.get('theme')),
  };
}

/** Lower case without accents, so "Ekonomi", "ekonomi" and "EKONOMI" find the same. */
const fold = (text: string) =>
  text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase();

/**
 * The entries the filters keep, in the order given (the API's: by source, then clause number). Every word
 * typed must appear in the code, the clause reference or either name.
 */
export function filterCatalog(entries: readonly CatalogEntry[], filters: CatalogFilters): CatalogEntry[] {
  const terms = fold(filters.query).split(/\s+/).filter(Boolean);
  return entries.filter((entry) => {
    if (filters.source && entry.source !== filters.source) return false;
    if (filters.theme && entry.theme !== filters.theme) return false;
    if (terms.length === 0) return true;
    const haystack = fold([entry.code, entry.reference ?? '', entry.nameId, entry.nameEn].join(' '));
    return terms.every((term) => haystack.includes(term));
  });
}

export interface ThemeGroup {
  theme: Theme;
  entries: CatalogEntry[];
}

/**
 * Entries under their ISO 37120 theme, the themes in the standard's order, empty ones left out. Within a
 * theme the regency's own come first (they are what its people look for), then the given order.
 */
export function groupByTheme(entries: readonly CatalogEntry[]): ThemeGroup[] {
  const byTheme = new Map<Theme, CatalogEntry[]>();
  for (const entry of entries) {
    const group = byTheme.get(entry.theme) ?? [];
    group.push(entry);
    byTheme.set(entry.theme, group);
  }
  return INDICATOR_THEMES.flatMap((theme) => {
    const group = byTheme.get(theme);
    if (!group) return [];
    const own = group.filter((e) => e.regionId !== null);
    const national = group.filter((e) => e.regionId === null);
    return [{ theme, entries: [...own, ...national] }];
  });
}

/** How many entries each source has among those given, for the source filter's labels. */
export function countBySource(entries: readonly CatalogEntry[]): Record<Source, number> {
  const counts = Object.fromEntries(INDICATOR_SOURCES.map((s) => [s, 0])) as Record<Source, number>;
  for (const entry of entries) counts[entry.source] += 1;
  return counts;
}

/** The first `count` entries of the groups, in their order: a long catalogue is shown a part at a time. */
export function firstEntries(groups: readonly ThemeGroup[], count: number): ThemeGroup[] {
  const shown: ThemeGroup[] = [];
  let left = count;
  for (const group of groups) {
    if (left <= 0) break;
    shown.push({ theme: group.theme, entries: group.entries.slice(0, left) });
    left -= group.entries.length;
  }
  return shown;
}
