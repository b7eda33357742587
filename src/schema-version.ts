/**
 * The result object's schema version, on its own: commands that only print results
 * (`casefile clean`) need the number, not the zod schemas of contract.ts.
 */
export const SCHEMA_VERSION = 1 as const;
