import { Button, type ButtonProps } from '@mantine/core';
import type { ReactNode } from 'react';

/**
 * The submit button of a form that checks each field as it is left. Pressed with the pointer, it
 * keeps the focus in the field: otherwise the field is left on the button's mousedown, its message
 * appears or goes, the button moves out from under the pointer and the click is lost (a corrected
 * day, then "Create", did nothing). Submitting checks every field anyway and focuses the first
 * wrong one; the keyboard (Tab, Enter) works as before.
 */
export function SubmitButton({ children, ...props }: ButtonProps & { children: ReactNode }) {
  return (
    <Button type="submit" {...props} onMouseDown={(event) => event.preventDefault()}>
      {children}
    </Button>
  );
}
