import { describe, expect, it } from 'vitest';
import { catalogues as messages } from './catalogues.ts';

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

const catalogues = { id: flatten(messages.id), en: flatten(messages.en) };
const baseKeys = (messages: Record<string, string>) =>
  [...new Set(Object.keys(messages).map((k) => k.replace(PLURAL, '')))].sort();

describe('the translation catalogues', () => {
  it('say the same things in Indonesian and English: no screen falls back to the other language', () => {
    expect(baseKeys(catalogues.en)).toEqual(baseKeys(catalogues.id));
  });

  it('have every plural form each language needs, and no empty message', () => {
    for (const [language, messages] of Object.entries(catalogues)) {
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
    for (const [key, message] of Object.entries(catalogues.en)) {
      const idKey = key in catalogues.id ? key : key.replace(PLURAL, '_other');
      expect(placeholders(catalogues.id[idKey]), key).toEqual(placeholders(message));
    }
  });
});
