/**
 * The reports' per-person documents: the templates of certificates and visa letters (with their
 * letterhead and signature images and a preview), and the passport details visa letters need.
 * Channel names stay in the `reports.` family: the backend's reports slice answers them.
 */
import { z } from 'zod';
import { channel } from './channel';
import { id, text } from './zod-messages';
import { textLines } from './clean-text';
import { isCountryCode } from '../domain/countries';
import { DOCUMENT_KINDS, TEMPLATE_MAX_LENGTH } from '../domain/document-template';
import { IMAGE_ROLES } from '../domain/document-images';
import { STATUSES } from '../domain/people';
import { isCalendarDay, isDayInAcceptedYears } from '../domain/time';

const kind = z.enum(DOCUMENT_KINDS, { error: 'errors.invalid' });
const language = z.enum(['en', 'fr'], { error: 'errors.invalid' });
const role = z.enum(IMAGE_ROLES, { error: 'errors.invalid' });
const day = z
  .string()
  .refine(isCalendarDay, { error: 'errors.invalidDate', abort: true })
  .refine(isDayInAcceptedYears, { error: 'errors.yearOutOfRange' })
  .nullable()
  .default(null);

/** A template's text as typed: lines and tabs are its layout (the clean-text rule allows them). */
const templateBody = z
  .string()
  .max(TEMPLATE_MAX_LENGTH * 2, { error: 'errors.invalid' })
  .register(textLines, { lines: 'multi' });

export const DocumentTemplate = z.object({
  kind,
  language,
  body: z.string(),
  signatoryName: z.string(),
  signatoryTitle: z.string(),
  /** False while the meeting uses the built-in text. */
  custom: z.boolean(),
});
export type DocumentTemplate = z.output<typeof DocumentTemplate>;

export const DocumentImage = z.object({
  role,
  fileName: z.string(),
  mimeType: z.enum(['image/png', 'image/jpeg']),
  width: z.number(),
  height: z.number(),
  size: z.number(),
  /** The image itself as a data: URL, for the preview. */
  dataUrl: z.string(),
});
export type DocumentImage = z.output<typeof DocumentImage>;

const TemplateKey = z.object({ meetingId: id, kind, language });

const Problem = z.discriminatedUnion('code', [
  z.object({ code: z.literal('unknownPlaceholder'), placeholder: z.string(), line: z.number() }),
  z.object({ code: z.literal('otherKindPlaceholder'), placeholder: z.string(), line: z.number() }),
  z.object({ code: z.literal('unclosedBrace'), line: z.number() }),
  z.object({ code: z.literal('empty') }),
  z.object({ code: z.literal('tooLong'), max: z.number() }),
]);

const Block = z.discriminatedUnion('kind', [
  z.object({ kind: z.enum(['title', 'text', 'item']), text: z.string() }),
  z.object({ kind: z.literal('gap') }),
]);

const PersonChoice = z.object({ registrationId: z.number(), name: z.string() });

export const VisaDetailsInput = z
  .object({
    passportNumber: z
      .string({ error: 'errors.required' })
      .transform((s) => s.trim())
      .refine((s) => s.length > 0, { error: 'errors.required' })
      .refine((s) => s.length <= 40, { error: 'errors.tooLong?max=40' }),
    nationalityCode: z
      .string()
      .refine(isCountryCode, { error: 'errors.unknownCountry' })
      .nullable()
      .default(null),
    dateOfBirth: day,
    placeOfBirth: text(200).default(''),
    passportIssuedOn: day,
    passportExpiresOn: day,
    passportAuthority: text(200).default(''),
  })
  .superRefine((d, ctx) => {
    if (d.passportIssuedOn && d.passportExpiresOn && d.passportExpiresOn <= d.passportIssuedOn)
      ctx.addIssue({
        code: 'custom',
        path: ['passportExpiresOn'],
        message: 'errors.passportExpiresBeforeIssue',
      });
    if (d.dateOfBirth && d.passportIssuedOn && d.passportIssuedOn < d.dateOfBirth)
      ctx.addIssue({
        code: 'custom',
        path: ['passportIssuedOn'],
        message: 'errors.passportIssuedBeforeBirth',
      });
  });
export type VisaDetailsInput = z.input<typeof VisaDetailsInput>;

export const VisaDetails = z.object({
  passportNumber: z.string(),
  nationalityCode: z.string().nullable(),
  dateOfBirth: z.string().nullable(),
  placeOfBirth: z.string(),
  passportIssuedOn: z.string().nullable(),
  passportExpiresOn: z.string().nullable(),
  passportAuthority: z.string(),
  updatedAt: z.string(),
});
export type VisaDetails = z.output<typeof VisaDetails>;

export const VisaRequest = z.object({
  registrationId: z.number(),
  givenNames: z.string(),
  familyNames: z.string(),
  organisationName: z.string(),
  countryCode: z.string().nullable(),
  /** The person's nationality, offered when the passport's is not entered yet. */
  personNationalityCode: z.string().nullable(),
  status: z.enum(STATUSES),
  details: VisaDetails.nullable(),
});
export type VisaRequest = z.output<typeof VisaRequest>;

export const reportsDocumentChannels = {
  /** Every template of the meeting (its own, or the built-in text) and its two images. */
  'reports.templates': channel(
    z.object({ meetingId: id }),
    z.object({ templates: z.array(DocumentTemplate), images: z.array(DocumentImage) }),
  ),
  /** Saves a template; refused with its problems (unknown placeholder and its line…) as issues. */
  'reports.saveTemplate': channel(
    TemplateKey.extend({
      body: templateBody,
      signatoryName: text(200).default(''),
      signatoryTitle: text(300).default(''),
    }),
    DocumentTemplate,
  ),
  /** Goes back to the built-in text; returns it, and the text it replaced (for undo). */
  'reports.resetTemplate': channel(
    TemplateKey,
    z.object({ template: DocumentTemplate, previous: DocumentTemplate }),
  ),
  /** Sets the letterhead or signature from a file the user chose; refused unless PNG or JPEG. */
  'reports.setImage': channel(
    z.object({
      meetingId: id,
      role,
      file: z.object({ name: z.string().max(260), base64: z.string() }),
    }),
    DocumentImage,
  ),
  'reports.removeImage': channel(
    z.object({ meetingId: id, role }),
    z.object({ removed: z.boolean() }),
  ),
  /**
   * The document filled for one person (the first who can have it unless one is chosen), or with
   * the placeholders showing when nobody can; the problems of the text as typed.
   */
  'reports.previewDocument': channel(
    TemplateKey.extend({
      body: templateBody,
      registrationId: id.optional(),
    }),
    z.object({
      blocks: z.array(Block),
      problems: z.array(Problem),
      person: PersonChoice.nullable(),
      people: z.array(PersonChoice),
      /** Placeholders the template uses that are empty for this person. */
      missing: z.array(z.string()),
    }),
  ),
  /** Registrations that asked for a visa letter (not declined or cancelled), with their details. */
  'reports.visaRequests': channel(z.object({ meetingId: id }), z.array(VisaRequest)),
  'reports.saveVisaDetails': channel(
    z.object({ registrationId: id, details: VisaDetailsInput }),
    VisaDetails,
  ),
  /** Deletes a person's passport details; returns them so the removal can be undone. */
  'reports.removeVisaDetails': channel(
    z.object({ registrationId: id }),
    z.object({ removed: VisaDetails.nullable() }),
  ),
};
