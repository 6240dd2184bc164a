import { Alert } from '@mantine/core';

/** The form-wide message (a refusal no field can show), announced to screen readers; nothing when empty. */
export function FormAlert({ message }: { message: string | null }) {
  if (!message) return null;
  return (
    <Alert color="red" role="alert">
      {message}
    </Alert>
  );
}
