import i18next from 'i18next';
import type { LazyCatalogues } from './catalogues.ts';
import type { Language } from './i18n.ts';

/**
 * Adds a feature's messages, in both languages, under their top-level key. Called when the feature's
 * chunk is evaluated, so its words are there before its first render and a language switch finds both.
 * Adding them again (a second screen of the feature) changes nothing.
 */
export function registerCatalogue<K extends keyof LazyCatalogues>(
  key: K,
  messages: Record<Language, LazyCatalogues[K]>,
) {
  for (const [language, catalogue] of Object.entries(messages))
    i18next.addResourceBundle(language, 'translation', { [key]: catalogue }, true, true);
}
