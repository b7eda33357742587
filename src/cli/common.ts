/** Flag parsing and usage errors shared by the commands. */
import { parseArgs, type ParseArgsConfig } from 'node:util';

export const USAGE_EXIT = 2;

export function printUsageError(message: string, help: string): void {
  process.stderr.write(`casefile: ${message}\n\n${help}`);
}

export type Options = NonNullable<ParseArgsConfig['options']>;

/**
 * Parses argv against the options, or returns the exit status to stop with
 * (0 after --help, 2 after a usage error).
 */
export function parseFlags<O extends Options>(
  argv: string[],
  options: O,
  help: string,
  allowPositionals = false,
): { values: Record<string, string | boolean | string[] | boolean[] | undefined>; positionals: string[] } | number {
  let parsed;
  try {
    parsed = parseArgs({ args: argv, options: { ...options, help: { type: 'boolean', short: 'h' } }, allowPositionals, strict: true });
  } catch (err) {
    printUsageError((err as Error).message, help);
    return USAGE_EXIT;
  }
  if ((parsed.values as Record<string, unknown>).help) {
    process.stdout.write(help);
    return 0;
  }
  return { values: parsed.values as Record<string, string | boolean | string[] | boolean[] | undefined>, positionals: parsed.positionals };
}

export function parsePositiveInt(value: unknown, name: string): number | Error {
  if (value === undefined) return new Error(`${name} is required`);
  const n = Number(value);
  if (!Number.isInteger(n) || n <= 0) return new Error(`${name} must be a positive whole number, got '${String(value)}'`);
  return n;
}
