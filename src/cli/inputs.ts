/**
 * Reads one INPUT of `extract`/`clean` (file path, http(s) URL or "-") into
 * bytes, refusing what cannot be a document: missing files, binary data,
 * inputs over the size limit.
 */
import { open } from 'node:fs/promises';
import { InvalidInputError } from '../errors';
import type { RawInput } from '../pipeline/clean-document';
import { settings } from '../settings';

export interface ReadOptions {
  forceText: boolean;
  published: string | null;
  maxInputBytes?: number;
  allowPrivate?: boolean;
}

export async function readInput(input: string, opts: ReadOptions): Promise<RawInput> {
  const limit = opts.maxInputBytes ?? settings.maxInputBytes;
  if (/^https?:\/\//i.test(input)) {
    // The HTTP client loads only when an input is a URL.
    const { fetchForCli } = await import('../fetch/cli-fetch');
    const res = await fetchForCli(input, { maxBodyBytes: limit, allowPrivate: opts.allowPrivate ?? false });
    return checkBinary({ input, url: res.url, bytes: res.bytes, contentType: res.contentType, forceText: opts.forceText, published: opts.published });
  }
  const bytes = input === '-' ? await readStream(process.stdin, limit, 'standard input') : await readFileLimited(input, limit);
  return checkBinary({ input, url: null, bytes, contentType: null, forceText: opts.forceText, published: opts.published });
}

async function readFileLimited(path: string, limit: number): Promise<Uint8Array> {
  let handle;
  try {
    handle = await open(path, 'r');
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new InvalidInputError('not-found', `no such file: ${path}`);
    if (code === 'EISDIR') throw new InvalidInputError('unreadable', `${path} is a directory`);
    throw new InvalidInputError('unreadable', `cannot read ${path}: ${(err as Error).message}`);
  }
  try {
    const stat = await handle.stat();
    if (stat.isDirectory()) throw new InvalidInputError('unreadable', `${path} is a directory`);
    if (stat.size > limit) throw tooLarge(path, limit);
    return await readStream(handle.createReadStream(), limit, path);
  } finally {
    await handle.close().catch(() => undefined);
  }
}

function tooLarge(what: string, limit: number): InvalidInputError {
  return new InvalidInputError('too-large', `${what} is over the size limit of ${limit} bytes`);
}

async function readStream(stream: NodeJS.ReadableStream, limit: number, what: string): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  let size = 0;
  try {
    for await (const chunk of stream) {
      const buf = typeof chunk === 'string' ? Buffer.from(chunk) : Buffer.from(chunk as Uint8Array);
      size += buf.length;
      if (size > limit) throw tooLarge(what, limit);
      chunks.push(buf);
    }
  } catch (err) {
    if (err instanceof InvalidInputError) throw err;
    throw new InvalidInputError('unreadable', `cannot read ${what}: ${(err as Error).message}`);
  }
  return Buffer.concat(chunks);
}

/** NUL bytes outside a UTF-16 text mean an image, archive or executable: not a document. */
function checkBinary(raw: RawInput): RawInput {
  const head = raw.bytes.subarray(0, 8192);
  const utf16 = head.length >= 2 && ((head[0] === 0xff && head[1] === 0xfe) || (head[0] === 0xfe && head[1] === 0xff));
  if (!utf16 && looksUtf16WithoutBom(head) === false && head.includes(0)) {
    throw new InvalidInputError('binary-input', `${raw.input} looks like binary data, not text or HTML`);
  }
  return raw;
}

/** UTF-16 text without a BOM has NULs in every other byte; binary data does not. */
function looksUtf16WithoutBom(head: Uint8Array): boolean {
  if (head.length < 16) return false;
  let evenZeros = 0;
  let oddZeros = 0;
  for (let i = 0; i < head.length; i++) if (head[i] === 0) (i % 2 === 0 ? evenZeros++ : oddZeros++);
  const half = head.length / 2;
  return (evenZeros > half * 0.4 && oddZeros === 0) || (oddZeros > half * 0.4 && evenZeros === 0);
}
