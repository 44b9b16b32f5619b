import type { CatalogEntry } from '../api.ts';

/** Lower case without accents or punctuation, so "Ekonomi", "ekonomi" and "37120-5.1" find the same. */
const fold = (text: string) =>
  text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase();

/**
 * Catalogue entries matching what was typed: every word must appear in the code, the reference, either
 * name, the source or the theme as the reader's language names it (`themeName`). Entries the plan
 * already has are left out: it cannot select one twice. The regency's own come first, then by code.
 */
export function searchCatalog(
  entries: readonly CatalogEntry[],
  query: string,
  words: { themeName: (entry: CatalogEntry) => string; sourceName: (entry: CatalogEntry) => string },
  selected: ReadonlySet<string>,
): CatalogEntry[] {
  const terms = fold(query).split(/\s+/).filter(Boolean);
  return entries
    .filter((entry) => !selected.has(entry.id))
    .filter((entry) => {
      if (terms.length === 0) return true;
      const haystack = fold(
        [
          entry.code,
          entry.reference ?? '',
          entry.nameId,
          entry.nameEn,
          words.themeName(entry),
          words.sourceName(entry),
        ].join(' '),
      );
      return terms.every((term) => haystack.includes(term));
    })
    .sort(
      (a, b) => Number(b.regionId !== null) - Number(a.regionId !== null) || a.code.localeCompare(b.code),
    );
}
