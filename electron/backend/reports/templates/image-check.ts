/**
 * Checks an image the user chose for a letterhead or a signature before it is kept: PNG or JPEG
 * (what PDF pages can carry as they are), not larger than the limits, and readable to the end.
 * pdfkit reads it exactly as it will when the documents are made, so an image that passes here
 * cannot fail later.
 */
import zlib from 'node:zlib';
import PDFDocument from 'pdfkit';
import { DomainError } from '../../errors';
import {
  MAX_IMAGE_BYTES,
  MAX_IMAGE_SIDE,
  type ImageRole,
} from '../../../../shared/domain/document-images';
import type { StoredImage } from './templates.repo';

const PNG = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
const JPEG = Buffer.from([0xff, 0xd8, 0xff]);

/** What pdfkit's openImage returns (not in its type declarations). */
interface OpenedImage {
  width: number;
  height: number;
  /** For PNG: png-js's reader, holding the compressed pixel data. */
  image?: { imgData?: Uint8Array };
}

export function openImage(doc: PDFKit.PDFDocument, bytes: Buffer): OpenedImage {
  return (doc as unknown as { openImage(src: Buffer): OpenedImage }).openImage(bytes);
}

const refuse = (key: string, params: Record<string, string | number>) =>
  new DomainError(
    'validation',
    `errors.image.${key}?${new URLSearchParams(
      Object.entries(params).map(([k, v]): [string, string] => [k, String(v)]),
    ).toString()}`,
    [{ path: ['file'], message: `errors.image.${key}`, params }],
  );

const megabytes = (bytes: number) => (Math.ceil((bytes / 1024 / 1024) * 10) / 10).toFixed(1);

/** The image to store, or a DomainError that names the file and what is wrong with it. */
export function checkImage(role: ImageRole, file: { name: string; base64: string }): StoredImage {
  const name = file.name || 'image';
  // The size is known from the base64 text before decoding it: a huge file is refused unread.
  const size = Math.floor((file.base64.replace(/=+$/, '').length * 3) / 4);
  if (size > MAX_IMAGE_BYTES)
    throw refuse('tooLarge', { name, size: megabytes(size), max: MAX_IMAGE_BYTES / 1024 / 1024 });
  const bytes = Buffer.from(file.base64, 'base64');
  if (bytes.length === 0) throw refuse('empty', { name });
  const mimeType = bytes.subarray(0, 8).equals(PNG)
    ? 'image/png'
    : bytes.subarray(0, 3).equals(JPEG)
      ? 'image/jpeg'
      : null;
  if (!mimeType) throw refuse('notImage', { name });
  let image: OpenedImage;
  try {
    // A throwaway document: openImage parses the whole header and, for PNG, every chunk.
    image = openImage(new PDFDocument({ autoFirstPage: false }), bytes);
  } catch {
    throw refuse('unreadable', { name });
  }
  const { width, height } = image;
  if (!(width > 0 && height > 0)) throw refuse('unreadable', { name });
  if (width > MAX_IMAGE_SIDE || height > MAX_IMAGE_SIDE)
    throw refuse('tooManyPixels', { name, width, height, max: MAX_IMAGE_SIDE });
  // pdfkit inflates a PNG's pixels later, in a callback that throws where nothing can catch it:
  // a cut-short or corrupt PNG is found now instead.
  const pixels = image.image?.imgData;
  if (mimeType === 'image/png' && pixels)
    try {
      zlib.inflateSync(pixels, {
        maxOutputLength: MAX_IMAGE_SIDE * MAX_IMAGE_SIDE * 8 + MAX_IMAGE_SIDE,
      });
    } catch {
      throw refuse('unreadable', { name });
    }
  return { role, fileName: name.slice(0, 260), mimeType, width, height, bytes };
}
