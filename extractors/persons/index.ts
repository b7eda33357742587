import type { Person } from '../../src/contract';
/** Placeholder until the persons extractor lands. */
export function extractPersons(text: string): Person[] { void text; return []; }
