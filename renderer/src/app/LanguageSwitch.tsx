import { useTranslation } from 'react-i18next';
import { LANGUAGES, setLanguage } from '../i18n';
import { LargeTextSwitch } from './LargeTextSwitch';

/** FR / EN, remembered on this computer; beside it, the large-text switch (wherever the language can be chosen). */
export function LanguageSwitch() {
  const { t, i18n } = useTranslation();
  return (
    <>
      <div className="language-switch" role="group" aria-label={t('language.label')} data-testid="language-switch" data-language={i18n.language}>
        {LANGUAGES.map((lang) => (
          <button
            key={lang}
            type="button"
            lang={lang}
            data-testid={`language-${lang}`}
            aria-pressed={i18n.language === lang}
            title={t(`language.${lang}Name`)}
            onClick={() => setLanguage(lang)}
          >
            {t(`language.${lang}`)}
          </button>
        ))}
      </div>
      <LargeTextSwitch />
    </>
  );
}
