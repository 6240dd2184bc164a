import type { Migration } from '../migrate';

/**
 * The organiser's templates for the documents made per person (certificates of attendance,
 * invitation and visa-support letters), one per meeting, kind and language, and the two images
 * those documents carry: the letterhead at the top and the signature above the signatory's name.
 * A meeting without a row of its own uses the built-in text of that language. Images are kept as
 * the PNG or JPEG bytes the user chose (checked and bounded before they are stored), so a
 * document made on another day looks the same.
 */
const migration: Migration = {
  version: 210,
  name: 'document-templates',
  up(db) {
    db.exec(`
      CREATE TABLE document_template (
        meeting_id INTEGER NOT NULL REFERENCES meeting(id) ON DELETE CASCADE,
        kind TEXT NOT NULL CHECK (kind IN ('certificate', 'visa_letter')),
        language TEXT NOT NULL CHECK (language IN ('en', 'fr')),
        body TEXT NOT NULL CHECK (length(body) <= 20000),
        signatory_name TEXT NOT NULL DEFAULT '' CHECK (length(signatory_name) <= 200),
        signatory_title TEXT NOT NULL DEFAULT '' CHECK (length(signatory_title) <= 300),
        updated_at TEXT NOT NULL,
        PRIMARY KEY (meeting_id, kind, language)
      ) STRICT, WITHOUT ROWID;

      CREATE TABLE document_image (
        meeting_id INTEGER NOT NULL REFERENCES meeting(id) ON DELETE CASCADE,
        role TEXT NOT NULL CHECK (role IN ('letterhead', 'signature')),
        file_name TEXT NOT NULL DEFAULT '',
        mime_type TEXT NOT NULL CHECK (mime_type IN ('image/png', 'image/jpeg')),
        width INTEGER NOT NULL CHECK (width > 0),
        height INTEGER NOT NULL CHECK (height > 0),
        bytes BLOB NOT NULL CHECK (length(bytes) <= 2097152),
        updated_at TEXT NOT NULL,
        PRIMARY KEY (meeting_id, role)
      ) STRICT;
    `);
  },
};
export default migration;
