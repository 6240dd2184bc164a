/**
 * Certificates and letters on paper: for each person, the letterhead across the top, the filled
 * template (title lines large and centred, text lines as written, items with a bullet), then the
 * signature image with the signatory's name and title kept together at the end. Each person
 * starts on a new page, so one file holds everyone and any page can be printed alone. Images are
 * read once per file and drawn on every page from the same embedded object.
 */
import type { FilledBlock } from '../../../../shared/domain/document-template';
import { IMAGE_BOX_MM } from '../../../../shared/domain/document-images';
import { PdfWriter, type Paper } from '../../pdf/pdf-writer';
import { openImage } from '../templates/image-check';
import type { StoredImage } from '../templates/templates.repo';

const MM = 72 / 25.4;
const ACCENT = '#1c5d99';
const MUTED = '#5c636a';
const TEXT_SIZE = 11;

export interface DocumentLook {
  letterhead: StoredImage | null;
  signature: StoredImage | null;
  signatoryName: string;
  signatoryTitle: string;
}

export interface PersonDocumentsOptions {
  paper: Paper;
  language: string;
  /** The file's title, shown by PDF readers. */
  title: string;
  /** Certificates are centred on the page; letters read from the left edge. */
  align: 'center' | 'start';
  /** Called after each person's pages, so a long run reports progress and can be cancelled. */
  afterEach?: (done: number, total: number) => Promise<void>;
}

type Opened = ReturnType<typeof openImage>;

/** Draws an image scaled to fit its box, never enlarged; returns the height it took. */
function drawImage(
  writer: PdfWriter,
  image: Opened,
  box: { width: number; height: number },
  align: 'center' | 'start',
): number {
  const scale = Math.min(box.width / image.width, box.height / image.height, 1);
  const width = image.width * scale;
  const height = image.height * scale;
  const x = align === 'center' ? writer.left + (writer.width - width) / 2 : writer.left;
  writer.doc.image(image as unknown as Buffer, x, writer.y, { width, height });
  return height;
}

function drawBlocks(
  writer: PdfWriter,
  blocks: readonly FilledBlock[],
  align: 'center' | 'start',
): void {
  for (const [i, block] of blocks.entries()) {
    if (block.kind === 'gap') {
      writer.space(TEXT_SIZE * 0.9);
      continue;
    }
    if (block.kind === 'title') {
      const next = blocks[i + 1];
      writer.paragraph(block.text, {
        size: 18,
        weight: 'bold',
        align: 'center',
        colour: ACCENT,
        lineHeight: 1.25,
        spaceAfter: next && next.kind !== 'gap' ? 4 : 0,
      });
      continue;
    }
    if (block.kind === 'item' && align === 'center') {
      writer.paragraph(block.text, { size: TEXT_SIZE, lineHeight: 1.4, align, spaceAfter: 1 });
      continue;
    }
    if (block.kind === 'item') {
      const indent = 14;
      const laid = writer.layout(block.text, { size: TEXT_SIZE, lineHeight: 1.4 }, writer.width);
      writer.ensure(laid.lineHeight);
      writer.paragraph('•', { size: TEXT_SIZE, lineHeight: 1.4, x: writer.left + 3, width: 10 });
      writer.y -= laid.lineHeight;
      writer.paragraph(block.text, {
        size: TEXT_SIZE,
        lineHeight: 1.4,
        x: writer.left + indent,
        spaceAfter: 1,
      });
      continue;
    }
    writer.paragraph(block.text, { size: TEXT_SIZE, lineHeight: 1.45, align });
  }
}

/** The signature, the signatory's name and title, moved whole to the next page if need be. */
function drawSignature(
  writer: PdfWriter,
  look: DocumentLook,
  signature: Opened | null,
  align: 'center' | 'start',
): void {
  const box = {
    width: IMAGE_BOX_MM.signature.width * MM,
    height: IMAGE_BOX_MM.signature.height * MM,
  };
  const imageHeight = signature
    ? signature.height * Math.min(box.width / signature.width, box.height / signature.height, 1)
    : 0;
  const textHeight = (look.signatoryName ? 16 : 0) + (look.signatoryTitle ? 30 : 0);
  if (!signature && textHeight === 0) return;
  writer.space(TEXT_SIZE * 1.5);
  writer.ensure(imageHeight + textHeight + 6);
  if (signature) writer.y += drawImage(writer, signature, box, align) + 4;
  if (look.signatoryName)
    writer.paragraph(look.signatoryName, {
      size: TEXT_SIZE,
      weight: 'bold',
      lineHeight: 1.35,
      align,
    });
  if (look.signatoryTitle)
    writer.paragraph(look.signatoryTitle, { size: 9.5, colour: MUTED, lineHeight: 1.35, align });
}

/** One PDF with every person's document, each starting on its own page. */
export async function personDocumentsPdf(
  documents: readonly (readonly FilledBlock[])[],
  look: DocumentLook,
  options: PersonDocumentsOptions,
): Promise<Buffer> {
  const writer = new PdfWriter({
    paper: options.paper,
    language: options.language,
    info: { title: options.title, subject: options.title },
  });
  const letterhead = look.letterhead ? openImage(writer.doc, look.letterhead.bytes) : null;
  const signature = look.signature ? openImage(writer.doc, look.signature.bytes) : null;
  const headBox = {
    width: Math.min(IMAGE_BOX_MM.letterhead.width * MM, writer.width),
    height: IMAGE_BOX_MM.letterhead.height * MM,
  };
  for (const [index, blocks] of documents.entries()) {
    if (index > 0) writer.addPage();
    if (letterhead) writer.y += drawImage(writer, letterhead, headBox, 'center') + 8 * MM;
    else writer.space(10 * MM);
    drawBlocks(writer, blocks, options.align);
    drawSignature(writer, look, signature, options.align);
    await options.afterEach?.(index + 1, documents.length);
  }
  return writer.finish();
}
