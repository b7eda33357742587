/**
 * Structured logs (pino, JSON lines) on standard error, so standard output
 * keeps only data. Level from CASEFILE_LOG_LEVEL (default "info").
 */
import pino, { type Logger } from 'pino';

export type { Logger } from 'pino';

export function createLogger(bindings: Record<string, unknown> = {}): Logger {
  return pino({ level: process.env.CASEFILE_LOG_LEVEL ?? 'info', base: { pid: process.pid, ...bindings } }, pino.destination(2));
}
