import { SegmentedControl } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { UI_LANGUAGES, type UiLanguage } from '../../../shared/domain/ui-languages';
import { useSettingsStore } from './settings.store';

/**
 * Switches the interface language at once and remembers it with the data; before the database is
 * open (the passphrase screen) there is nowhere to remember it, so `remember` is off there.
 */
export function LanguageSwitch({ remember = true }: { remember?: boolean }) {
  const { t, i18n } = useTranslation();
  const saveLanguage = useSettingsStore((s) => s.setLanguage);
  const setLanguage = (language: UiLanguage) =>
    remember ? saveLanguage(language) : i18n.changeLanguage(language);
  return (
    <SegmentedControl
      size="xs"
      aria-label={t('app.language')}
      value={i18n.language}
      onChange={(value) => void setLanguage(value as UiLanguage)}
      data={UI_LANGUAGES.map((code) => ({ value: code, label: t(`languages.${code}`) }))}
    />
  );
}
