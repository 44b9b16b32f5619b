import { SegmentedControl, VisuallyHidden } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { currentLanguage, LANGUAGES, type Language, setLanguage } from '../i18n/i18n.ts';

/** ID | EN, remembered in this browser. */
export function LanguageSwitch() {
  const { t } = useTranslation();
  return (
    <SegmentedControl
      size="xs"
      aria-label={t('language.label')}
      value={currentLanguage()}
      onChange={(value) => void setLanguage(value as Language)}
      data={LANGUAGES.map((language) => ({
        value: language,
        label: (
          <>
            <span aria-hidden>{t(`language.${language}`)}</span>
            <VisuallyHidden>{t(`language.${language}Name`)}</VisuallyHidden>
          </>
        ),
      }))}
    />
  );
}
