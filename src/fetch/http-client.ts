/**
 * The polite HTTP client on undici: one keep-alive Pool per origin, the
 * address guard in the connect lookup, redirects followed by hand (each hop
 * checked by the caller's hook), gzip/deflate/br, and a body limit counted
 * while streaming the decompressed bytes.
 */
import type { LookupFunction } from 'node:net';
import { Readable, pipeline } from 'node:stream';
import * as zlib from 'node:zlib';
import { Pool } from 'undici';
import { CasefileError, InvalidInputError, PermanentError, RateLimitedError, RetryableError } from '../errors';
import { settings } from '../settings';
import { AddressRefusedError, checkLiteralHost, guardedLookupFor } from './address-guard';

export interface HttpClientOptions {
  userAgent?: string;
  connectTimeoutMs?: number;
  headersTimeoutMs?: number;
  bodyTimeoutMs?: number;
  maxBodyBytes?: number;
  maxRedirects?: number;
  /** sockets kept per origin; politeness keeps this small */
  connectionsPerOrigin?: number;
}

export interface GetOptions {
  allowPrivate: boolean;
  etag?: string | null;
  lastModified?: string | null;
  accept?: string;
  maxBodyBytes?: number;
  /** called before every hop (the first request and each redirect): robots check, pacing */
  beforeHop?: (url: string) => Promise<void>;
  /** runs the request of one hop, e.g. inside the host's pacing turn */
  runHop?: <T>(url: string, fn: () => Promise<T>) => Promise<T>;
  /** decides from the Content-Type whether the body is worth reading */
  wantsBody?: (contentType: string | null, url: string) => boolean;
}

export interface HttpResponse {
  url: string;
  finalUrl: string;
  status: number;
  /** lower-cased names */
  headers: Record<string, string>;
  /** decompressed body; null for 304 or an unwanted content type */
  bytes: Uint8Array | null;
  redirects: string[];
}

const DEFAULTS = {
  userAgent: settings.userAgent,
  connectTimeoutMs: settings.connectTimeoutMs,
  headersTimeoutMs: settings.headersTimeoutMs,
  bodyTimeoutMs: settings.bodyTimeoutMs,
  maxBodyBytes: settings.maxBodyBytes,
  maxRedirects: settings.maxRedirects,
  connectionsPerOrigin: 4,
};

export class TooLargeError extends InvalidInputError {
  constructor(url: string, limit: number) {
    super('too-large', `${url} is over the size limit of ${limit} bytes`);
  }
}

export class HttpStatusError extends PermanentError {
  readonly status: number;
  constructor(url: string, status: number) {
    super(`http-${status}`, `${url} answered HTTP ${status}`);
    this.status = status;
  }
}

export class HttpClient {
  readonly options: Required<HttpClientOptions>;
  private readonly pools = new Map<string, Pool>();

  constructor(opts: HttpClientOptions = {}) {
    this.options = { ...DEFAULTS, ...stripUndefined(opts) };
  }

  private pool(origin: string, allowPrivate: boolean): Pool {
    const key = `${allowPrivate ? 'open' : 'guarded'} ${origin}`;
    let pool = this.pools.get(key);
    if (!pool) {
      pool = new Pool(origin, {
        connections: this.options.connectionsPerOrigin,
        connect: { timeout: this.options.connectTimeoutMs, lookup: guardedLookupFor(allowPrivate) as unknown as LookupFunction },
        headersTimeout: this.options.headersTimeoutMs,
        bodyTimeout: this.options.bodyTimeoutMs,
        keepAliveTimeout: 10_000,
      });
      this.pools.set(key, pool);
    }
    return pool;
  }

  async close(): Promise<void> {
    const pools = [...this.pools.values()];
    this.pools.clear();
    await Promise.all(pools.map((p) => p.close().catch(() => p.destroy())));
  }

  /** GET with redirects; throws a CasefileError saying whether to retry. */
  async get(startUrl: string, opts: GetOptions): Promise<HttpResponse> {
    const redirects: string[] = [];
    const visited = new Set<string>();
    let url = startUrl;
    for (let hop = 0; ; hop++) {
      const parsed = parseHttpUrl(url);
      checkLiteralHost(parsed.hostname, opts.allowPrivate);
      if (opts.beforeHop) await opts.beforeHop(url);
      visited.add(url);
      const run = opts.runHop ?? (<T>(_u: string, fn: () => Promise<T>) => fn());
      const res = await run(url, () => this.requestOnce(parsed, opts, hop === 0));
      if (res.location !== null) {
        const next = new URL(res.location, url);
        next.hash = '';
        const nextUrl = next.toString();
        if (visited.has(nextUrl)) throw new PermanentError('redirect-loop', `${startUrl} redirects in a loop (${[...redirects, nextUrl].join(' -> ')})`);
        if (hop + 1 > this.options.maxRedirects) throw new PermanentError('too-many-redirects', `${startUrl} redirects more than ${this.options.maxRedirects} times`);
        redirects.push(nextUrl);
        url = nextUrl;
        continue;
      }
      return { url: startUrl, finalUrl: url, status: res.status, headers: res.headers, bytes: res.bytes, redirects };
    }
  }

  private async requestOnce(
    url: URL,
    opts: GetOptions,
    firstHop: boolean,
  ): Promise<{ status: number; headers: Record<string, string>; bytes: Uint8Array | null; location: string | null }> {
    const headers: Record<string, string> = {
      'user-agent': this.options.userAgent,
      accept: opts.accept ?? 'text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.5',
      'accept-encoding': 'gzip, deflate, br',
    };
    // Validators belong to the URL that was asked for, not to a redirect target.
    if (firstHop && opts.etag) headers['if-none-match'] = opts.etag;
    if (firstHop && opts.lastModified) headers['if-modified-since'] = opts.lastModified;
    const where = url.toString();
    let res;
    try {
      res = await this.pool(url.origin, opts.allowPrivate).request({ path: url.pathname + url.search, method: 'GET', headers });
    } catch (err) {
      throw networkError(where, err);
    }
    const resHeaders = flattenHeaders(res.headers);
    const status = res.statusCode;
    if (status >= 300 && status < 400 && status !== 304 && resHeaders.location) {
      await res.body.dump().catch(() => undefined);
      return { status, headers: resHeaders, bytes: null, location: resHeaders.location };
    }
    if (status === 304) {
      await res.body.dump().catch(() => undefined);
      return { status, headers: resHeaders, bytes: null, location: null };
    }
    if (status >= 400) {
      await res.body.dump().catch(() => undefined);
      throw statusError(where, status, resHeaders['retry-after']);
    }
    const contentType = resHeaders['content-type'] ?? null;
    if (opts.wantsBody && !opts.wantsBody(contentType, where)) {
      discard(res.body);
      return { status, headers: resHeaders, bytes: null, location: null };
    }
    const limit = opts.maxBodyBytes ?? this.options.maxBodyBytes;
    const declared = Number(resHeaders['content-length']);
    if (!resHeaders['content-encoding'] && Number.isFinite(declared) && declared > limit) {
      discard(res.body);
      throw new TooLargeError(where, limit);
    }
    const bytes = await readLimited(res.body, resHeaders['content-encoding'], limit, where);
    return { status, headers: resHeaders, bytes, location: null };
  }
}

/** Drops a body we will not read; the abort it causes is expected, not an error. */
function discard(body: Readable): void {
  body.on('error', () => undefined);
  body.destroy();
}

function stripUndefined<T extends object>(o: T): Partial<T> {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as Partial<T>;
}

function parseHttpUrl(url: string): URL {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw new PermanentError('bad-url', `not a URL: ${url}`);
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') throw new PermanentError('bad-url', `not an http(s) URL: ${url}`);
  return parsed;
}

function flattenHeaders(h: Record<string, string | string[] | undefined>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(h)) if (v !== undefined) out[k.toLowerCase()] = Array.isArray(v) ? v.join(', ') : v;
  return out;
}

/** Retry-After as seconds or an HTTP date, in ms from now. */
export function parseRetryAfterMs(value: string | undefined, nowMs = Date.now()): number | null {
  if (!value) return null;
  if (/^\s*\d+\s*$/.test(value)) return Number(value) * 1000;
  const at = Date.parse(value);
  return Number.isNaN(at) ? null : Math.max(0, at - nowMs);
}

function statusError(url: string, status: number, retryAfter: string | undefined): CasefileError {
  if (status === 429 || status === 503) {
    const delayMs = parseRetryAfterMs(retryAfter);
    if (delayMs !== null || status === 429) return new RateLimitedError(`http-${status}`, `${url} answered HTTP ${status}`, delayMs ?? 0);
  }
  if (status >= 500 || status === 408) return new RetryableError(`http-${status}`, `${url} answered HTTP ${status}`);
  return new HttpStatusError(url, status);
}

const NETWORK_CODES: Record<string, string> = {
  UND_ERR_CONNECT_TIMEOUT: 'timeout',
  UND_ERR_HEADERS_TIMEOUT: 'timeout',
  UND_ERR_BODY_TIMEOUT: 'timeout',
  ETIMEDOUT: 'timeout',
  ECONNREFUSED: 'connection-refused',
  ECONNRESET: 'connection-reset',
  UND_ERR_SOCKET: 'connection-reset',
  ENOTFOUND: 'dns',
  EAI_AGAIN: 'dns',
};

function networkError(url: string, err: unknown): CasefileError {
  if (err instanceof CasefileError) return err;
  const cause = (err as { cause?: unknown })?.cause;
  if (cause instanceof AddressRefusedError) return cause;
  const code = String((err as { code?: unknown })?.code ?? '');
  const kind = NETWORK_CODES[code] ?? 'network';
  if (kind === 'dns' && code === 'ENOTFOUND') return new PermanentError('dns', `cannot fetch ${url}: host not found`, { cause: err });
  return new RetryableError(kind, `cannot fetch ${url}: ${(err as Error)?.message ?? String(err)}`, { cause: err });
}

function decoderFor(encoding: string | undefined): zlib.Gunzip | zlib.Inflate | zlib.BrotliDecompress | null {
  const enc = (encoding ?? '').trim().toLowerCase();
  if (enc === 'gzip' || enc === 'x-gzip') return zlib.createGunzip();
  if (enc === 'deflate') return zlib.createInflate();
  if (enc === 'br') return zlib.createBrotliDecompress();
  return null;
}

/** Reads the body, stopping at the limit of decompressed bytes (a small gzip can unpack to gigabytes). */
async function readLimited(body: Readable, encoding: string | undefined, limit: number, url: string): Promise<Uint8Array> {
  const decoder = decoderFor(encoding);
  const stream: Readable = decoder ? (pipeline(body, decoder, () => undefined) as unknown as Readable) : body;
  const chunks: Buffer[] = [];
  let size = 0;
  try {
    for await (const chunk of stream) {
      const buf = chunk as Buffer;
      size += buf.length;
      if (size > limit) {
        discard(body);
        discard(stream);
        throw new TooLargeError(url, limit);
      }
      chunks.push(buf);
    }
  } catch (err) {
    if (err instanceof CasefileError) throw err;
    const code = String((err as { code?: unknown })?.code ?? '');
    if (code.startsWith('Z_') || code.startsWith('ERR__') || code === 'ERR_BROTLI_DECOMPRESSION_FAILED') {
      throw new PermanentError('bad-encoding', `${url}: cannot decompress the ${encoding} body: ${(err as Error).message}`);
    }
    throw networkError(url, err);
  }
  return Buffer.concat(chunks);
}
