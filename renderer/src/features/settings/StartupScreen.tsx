import type { ReactNode } from 'react';
import { Center, Group, Paper, Stack, Title } from '@mantine/core';
import { LanguageSwitch } from '../../app/LanguageSwitch';

/** The frame of the screens shown instead of the app until the database can be used. */
export function StartupScreen({
  icon,
  title,
  children,
}: {
  icon: ReactNode;
  title: string;
  children: ReactNode;
}) {
  return (
    <Center mih="100vh" p="xl" component="main">
      <Paper withBorder p="xl" maw={620} w="100%">
        <Stack>
          <Group justify="flex-end">
            <LanguageSwitch remember={false} />
          </Group>
          <Group gap="sm" wrap="nowrap">
            {icon}
            <Title order={1} size="h2">
              {title}
            </Title>
          </Group>
          {children}
        </Stack>
      </Paper>
    </Center>
  );
}
