import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import { en } from '@shared/i18n/en';
import { fr } from '@shared/i18n/fr';

export const LANGUAGES = ['fr', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];

const STORAGE_KEY = 'tablee.language';

declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: { translation: typeof en };
  }
}

const isLanguage = (v: unknown): v is Language => typeof v === 'string' && (LANGUAGES as readonly string[]).includes(v);

/** The remembered choice, else the system language: French for fr*, English otherwise. */
export function initialLanguage(): Language {
  try {
    const stored = localStorage.getItem(STORAGE_KEY);
    if (isLanguage(stored)) return stored;
  } catch {
    // Storage may be unavailable (privacy settings): follow the system.
  }
  const langs = [...(navigator.languages ?? []), navigator.language].filter(Boolean);
  return langs[0]?.toLowerCase().startsWith('fr') ? 'fr' : 'en';
}

export function setLanguage(lang: Language): void {
  try {
    localStorage.setItem(STORAGE_KEY, lang);
  } catch {
    // Not remembered, but still switched.
  }
  void i18n.changeLanguage(lang);
}

const lng = initialLanguage();
void i18n.use(initReactI18next).init({
  resources: { en: { translation: en }, fr: { translation: fr } },
  lng,
  fallbackLng: 'en',
  supportedLngs: [...LANGUAGES],
  interpolation: { escapeValue: false },
  initAsync: false,
  returnNull: false,
});
document.documentElement.lang = lng;
i18n.on('languageChanged', (l) => {
  document.documentElement.lang = l;
});

export default i18n;
