/**
 * One-off fetch for `extract URL` / `clean URL`. Placeholder on undici's
 * request with the body limit; the crawler issue replaces it with the polite
 * client (address guard, redirects checked per hop, charset).
 */
import { request } from 'undici';
import { InvalidInputError, RetryableError } from '../errors';

export interface CliFetchResult {
  url: string;
  bytes: Uint8Array;
  contentType: string | null;
}

export async function fetchForCli(url: string, opts: { maxBodyBytes: number; allowPrivate: boolean }): Promise<CliFetchResult> {
  void opts.allowPrivate;
  let res;
  try {
    res = await request(url, { method: 'GET', headersTimeout: 15_000, bodyTimeout: 30_000 });
  } catch (err) {
    throw new RetryableError('fetch-failed', `cannot fetch ${url}: ${(err as Error).message}`);
  }
  if (res.statusCode >= 400) {
    await res.body.dump();
    throw new InvalidInputError('fetch-failed', `${url} answered HTTP ${res.statusCode}`);
  }
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of res.body) {
    size += (chunk as Buffer).length;
    if (size > opts.maxBodyBytes) {
      res.body.destroy();
      throw new InvalidInputError('too-large', `${url} is over the size limit of ${opts.maxBodyBytes} bytes`);
    }
    chunks.push(chunk as Buffer);
  }
  const ct = res.headers['content-type'];
  return { url, bytes: Buffer.concat(chunks), contentType: Array.isArray(ct) ? ct[0] : (ct ?? null) };
}
