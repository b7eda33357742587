import type { DateEntity } from '../../src/contract';
export interface DateOptions { /** ISO day that anchors dates written without a year */ published?: string | null }
/** Placeholder until the dates extractor lands. */
export function extractDates(text: string, opts: DateOptions = {}): DateEntity[] { void text; void opts; return []; }
