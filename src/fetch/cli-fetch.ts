/**
 * One-off fetch for `extract URL` / `clean URL` on the polite client: the
 * address guard at every redirect hop, at most 5 redirects, the body limit
 * counted while streaming, gzip/deflate/br. Errors are CasefileErrors.
 */
import { InvalidInputError } from '../errors';
import { HttpClient, HttpStatusError } from './http-client';

export interface CliFetchResult {
  url: string;
  bytes: Uint8Array;
  contentType: string | null;
}

/** One client for the process: inputs to the same origin share a keep-alive pool. */
let shared: HttpClient | null = null;

export async function fetchForCli(url: string, opts: { maxBodyBytes: number; allowPrivate: boolean }): Promise<CliFetchResult> {
  if (!shared) {
    shared = new HttpClient({ maxBodyBytes: opts.maxBodyBytes });
    // Let the process exit when the inputs are done; idle keep-alive sockets must not hold it.
    process.once('beforeExit', () => {
      const client = shared;
      shared = null;
      void client?.close();
    });
  }
  try {
    const res = await shared.get(url, { allowPrivate: opts.allowPrivate, maxBodyBytes: opts.maxBodyBytes });
    return { url: res.finalUrl, bytes: res.bytes ?? new Uint8Array(), contentType: res.headers['content-type'] ?? null };
  } catch (err) {
    // A 4xx is the input's fault, like a missing file.
    if (err instanceof HttpStatusError) throw new InvalidInputError('fetch-failed', err.message);
    throw err;
  }
}
