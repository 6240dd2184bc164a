/**
 * The organiser's templates and images: read (the meeting's own text, or the built-in one of
 * that language), saved only when every placeholder is known, reset to the built-in text, and
 * previewed for a real person of the meeting.
 */
import en from '../../../../shared/i18n/en.json' with { type: 'json' };
import fr from '../../../../shared/i18n/fr.json' with { type: 'json' };
import type { Db } from '../../db/connection';
import { DomainError } from '../../errors';
import type { ParsedInput } from '../../../../shared/api';
import type { DocumentImage, DocumentTemplate } from '../../../../shared/api/reports-documents';
import {
  DOCUMENT_KINDS,
  parseTemplate,
  type DocumentKind,
  type TemplateProblem,
} from '../../../../shared/domain/document-template';
import type { ImageRole } from '../../../../shared/domain/document-images';
import { nowIso } from '../../../../shared/domain/time';
import { checkImage } from './image-check';
import {
  createTemplatesRepo,
  type DocumentLanguage,
  type StoredImage,
  type StoredTemplate,
} from './templates.repo';

const LANGUAGES: readonly DocumentLanguage[] = ['en', 'fr'];
const BUILT_IN = { en: en.reports.templates.builtIn, fr: fr.reports.templates.builtIn };

/** The text a meeting starts from, in each language. */
export function builtInTemplate(kind: DocumentKind, language: DocumentLanguage): StoredTemplate {
  const texts = BUILT_IN[language][kind];
  return { kind, language, body: texts.body, signatoryName: '', signatoryTitle: '' };
}

/** A problem as the message the editor shows ('errors.template.unknownPlaceholder?…'). */
export function problemMessage(problem: TemplateProblem): string {
  const { code, ...params } = problem;
  const query = new URLSearchParams(
    Object.entries(params).map(([k, v]): [string, string] => [
      k,
      k === 'placeholder' ? `{${v}}` : String(v),
    ]),
  ).toString();
  return `errors.template.${code}${query ? `?${query}` : ''}`;
}

const toImage = (image: StoredImage): DocumentImage => ({
  role: image.role,
  fileName: image.fileName,
  mimeType: image.mimeType,
  width: image.width,
  height: image.height,
  size: image.bytes.length,
  dataUrl: `data:${image.mimeType};base64,${image.bytes.toString('base64')}`,
});

export function createTemplatesService(db: Db, meetingExists: (id: number) => void) {
  const repo = createTemplatesRepo(db);

  function template(meetingId: number, kind: DocumentKind, language: DocumentLanguage) {
    const own = repo.template(meetingId, kind, language);
    return own
      ? { ...own, custom: true }
      : { ...builtInTemplate(kind, language), custom: false as boolean };
  }

  return {
    repo,
    template,
    /** The look of the documents: both images, and the signatory of the template used. */
    look(meetingId: number, kind: DocumentKind, language: DocumentLanguage) {
      const images = repo.images(meetingId);
      const used = template(meetingId, kind, language);
      return {
        template: used,
        look: {
          letterhead: images.find((i) => i.role === 'letterhead') ?? null,
          signature: images.find((i) => i.role === 'signature') ?? null,
          signatoryName: used.signatoryName,
          signatoryTitle: used.signatoryTitle,
        },
      };
    },
    all(meetingId: number): { templates: DocumentTemplate[]; images: DocumentImage[] } {
      meetingExists(meetingId);
      return {
        templates: DOCUMENT_KINDS.flatMap((kind) =>
          LANGUAGES.map((language) => template(meetingId, kind, language)),
        ),
        images: repo.images(meetingId).map(toImage),
      };
    },
    save(input: ParsedInput<'reports.saveTemplate'>): DocumentTemplate {
      meetingExists(input.meetingId);
      const { problems } = parseTemplate(input.body, input.kind);
      if (problems.length > 0)
        throw new DomainError(
          'validation',
          problemMessage(problems[0]!),
          problems.map((p) => ({ path: ['body'], message: problemMessage(p) })),
        );
      const stored: StoredTemplate = {
        kind: input.kind,
        language: input.language,
        body: input.body,
        signatoryName: input.signatoryName,
        signatoryTitle: input.signatoryTitle,
      };
      repo.save(input.meetingId, stored, nowIso());
      return { ...stored, custom: true };
    },
    reset(input: ParsedInput<'reports.resetTemplate'>) {
      meetingExists(input.meetingId);
      const previous = template(input.meetingId, input.kind, input.language);
      repo.remove(input.meetingId, input.kind, input.language);
      return { template: template(input.meetingId, input.kind, input.language), previous };
    },
    setImage(input: ParsedInput<'reports.setImage'>): DocumentImage {
      meetingExists(input.meetingId);
      const image = checkImage(input.role, input.file);
      repo.saveImage(input.meetingId, image, nowIso());
      return toImage(image);
    },
    removeImage(meetingId: number, role: ImageRole) {
      meetingExists(meetingId);
      return { removed: repo.removeImage(meetingId, role) };
    },
  };
}

export type TemplatesService = ReturnType<typeof createTemplatesService>;
