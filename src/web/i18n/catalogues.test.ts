import { describe, expect, it } from 'vitest';
import catalogEn from '../features/catalog/i18n/en.json';
import catalogId from '../features/catalog/i18n/id.json';
import documentsEn from '../features/documents/i18n/en.json';
import documentsId from '../features/documents/i18n/id.json';
import indicatorsEn from '../features/indicators/i18n/en.json';
import indicatorsId from '../features/indicators/i18n/id.json';
import { catalogues } from './catalogues.ts';

/** Every message of the app: the first download's and those that come with their screens. */
const messages = {
  id: { ...catalogues.id, indicators: indicatorsId, documents: documentsId, catalog: catalogId },
  en: { ...catalogues.en, indicators: indicatorsEn, documents: documentsEn, catalog: catalogEn },
};

const PLURAL = /_(zero|one|two|few|many|other)$/;

function flatten(value: unknown, prefix = ''): Record<string, string> {
  if (typeof value === 'string') return { [prefix]: value };
  return Object.assign(
    {},
    ...Object.entries(value as Record<string, unknown>).map(([k, v]) =>
      flatten(v, prefix ? `${prefix}.${k}` : k),
    ),
  );
}

const flat = { id: flatten(messages.id), en: flatten(messages.en) };
const baseKeys = (messages: Record<string, string>) =>
  [...new Set(Object.keys(messages).map((k) => k.replace(PLURAL, '')))].sort();

describe('the translation catalogues', () => {
  it('say the same things in Indonesian and English: no screen falls back to the other language', () => {
    expect(baseKeys(flat.en)).toEqual(baseKeys(flat.id));
  });

  it('have every plural form each language needs, and no empty message', () => {
    for (const [language, messages] of Object.entries(flat)) {
      const categories = new Intl.PluralRules(language).resolvedOptions().pluralCategories;
      const plurals = new Set(
        Object.keys(messages)
          .filter((k) => PLURAL.test(k))
          .map((k) => k.replace(PLURAL, '')),
      );
      for (const key of plurals)
        for (const category of categories) expect(messages, language).toHaveProperty([`${key}_${category}`]);
      for (const [key, message] of Object.entries(messages))
        expect(message.trim(), `${language} ${key}`).not.toBe('');
    }
  });

  it('use the same placeholders in both languages', () => {
    const placeholders = (m = '') => [...m.matchAll(/\{\{(\w+)\}\}/g)].map((p) => p[1]).sort();
    for (const [key, message] of Object.entries(flat.en)) {
      const idKey = key in flat.id ? key : key.replace(PLURAL, '_other');
      expect(placeholders(flat.id[idKey]), key).toEqual(placeholders(message));
    }
  });
});
