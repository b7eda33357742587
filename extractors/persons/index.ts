/** extractPersons(text) -> Person[] (being built); findDescriptor re-exported for the records builder. */
import type { Person } from '../../src/contract';
export { findDescriptor } from './descriptor';
export { surnameKey } from './transliteration';

export function extractPersons(text: string): Person[] { void text; return []; }
