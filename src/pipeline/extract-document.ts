/**
 * The clean → extract → records stages on one input, shared by the CLI, the
 * embedded crawler and the BullMQ workers. Pure: bytes in, result object out.
 */
import { createHash } from 'node:crypto';
import { analyse, buildRecords, extractEntities } from '../../extractors';
import { cleanHtml, cleanText, looksLikeHtml } from '../clean';
import type { CleanDocument, CleanResult, ResultObject, SourceRef } from '../contract';
import { SCHEMA_VERSION } from '../contract';
import { decodeBytes } from '../fetch/charset';

export interface RawInput {
  /** as given on the command line, or the URL for crawled pages */
  input: string;
  /** canonical URL if known */
  url: string | null;
  bytes: Uint8Array;
  contentType?: string | null;
  /** treat as plain text even if it has markup (`--text`) */
  forceText?: boolean;
  /** ISO day from `--published`, anchoring dates without a year */
  published?: string | null;
}

export interface CleanedInput {
  source: SourceRef;
  document: CleanDocument;
}

export function sha256Hex(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

export function cleanInput(raw: RawInput): CleanedInput {
  const sha256 = sha256Hex(raw.bytes);
  const { text } = decodeBytes(raw.bytes, { contentType: raw.contentType });
  const isHtml = !raw.forceText && (/html|xml/i.test(raw.contentType ?? '') || looksLikeHtml(text));
  const document = isHtml
    ? cleanHtml(text, { url: raw.url, published: raw.published })
    : cleanText(text, { published: raw.published });
  const url = raw.url ?? document.canonicalUrl ?? null;
  return { source: { input: raw.input, url, sha256 }, document };
}

/** Only the contract's document fields (drops offsetMap and warnings). */
export function publicDocument(doc: CleanDocument): ResultObject['document'] {
  return { title: doc.title, published: doc.published, author: doc.author, lang: doc.lang, text: doc.text };
}

function warningsOf(doc: CleanDocument): { warnings?: string[] } {
  return doc.warnings.length > 0 ? { warnings: doc.warnings } : {};
}

export function toCleanResult(cleaned: CleanedInput): CleanResult {
  return { schemaVersion: SCHEMA_VERSION, source: cleaned.source, document: publicDocument(cleaned.document), ...warningsOf(cleaned.document) };
}

export function extractCleaned(cleaned: CleanedInput): ResultObject {
  // one analysis of the text, read by every extractor and by the records
  const analysis = analyse(cleaned.document);
  const entities = extractEntities(cleaned.document, analysis);
  const records = buildRecords(cleaned.document, entities, { url: cleaned.source.url, sha256: cleaned.source.sha256 }, analysis);
  return {
    schemaVersion: SCHEMA_VERSION,
    source: cleaned.source,
    document: publicDocument(cleaned.document),
    entities,
    records,
    ...warningsOf(cleaned.document),
  };
}

export function extractDocument(raw: RawInput): ResultObject {
  return extractCleaned(cleanInput(raw));
}
