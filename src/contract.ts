/**
 * The result object and CaseRecord of CONTRACT.md, as zod schemas and the
 * TypeScript types inferred from them. Every stage speaks these types.
 */
import { z } from 'zod';
import { SCHEMA_VERSION } from './schema-version';

export { SCHEMA_VERSION };

/** Half-open UTF-16 offsets into document.text; text === document.text.slice(start, end). */
export const SpanSchema = z.object({
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  text: z.string(),
});
export type Span = z.infer<typeof SpanSchema>;

export const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;
export const ISO_DAY_OR_MONTH = /^\d{4}-\d{2}(-\d{2})?$/;

export const DocumentSchema = z.object({
  title: z.string().nullable(),
  published: z.string().regex(ISO_DAY).nullable(),
  author: z.string().nullable(),
  lang: z.string().nullable(),
  text: z.string(),
});
export type Document = z.infer<typeof DocumentSchema>;

/** Where a run of document.text came from in the source HTML (eyecite-style map back onto markup). */
export interface OffsetSegment {
  /** start offset in document.text */
  textStart: number;
  /** end offset in document.text (exclusive) */
  textEnd: number;
  /** start offset in the decoded source HTML string */
  htmlStart: number;
  /** end offset in the decoded source HTML string (exclusive) */
  htmlEnd: number;
}

/** The contract's document plus what later stages need but do not print. */
export interface CleanDocument extends Document {
  /** canonical URL found in the page (<link rel=canonical>, og:url), else null */
  canonicalUrl: string | null;
  /** segments mapping text offsets back into the source HTML; empty for plain text */
  offsetMap: OffsetSegment[];
  /** machine-readable warnings (e.g. "empty-text", "frameset", "truncated-html") */
  warnings: string[];
}

export const PENALTY_TYPES = [
  'imprisonment',
  'administrative_detention',
  'restriction_of_freedom',
  'suspended_sentence',
  'probation',
  'house_arrest',
  'community_service',
  'fine',
  'warning',
  'ban',
  'forced_labour',
  'compulsory_treatment',
  'death_penalty',
  'other',
] as const;
export type PenaltyType = (typeof PENALTY_TYPES)[number];

export const CODE_KINDS = ['criminal', 'administrative', 'civil', 'constitution', 'other', 'unknown'] as const;
export type CodeKind = (typeof CODE_KINDS)[number];

/** What the text says a person is in the proceedings (added to schema version 1 without breaking it). */
export const PERSON_ROLES = ['defendant', 'judge', 'prosecutor', 'lawyer', 'witness', 'victim', 'official', 'other'] as const;
export type PersonRole = (typeof PERSON_ROLES)[number];

/** `mentions` holds the name spans and, when resolved, the references without the name ("the applicant", "he"). */
export const PersonSchema = z.object({ name: z.string(), role: z.enum(PERSON_ROLES).nullable().optional(), mentions: z.array(SpanSchema) });
export type Person = z.infer<typeof PersonSchema>;

export const CourtSchema = z.object({ name: z.string(), mentions: z.array(SpanSchema) });
export type Court = z.infer<typeof CourtSchema>;

export const ArticleRefSchema = z.object({
  article: z.string(),
  part: z.string().nullable(),
  code: z.enum(CODE_KINDS),
  mention: SpanSchema,
});
export type ArticleRef = z.infer<typeof ArticleRefSchema>;

export const DateEntitySchema = z.object({ date: z.string().regex(ISO_DAY_OR_MONTH), mention: SpanSchema });
export type DateEntity = z.infer<typeof DateEntitySchema>;

export const PenaltySchema = z.object({
  person: z.string().nullable(),
  type: z.enum(PENALTY_TYPES),
  duration: z.string().nullable(),
  amount: z.number().nullable(),
  currency: z.string().nullable(),
  date: z.string().regex(ISO_DAY_OR_MONTH).nullable(),
  inferred: z.boolean(),
  mention: SpanSchema,
});
export type Penalty = z.infer<typeof PenaltySchema>;

export const EntitiesSchema = z.object({
  persons: z.array(PersonSchema),
  courts: z.array(CourtSchema),
  articles: z.array(ArticleRefSchema),
  dates: z.array(DateEntitySchema),
  penalties: z.array(PenaltySchema),
});
export type Entities = z.infer<typeof EntitiesSchema>;

export const ChargeSchema = z.object({
  article: z.string(),
  part: z.string().nullable(),
  code: z.enum(CODE_KINDS),
  label: z.string().nullable(),
});
export type Charge = z.infer<typeof ChargeSchema>;

export const RecordPenaltySchema = z.object({
  type: z.enum(PENALTY_TYPES),
  duration: z.string().nullable(),
  amount: z.number().nullable(),
  currency: z.string().nullable(),
  inferred: z.boolean(),
});
export type RecordPenalty = z.infer<typeof RecordPenaltySchema>;

export const CaseRecordSchema = z.object({
  id: z.string(),
  person: z.object({ name: z.string(), descriptor: z.string().nullable() }),
  court: z.string().nullable(),
  date: z.string().regex(ISO_DAY_OR_MONTH).nullable(),
  charges: z.array(ChargeSchema),
  penalties: z.array(RecordPenaltySchema),
  evidence: z.array(SpanSchema),
  confidence: z.number().min(0).max(1),
  source: z.object({ url: z.string().nullable(), sha256: z.string() }),
});
export type CaseRecord = z.infer<typeof CaseRecordSchema>;

export const SourceRefSchema = z.object({
  input: z.string(),
  url: z.string().nullable(),
  sha256: z.string(),
});
export type SourceRef = z.infer<typeof SourceRefSchema>;

/** What `casefile extract` prints per input. */
export const ResultObjectSchema = z.object({
  schemaVersion: z.literal(SCHEMA_VERSION),
  source: SourceRefSchema,
  document: DocumentSchema,
  entities: EntitiesSchema,
  records: z.array(CaseRecordSchema),
  /** added to the contract: machine-readable cleaning warnings ("empty-text", "frameset", ...), when any */
  warnings: z.array(z.string()).optional(),
});
export type ResultObject = z.infer<typeof ResultObjectSchema>;

/** What `casefile clean` prints per input. */
export const CleanResultSchema = ResultObjectSchema.pick({ schemaVersion: true, source: true, document: true, warnings: true });
export type CleanResult = z.infer<typeof CleanResultSchema>;

/** The line printed in place of a bad input. */
export const ErrorResultSchema = z.object({
  schemaVersion: z.literal(SCHEMA_VERSION),
  source: z.object({ input: z.string() }).passthrough(),
  error: z.object({ code: z.string(), message: z.string() }),
});
export type ErrorResult = z.infer<typeof ErrorResultSchema>;

export function emptyEntities(): Entities {
  return { persons: [], courts: [], articles: [], dates: [], penalties: [] };
}
