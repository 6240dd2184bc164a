import type { ReactNode } from 'react';
import { Stack, Text } from '@mantine/core';

/** A read-only field of a details card: a small caption above its value. */
export function DetailField({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div>
      <Text size="xs" c="dimmed" tt="uppercase" fw={600}>
        {label}
      </Text>
      <Text component="div">{children}</Text>
    </div>
  );
}

/** A long free text (description, notes) under its caption, keeping the author's line breaks. */
export function DetailText({ label, text }: { label: string; text: string }) {
  return (
    <Stack gap={4} mt="lg">
      <Text size="xs" c="dimmed" tt="uppercase" fw={600}>
        {label}
      </Text>
      <Text style={{ whiteSpace: 'pre-wrap' }}>{text}</Text>
    </Stack>
  );
}
