import { Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/** A dimmed "none" in a table cell whose value is missing. */
export function NoneText() {
  const { t } = useTranslation();
  return (
    <Text span c="dimmed">
      {t('common.none')}
    </Text>
  );
}
