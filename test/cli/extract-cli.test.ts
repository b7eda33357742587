import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ErrorResultSchema, ResultObjectSchema } from '../../src/contract';

const BIN = join(__dirname, '../../bin/casefile.js');
function casefile(args: string[], input?: string | Buffer) {
  return spawnSync(process.execPath, [BIN, ...args], { input, encoding: 'utf8' });
}

describe('casefile extract / clean (contract)', () => {
  const dir = mkdtempSync(join(tmpdir(), 'casefile-cli-'));
  const txt = join(dir, 'a.txt');
  writeFileSync(txt, 'Line one.\r\nLine two.');

  test('plain text from a file: one valid JSON line, text with \\n line endings', () => {
    const r = casefile(['extract', txt]);
    expect(r.status).toBe(0);
    const lines = r.stdout.trim().split('\n');
    expect(lines).toHaveLength(1);
    const obj = ResultObjectSchema.parse(JSON.parse(lines[0]));
    expect(obj.document.text).toBe('Line one.\nLine two.');
    expect(obj.document.title).toBeNull();
    expect(obj.source.input).toBe(txt);
  });

  test('bad input prints an error line in its place, order kept, exit 1', () => {
    const r = casefile(['clean', txt, join(dir, 'missing.txt'), txt]);
    expect(r.status).toBe(1);
    const lines = r.stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(lines).toHaveLength(3);
    expect(lines[0].document.text).toBe('Line one.\nLine two.');
    expect(ErrorResultSchema.parse(lines[1]).error.code).toBe('not-found');
    expect(lines[2].source.input).toBe(txt);
  });

  test('stdin with --published; binary input is refused', () => {
    const r = casefile(['extract', '--published', '2020-01-15', '-'], 'On 3 January the court met.');
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout).document.published).toBe('2020-01-15');
    const b = casefile(['extract', '-'], Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d, 1, 2, 0, 3]));
    expect(b.status).toBe(1);
    expect(JSON.parse(b.stdout).error.code).toBe('binary-input');
  });

  test('usage errors exit 2 and print nothing on stdout', () => {
    for (const args of [['extract'], ['extract', '--published', '2020-13-45', txt], ['frobnicate']]) {
      const r = casefile(args);
      expect(r.status).toBe(2);
      expect(r.stdout).toBe('');
    }
  });

  test('bad input never crashes: empty, invalid UTF-8, a million-character line, deep nesting, over the size limit', () => {
    const empty = casefile(['extract', '-'], '');
    expect(empty.status).toBe(0);
    const e = JSON.parse(empty.stdout);
    expect(e.document.text).toBe('');
    expect(e.warnings).toContain('empty-text');
    expect(e.records).toEqual([]);

    const invalid = casefile(['extract', '-'], Buffer.from([0x41, 0xc3, 0x28, 0x20, 0x62, 0xe2, 0x82]));
    expect(invalid.status).toBe(0);
    expect(JSON.parse(invalid.stdout).document.text.length).toBeGreaterThan(0);

    const longLine = join(dir, 'long.txt');
    writeFileSync(longLine, 'x'.repeat(1_000_000));
    const long = casefile(['extract', longLine]);
    expect(long.status).toBe(0);
    expect(JSON.parse(long.stdout).document.text).toHaveLength(1_000_000);

    const nested = join(dir, 'nested.html');
    const sentence = 'On 3 May 2020 the Almaty City Court sentenced activist Ivan Petrov to five days of administrative arrest.';
    writeFileSync(nested, `<html><body>${'<div>'.repeat(5000)}<p>${sentence}</p>${'</div>'.repeat(5000)}</body></html>`);
    const deep = casefile(['extract', nested]);
    expect(deep.status).toBe(0);
    expect(JSON.parse(deep.stdout).document.text).toContain(sentence);

    const big = join(dir, 'big.txt');
    writeFileSync(big, Buffer.alloc(21 * 1024 * 1024, 'a'));
    const tooBig = casefile(['extract', big, longLine]);
    expect(tooBig.status).toBe(1);
    const [first, second] = tooBig.stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(first.error.code).toBe('too-large');
    expect(second.document.text).toHaveLength(1_000_000);
  });

  test('npx casefile resolves to this checkout after install', () => {
    const r = spawnSync(join(__dirname, '../../node_modules/.bin/casefile'), ['--help'], { encoding: 'utf8' });
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('Usage: casefile <command>');
  });
});
