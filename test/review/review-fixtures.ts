/**
 * Records for the review page tests: a small invented text with literal
 * CaseRecords pointing into it, plus one page full of injected markup.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { CaseRecordSchema, type CaseRecord } from '../../src/contract';
import type { SourceSnapshot } from '../../src/store/types';

export const CLEAN_TEXT = [
  'On 13 December 2019 the Munaylin District Court sentenced activist Rinat Bukenov to six months in prison under Article 130 of the Criminal Code.',
  'Journalist Aigul Tamabayeva was fined 50,000 tenge by the Saryagash District Court on 2 December 2019 under Article 488 of the Administrative Code.',
  'Blogger Daniyar Zhumaev was placed under house arrest for two months on 5 January 2020.',
  'Teacher Marat Seitkali received a two-year suspended sentence on 20 January 2020.',
].join('\n\n');

export const HOSTILE_TEXT = [
  'Eve Mallory <img src=x onerror="window.__pwned=1"> was detained on 3 March 2020.',
  'The court <script>window.__pwned=2</script> gave her ten days of administrative detention <b onmouseover="window.__pwned=5">bold</b>.',
].join('\n\n');

export function snapshotOf(sha256: string, text: string, over: Partial<SourceSnapshot> = {}): SourceSnapshot {
  return { sha256, url: `https://monitor.example.org/${sha256}`, title: 'Monthly update', published: '2020-01-31', text, fetchedAt: '2020-02-01T08:00:00.000Z', ...over };
}

/** A record whose evidence is the paragraph of `text` that contains `needle`. */
export function recordAbout(id: string, text: string, needle: string, sha256: string, over: Partial<CaseRecord> = {}): CaseRecord {
  const at = text.indexOf(needle);
  if (at < 0) throw new Error(`fixture: '${needle}' not in text`);
  const start = text.lastIndexOf('\n\n', at) < 0 ? 0 : text.lastIndexOf('\n\n', at) + 2;
  const endBreak = text.indexOf('\n\n', at);
  const end = endBreak < 0 ? text.length : endBreak;
  return CaseRecordSchema.parse({
    id,
    person: { name: needle, descriptor: null },
    court: null,
    date: null,
    charges: [],
    penalties: [],
    evidence: [{ start, end, text: text.slice(start, end) }],
    confidence: 0.5,
    source: { url: `https://monitor.example.org/${sha256}`, sha256 },
    ...over,
  });
}

export const CHROMIUM = '/usr/bin/chromium';

const ROOT = path.resolve(__dirname, '../..');

/** Starts `casefile review` on a free port and resolves with the sign-in URL it prints. */
export function startReviewCli(dbFile: string): Promise<{ child: ChildProcess; url: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [path.join(ROOT, 'bin/casefile.js'), 'review', '--port', '0', '--db', dbFile], { env: { ...process.env, CASEFILE_REVIEW_TOKEN: '' }, stdio: ['ignore', 'pipe', 'pipe'] });
    let err = '';
    const timer = setTimeout(() => reject(new Error(`review server did not print a URL: ${err}`)), 20_000);
    child.stderr!.on('data', (d: Buffer) => {
      err += d.toString();
      const m = /(http:\/\/127\.0\.0\.1:\d+\/\?token=[\w-]+)/.exec(err);
      if (m) {
        clearTimeout(timer);
        resolve({ child, url: m[1] });
      }
    });
    child.on('exit', (code) => reject(new Error(`review server exited ${code}: ${err}`)));
  });
}
