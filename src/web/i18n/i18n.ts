import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { catalogues, type LazyCatalogues } from './catalogues.ts';

export const LANGUAGES = ['id', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];

/** Indonesian first: the people who plan in Rancang work in it; English is for partners and reviewers. */
export const DEFAULT_LANGUAGE: Language = 'id';
const STORAGE_KEY = 'rancang.language';

export const resources = {
  id: { translation: catalogues.id },
  en: { translation: catalogues.en },
} as const;

declare module 'i18next' {
  interface CustomTypeOptions {
    // Every t('…') key is checked against the Indonesian catalogue at compile time.
    resources: { translation: typeof catalogues.id & LazyCatalogues };
  }
}

const isLanguage = (value: unknown): value is Language => LANGUAGES.includes(value as Language);

function storedLanguage(): Language {
  try {
    const stored = localStorage.getItem(STORAGE_KEY);
    return isLanguage(stored) ? stored : DEFAULT_LANGUAGE;
  } catch {
    // Storage can be switched off (private windows, strict settings): fall back to the default.
    return DEFAULT_LANGUAGE;
  }
}

/** Switches the language and remembers it in this browser. */
export async function setLanguage(language: Language) {
  try {
    localStorage.setItem(STORAGE_KEY, language);
  } catch {
    // Not remembered, but still switched for this visit.
  }
  await i18next.changeLanguage(language);
}

export const currentLanguage = (): Language =>
  isLanguage(i18next.resolvedLanguage) ? i18next.resolvedLanguage : DEFAULT_LANGUAGE;

/** Starts i18next with both catalogues bundled (they are small): the first render is already translated. */
export function initI18n() {
  // Screen readers and the browser's hyphenation and spell check follow the page language.
  i18next.on('languageChanged', (language) => {
    document.documentElement.lang = language;
  });
  return i18next.use(initReactI18next).init({
    resources,
    lng: storedLanguage(),
    fallbackLng: DEFAULT_LANGUAGE,
    supportedLngs: LANGUAGES,
    // React escapes what it renders already.
    interpolation: { escapeValue: false },
    returnNull: false,
  });
}
