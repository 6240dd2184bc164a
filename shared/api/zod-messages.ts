import { z } from 'zod';
import { textLines } from './clean-text';

/**
 * Messages are i18n keys, optionally followed by `?name=value` parameters, so the same text (with
 * its numbers) shows whether the form or the backend found the problem.
 *
 * Shared field rules whose messages are i18n keys, so the backend's validation issues and the
 * form's own checks show the same translated text next to the field.
 */
export const text = (max: number) =>
  z
    .string({ error: 'errors.required' })
    .max(max, { error: `errors.tooLong?max=${max}` })
    .transform((s) => s.trim());

export const requiredText = (max: number) =>
  z
    .string({ error: 'errors.required' })
    .max(max, { error: `errors.tooLong?max=${max}` })
    .transform((s) => s.trim())
    .refine((s) => s.length > 0, { error: 'errors.required' });

export const id = z.number({ error: 'errors.required' }).int().positive();

/**
 * Text that may span lines (descriptions, notes, citations): tab and line breaks are allowed in it
 * by the clean-text rule (shared/api/clean-text.ts), which refuses them in every other text field.
 */
export const multilineText = (max: number) => text(max).register(textLines, { lines: 'multi' });

/**
 * What a search box sends: matched, never stored, so never refused for its characters (control
 * characters and broken ones separate words, as punctuation does); only its length is limited.
 */
export const searchText = (max: number) =>
  z
    .string({ error: 'errors.required' })
    .max(max, { error: `errors.tooLong?max=${max}` })
    .register(textLines, { lines: 'search' });
