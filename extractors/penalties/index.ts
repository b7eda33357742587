import type { Court, DateEntity, Penalty, Person } from '../../src/contract';
export interface PenaltyContext { persons: Person[]; dates: DateEntity[]; courts: Court[] }
/** Placeholder until the penalties extractor lands. */
export function extractPenalties(text: string, ctx: PenaltyContext): Penalty[] { void text; void ctx; return []; }
