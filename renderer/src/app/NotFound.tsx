import { Anchor, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';

export function NotFound() {
  const { t } = useTranslation();
  return (
    <Stack>
      <Text>{t('app.notFound')}</Text>
      <Anchor component={Link} href="/meetings">
        {t('app.backHome')}
      </Anchor>
    </Stack>
  );
}
