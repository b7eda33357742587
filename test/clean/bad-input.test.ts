/**
 * Hostile and broken pages: each gives text or an empty text with a warning code,
 * never a throw or a hang, and time grows about linearly with size.
 */
import { cleanHtml } from '../../src/clean';

const PARA = '<p>The district court sentenced the activist to fifteen days of administrative detention, his lawyer said on Monday.</p>';

describe('bad input', () => {
  test.each([
    ['truncated HTML', `<html><body><article>${PARA}${PARA}<p>The hearing lasted`, 'truncated-html', true],
    ['malformed nesting', `<html><body><div><p>${PARA}</div></span></b><table><tr><td>${PARA}</table></body></html>`, null, true],
    ['no <body>', `${PARA}${PARA}`, 'no-body', true],
    ['frameset', '<html><head><title>F</title></head><frameset cols="50%,50%"><frame src="a.html"><frame src="b.html"></frameset></html>', 'frameset', false],
    ['all script (client-rendered app)', `<html><head><script>${'var a=1;'.repeat(2000)}</script></head><body><div id="root"></div><script src="/app.js"></script></body></html>`, 'client-rendered', false],
    ['XML served as HTML', '<?xml version="1.0"?><rss version="2.0"><channel><title>Feed</title><item><title>A</title><description>Court news</description></item></channel></rss>', 'xml-not-html', false],
    ['no text at all', '<html><head><title></title></head><body><div><img src="a.png"></div></body></html>', 'no-text', false],
    ['empty string', '', 'no-text', false],
  ])('%s', (_name, html, warning, hasText) => {
    const doc = cleanHtml(html, {});
    if (warning) expect(doc.warnings).toContain(warning);
    if (hasText) {
      expect(doc.text).toContain('fifteen days of administrative detention');
    } else {
      expect(doc.text).toBe('');
      expect(doc.warnings).toContain('empty-text');
    }
  });

  test('a client-rendered page with JSON-LD articleBody gives that text, with a warning', () => {
    const ld = JSON.stringify({ '@type': 'NewsArticle', headline: 'Activist detained', articleBody: 'The activist was detained on Monday.\nThe court will hear the case on Friday.' });
    const html = `<html><head><script type="application/ld+json">${ld}</script><script>${'var a=1;'.repeat(2000)}</script></head><body><div id="root"></div></body></html>`;
    const doc = cleanHtml(html);
    expect(doc.text).toBe('The activist was detained on Monday.\n\nThe court will hear the case on Friday.');
    expect(doc.warnings).toContain('text-from-json-ld');
    expect(doc.offsetMap).toEqual([]);
  });

  test('deeply nested markup does not overflow the stack', () => {
    const depth = 10_000;
    const html = `<html><body>${'<div>'.repeat(depth)}${PARA}${'</div>'.repeat(depth)}</body></html>`;
    expect(cleanHtml(html).text).toContain('fifteen days');
  });

  test('a 20 MB page is cleaned, and time grows about linearly with size', () => {
    const block = `<div class="item"><h2>Case</h2>${PARA}<ul><li><a href="/x">link</a></li></ul></div>\n`;
    const page = (n: number) => `<html><body><main>${block.repeat(n)}</main></body></html>`;
    const small = page(Math.ceil((2 * 1024 * 1024) / block.length));
    const big = page(Math.ceil((20 * 1024 * 1024) / block.length));
    const t0 = Date.now();
    const a = cleanHtml(small);
    const t1 = Date.now();
    const b = cleanHtml(big);
    const t2 = Date.now();
    expect(a.text.length).toBeGreaterThan(0);
    expect(b.text.length).toBeGreaterThan(a.text.length * 5);
    // 10x the input must not take 40x the time (quadratic would be 100x).
    expect(t2 - t1).toBeLessThan(Math.max(40 * (t1 - t0), 2000));
  }, 120_000);
});
