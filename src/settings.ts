/**
 * Thresholds and defaults, each with its reason. Stages import these instead
 * of writing numbers inline, so a tuning change is one reviewable line.
 */
export const settings = {
  /** A news article is rarely over 2 MB of HTML; 10 MB leaves room for inlined assets. */
  maxBodyBytes: 10 * 1024 * 1024,
  /** `extract` reads files and stdin up to this size; a 50 MB text is refused, not parsed. */
  maxInputBytes: 20 * 1024 * 1024,
  /** Inputs processed at once by `extract`/`clean`; the work is CPU-bound on 2 cores. */
  cliConcurrency: 4,
  /** Default pause between two requests to one host: one request per second is the common courtesy. */
  perHostDelayMs: 1000,
  /** Servers that take longer than this to answer are treated as down for this attempt. */
  connectTimeoutMs: 10_000,
  headersTimeoutMs: 15_000,
  bodyTimeoutMs: 30_000,
  maxRedirects: 5,
  maxAttempts: 4,
  userAgent: 'casefile/0.1 (+https://github.com/casefile/casefile; human-rights case monitoring)',
} as const;

export type Settings = typeof settings;
