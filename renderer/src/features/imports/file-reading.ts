import { IMPORT_MAX_BYTES } from '../../../../shared/domain/imports';
import { formatDecimal } from '../../../../shared/domain/numbers';

export interface PickedFile {
  name: string;
  size: number;
  base64: string;
}

/** Refused before reading: a 50 MB file should not be loaded into the page at all. */
export function isTooLarge(file: { size: number }): boolean {
  return file.size > IMPORT_MAX_BYTES;
}

/** Size in MB with one decimal, for messages, written the language's way ('21.0' / '21,0'). */
export function megabytes(bytes: number, language: string): string {
  return formatDecimal(bytes / 1024 / 1024, language, 1);
}

/** The file's bytes as base64, read by the browser itself (no copy through JavaScript strings). */
export function readAsBase64(file: File): Promise<PickedFile> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onerror = () => reject(reader.error ?? new Error('read failed'));
    reader.onload = () => {
      const url = String(reader.result);
      resolve({ name: file.name, size: file.size, base64: url.slice(url.indexOf(',') + 1) });
    };
    reader.readAsDataURL(file);
  });
}

/** A job id the backend tags its progress with; random so two windows never mix them up. */
export function newJobId(): string {
  return (
    globalThis.crypto?.randomUUID?.() ?? `job-${Date.now()}-${Math.random().toString(36).slice(2)}`
  );
}
