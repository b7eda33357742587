/**
 * The --out JSON Lines file of a crawl. A resumed run appends; lines already
 * written (by content hash) are not written again, and a line cut short by a
 * kill is dropped, so a crawl stopped at any moment still ends with one line per article.
 */
import { ftruncateSync, openSync, readFileSync, writeSync } from 'node:fs';

export interface OutFile {
  fd: number;
  /** sha256 of the results already in the file */
  written: Set<string>;
}

export function openOutFile(file: string, resume: boolean): OutFile {
  if (!resume) return { fd: openSync(file, 'w'), written: new Set() };
  let text = '';
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    // no file yet: nothing written
  }
  const fd = openSync(file, 'a+');
  const complete = text.endsWith('\n') ? text : text.slice(0, text.lastIndexOf('\n') + 1);
  if (complete.length !== text.length) ftruncateSync(fd, Buffer.byteLength(complete));
  const written = new Set<string>();
  for (const line of complete.split('\n')) {
    if (!line) continue;
    try {
      const sha = (JSON.parse(line) as { source?: { sha256?: unknown } }).source?.sha256;
      if (typeof sha === 'string') written.add(sha);
    } catch {
      // a foreign line: keep it, it names no result
    }
  }
  return { fd, written };
}

export function writeResultLine(out: OutFile, sha256: string, json: string): void {
  if (out.written.has(sha256)) return;
  writeSync(out.fd, json + '\n');
  out.written.add(sha256);
}
