import type { Court } from '../../src/contract';
/** Placeholder until the courts extractor lands. */
export function extractCourts(text: string): Court[] { void text; return []; }
