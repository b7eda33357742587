/**
 * Golden pages: every fixtures/pages/<slug>/ is decoded, cleaned and compared with
 * expected.txt and expected-metadata.json. `npm run fixtures:pages` rewrites the expected files.
 */
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { cleanHtml, mapSpanToHtml } from '../../src/clean';
import { decodeBytes } from '../../src/fetch/charset';

const ROOT = join(__dirname, '../../fixtures/pages');
const UPDATE = process.env.CASEFILE_UPDATE_FIXTURES === '1';
const slugs = readdirSync(ROOT, { withFileTypes: true }).filter((d) => d.isDirectory() && existsSync(join(ROOT, d.name, 'source.html'))).map((d) => d.name).sort();

/** Pages whose article is a short post (a photo post under a long comment thread): their text is shorter. */
const SHORT_POSTS = new Set(['short-post-long-thread']);

/** Lines of page chrome that must never reach the text, per fixture (and for all fixtures). */
const CHROME_EVERYWHERE = [/^Share (this|on)/m, /cookies/i, /^Subscribe/m, /^(Related|Most read|More from)/m, /Leave a Reply/];

function clean(slug: string) {
  const bytes = readFileSync(join(ROOT, slug, 'source.html'));
  const decoded = decodeBytes(bytes, {});
  return { decoded, doc: cleanHtml(decoded.text, { url: null }) };
}

describe('fixture pages', () => {
  test('there are at least eight fixture pages', () => {
    expect(slugs.length).toBeGreaterThanOrEqual(8);
  });

  test.each(slugs)('%s: text and metadata match the expected files', (slug) => {
    const { decoded, doc } = clean(slug);
    const metadata = { charset: decoded.charset, title: doc.title, published: doc.published, author: doc.author, lang: doc.lang, canonicalUrl: doc.canonicalUrl, warnings: doc.warnings };
    const textFile = join(ROOT, slug, 'expected.txt');
    const metaFile = join(ROOT, slug, 'expected-metadata.json');
    if (UPDATE) {
      writeFileSync(textFile, doc.text + '\n');
      writeFileSync(metaFile, JSON.stringify(metadata, null, 2) + '\n');
    }
    expect(doc.text + '\n').toBe(readFileSync(textFile, 'utf8'));
    expect(metadata).toEqual(JSON.parse(readFileSync(metaFile, 'utf8')));
  });

  test.each(slugs)('%s: no chrome, paragraphs separated by blank lines', (slug) => {
    const { doc } = clean(slug);
    expect(doc.text.length).toBeGreaterThan(SHORT_POSTS.has(slug) ? 100 : 300);
    for (const re of CHROME_EVERYWHERE) expect(doc.text).not.toMatch(re);
    expect(doc.text).not.toMatch(/\n{3,}/);
    expect(doc.text).toBe(doc.text.trim());
    if (doc.title) expect(doc.text.startsWith(doc.title)).toBe(false);
  });

  test.each(slugs)('%s: every offset segment maps back to the same words in the source HTML', (slug) => {
    const { decoded, doc } = clean(slug);
    expect(doc.offsetMap.length).toBeGreaterThan(0);
    const words = (s: string) => s.match(/[\p{L}\p{N}]+/gu) ?? [];
    for (const seg of doc.offsetMap) {
      const fromText = doc.text.slice(seg.textStart, seg.textEnd);
      const fromHtml = decodeEntities(decoded.text.slice(seg.htmlStart, seg.htmlEnd));
      expect(words(fromHtml)).toEqual(words(fromText));
    }
    // Segments are ordered and cover every word of the text except list bullets.
    let covered = 0;
    let last = -1;
    for (const seg of doc.offsetMap) {
      expect(seg.textStart).toBeGreaterThan(last);
      last = seg.textEnd - 1;
      covered += words(doc.text.slice(seg.textStart, seg.textEnd)).length;
    }
    expect(covered).toBe(words(doc.text).length);
  });

  test('a span of the text maps to the same words in the HTML (seed page)', () => {
    const { decoded, doc } = clean('seed-monitor-update');
    const phrase = 'the Munaylin District Court in the Mangystau Region sentenced political activist Zhambyl Kobeysinov';
    const start = doc.text.indexOf(phrase);
    expect(start).toBeGreaterThan(0);
    const html = mapSpanToHtml(doc.offsetMap, start, start + phrase.length);
    expect(html).not.toBeNull();
    // The source may separate words with other whitespace (no-break spaces): compare with whitespace folded.
    expect(decoded.text.slice(html!.htmlStart, html!.htmlEnd).replace(/\s+/g, ' ')).toBe(phrase);
  });
});

function decodeEntities(s: string): string {
  return s
    .replace(/&#(\d+);?/g, (_, d) => String.fromCodePoint(Number(d)))
    .replace(/&#x([0-9a-f]+);?/gi, (_, h) => String.fromCodePoint(parseInt(h, 16)))
    .replace(/&(amp|lt|gt|quot|apos|nbsp|ndash|mdash|ldquo|rdquo|lsquo|rsquo|hellip);?/g, (_, n: string) => ({ amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ', ndash: '–', mdash: '—', ldquo: '“', rdquo: '”', lsquo: '‘', rsquo: '’', hellip: '…' })[n] ?? '');
}
