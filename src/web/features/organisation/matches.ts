/** Lower case without accents, so that "sipahutar" finds "Sipahutar" and "e" finds "é". */
const fold = (text: string) => text.normalize('NFD').replace(/\p{M}/gu, '').toLocaleLowerCase('id');

/**
 * Whether a row matches what was typed in a list's search box: every word typed appears in one of the
 * row's texts (in any order), so "dinas info" finds "Dinas Komunikasi dan Informatika".
 */
export function matches(query: string, texts: readonly (string | null | undefined)[]): boolean {
  const words = fold(query).split(/\s+/).filter(Boolean);
  if (words.length === 0) return true;
  const haystack = fold(texts.filter(Boolean).join(' '));
  return words.every((word) => haystack.includes(word));
}
