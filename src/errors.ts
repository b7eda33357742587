/**
 * Errors say what happens next. Every error has a stable `code`; the class
 * tells the runner (embedded or BullMQ) whether to retry, wait or give up.
 */
export class CasefileError extends Error {
  readonly code: string;
  constructor(code: string, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = new.target.name;
    this.code = code;
  }
}

/** Will fail again the same way: do not retry (404, refused by robots, bad config). */
export class PermanentError extends CasefileError {}

/** May work on a later attempt (network error, 5xx, timeout). */
export class RetryableError extends CasefileError {}

/** The server asked us to slow down; retry no sooner than `delayMs`. */
export class RateLimitedError extends RetryableError {
  readonly delayMs: number;
  constructor(code: string, message: string, delayMs: number, options?: { cause?: unknown }) {
    super(code, message, options);
    this.delayMs = delayMs;
  }
}

/** The input itself is unusable (missing file, unreadable bytes, over the size limit). */
export class InvalidInputError extends PermanentError {}

export function errorCode(err: unknown): string {
  if (err instanceof CasefileError) return err.code;
  if (err && typeof err === 'object' && 'code' in err && typeof (err as { code: unknown }).code === 'string') {
    return (err as { code: string }).code;
  }
  return 'internal';
}

export function errorMessage(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}
