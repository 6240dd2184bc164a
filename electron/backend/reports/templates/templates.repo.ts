import type { Db } from '../../db/connection';
import type { DocumentKind } from '../../../../shared/domain/document-template';
import type { ImageRole } from '../../../../shared/domain/document-images';

export type DocumentLanguage = 'en' | 'fr';

/** A template as stored; the column says visa_letter where the code says visaLetter. */
export interface StoredTemplate {
  kind: DocumentKind;
  language: DocumentLanguage;
  body: string;
  signatoryName: string;
  signatoryTitle: string;
}

export interface StoredImage {
  role: ImageRole;
  fileName: string;
  mimeType: 'image/png' | 'image/jpeg';
  width: number;
  height: number;
  bytes: Buffer;
}

const COLUMN_KIND: Record<DocumentKind, string> = {
  certificate: 'certificate',
  visaLetter: 'visa_letter',
};

interface TemplateRow {
  kind: string;
  language: DocumentLanguage;
  body: string;
  signatory_name: string;
  signatory_title: string;
}

const toTemplate = (r: TemplateRow): StoredTemplate => ({
  kind: r.kind === 'visa_letter' ? 'visaLetter' : 'certificate',
  language: r.language,
  body: r.body,
  signatoryName: r.signatory_name,
  signatoryTitle: r.signatory_title,
});

/** SQL of the document templates and their images (migration 0210). */
export function createTemplatesRepo(db: Db) {
  const s = {
    templates: db.prepare<[number], TemplateRow>(
      `SELECT kind, language, body, signatory_name, signatory_title FROM document_template
       WHERE meeting_id = ?`,
    ),
    template: db.prepare<[number, string, string], TemplateRow>(
      `SELECT kind, language, body, signatory_name, signatory_title FROM document_template
       WHERE meeting_id = ? AND kind = ? AND language = ?`,
    ),
    save: db.prepare(`
      INSERT INTO document_template (meeting_id, kind, language, body, signatory_name,
        signatory_title, updated_at)
      VALUES (@meetingId, @kind, @language, @body, @signatoryName, @signatoryTitle, @now)
      ON CONFLICT (meeting_id, kind, language) DO UPDATE SET body = excluded.body,
        signatory_name = excluded.signatory_name, signatory_title = excluded.signatory_title,
        updated_at = excluded.updated_at`),
    remove: db.prepare<[number, string, string]>(
      'DELETE FROM document_template WHERE meeting_id = ? AND kind = ? AND language = ?',
    ),
    images: db.prepare<
      [number],
      {
        role: ImageRole;
        file_name: string;
        mime_type: StoredImage['mimeType'];
        width: number;
        height: number;
        bytes: Buffer;
      }
    >(
      `SELECT role, file_name, mime_type, width, height, bytes FROM document_image
       WHERE meeting_id = ? ORDER BY role`,
    ),
    saveImage: db.prepare(`
      INSERT INTO document_image (meeting_id, role, file_name, mime_type, width, height, bytes,
        updated_at)
      VALUES (@meetingId, @role, @fileName, @mimeType, @width, @height, @bytes, @now)
      ON CONFLICT (meeting_id, role) DO UPDATE SET file_name = excluded.file_name,
        mime_type = excluded.mime_type, width = excluded.width, height = excluded.height,
        bytes = excluded.bytes, updated_at = excluded.updated_at`),
    removeImage: db.prepare<[number, string]>(
      'DELETE FROM document_image WHERE meeting_id = ? AND role = ?',
    ),
  };

  return {
    templates: (meetingId: number): StoredTemplate[] => s.templates.all(meetingId).map(toTemplate),
    template(meetingId: number, kind: DocumentKind, language: DocumentLanguage) {
      const row = s.template.get(meetingId, COLUMN_KIND[kind], language);
      return row ? toTemplate(row) : null;
    },
    save(meetingId: number, template: StoredTemplate, now: string): void {
      s.save.run({ meetingId, ...template, kind: COLUMN_KIND[template.kind], now });
    },
    remove(meetingId: number, kind: DocumentKind, language: DocumentLanguage): void {
      s.remove.run(meetingId, COLUMN_KIND[kind], language);
    },
    images: (meetingId: number): StoredImage[] =>
      s.images.all(meetingId).map((r) => ({
        role: r.role,
        fileName: r.file_name,
        mimeType: r.mime_type,
        width: r.width,
        height: r.height,
        bytes: r.bytes,
      })),
    saveImage(meetingId: number, image: StoredImage, now: string): void {
      s.saveImage.run({ meetingId, ...image, now });
    },
    removeImage: (meetingId: number, role: ImageRole): boolean =>
      s.removeImage.run(meetingId, role).changes > 0,
  };
}
