/**
 * The clean → extract → records stages on one input, shared by the CLI, the
 * embedded crawler and the BullMQ workers. Pure: bytes in, result object out.
 */
import { analyse, buildRecords, extractEntities } from '../../extractors';
import type { ResultObject } from '../contract';
import { SCHEMA_VERSION } from '../contract';
import { type CleanedInput, cleanInput, publicDocument, type RawInput, warningsOf } from './clean-document';

export { type CleanedInput, cleanInput, publicDocument, type RawInput, sha256Hex, toCleanResult } from './clean-document';

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
