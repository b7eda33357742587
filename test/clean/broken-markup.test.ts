/**
 * Broken markup of the open web: trees built as browsers build them (implied body, raw-text
 * elements never closed), offsets that still point into the HTML as given, titles without
 * markup, and a text for every page that shows some.
 */
import type { AnyNode } from 'domhandler';
import { cleanHtml } from '../../src/clean';
import { isText, walk } from '../../src/clean/dom';
import { findRawTextRepairs, parsePage } from '../../src/clean/parse';

const PARA = '<p>The district court sentenced the activist to fifteen days of administrative detention, his lawyer said on Monday.</p>';
const MORE = '<p>The defence will appeal to the regional court, which has ten days to hear the case, the lawyer added.</p>';

/** Every text node's offsets cover its raw text in the source: the offset map stays exact after repairs. */
function expectOffsetsExact(html: string, root: AnyNode): void {
  let checked = 0;
  walk(root, (n) => {
    if (isText(n) && n.startIndex !== null && n.endIndex !== null && n.data.trim() !== '') {
      const raw = html.slice(n.startIndex, n.endIndex + 1);
      expect(raw.replace(/&amp;/g, '&')).toBe(n.data);
      checked++;
    }
    return true;
  });
  expect(checked).toBeGreaterThan(0);
}

describe('raw-text elements never closed', () => {
  test.each([
    ['title holding the head', '<html><head><title>Court news\n<meta name="a" content="b"></head><body>x</body></html>', 'title', '<meta'],
    ['title never closed at all', '<html><head><title>Court news<xyz>rest', 'title', '<xyz>'],
    ['title closed by a misspelt tag', '<title>Court news</titel><body>x</body>', 'title', '</titel>'],
    ['script never closed', '<html><head><script>var a = 1;\n</head><body>x</body></html>', 'script', '</head>'],
    ['style never closed', '<head><style>p { color: red }\n<body>x</body>', 'style', '<body>'],
    ['textarea never closed', '<form><textarea>Your comment<div>x</div>', 'textarea', '<div>'],
  ])('%s', (_name, html, name, endsBefore) => {
    const repairs = findRawTextRepairs(html);
    expect(repairs).toHaveLength(1);
    expect(repairs[0].name).toBe(name);
    expect(html.slice(repairs[0].at).startsWith(endsBefore)).toBe(true);
  });

  test.each([
    ['closed title', '<title>Court news</title><body>x</body>'],
    ['script with markup in a string, closed', '<script>document.write("<div>a</div>");</script><p>x</p>'],
    ['textarea holding embed markup, closed', '<textarea><iframe src="/v"></iframe></textarea><p>x</p>'],
    ['markup inside a comment', '<!-- <title> --><title>T</title>'],
  ])('%s needs no repair', (_name, html) => {
    expect(findRawTextRepairs(html)).toEqual([]);
  });

  test('offsets after a repaired title and script point into the HTML as given', () => {
    const html = `<html><head><title>Court &amp; news\n<meta name="a" content="b"><script>var a = 1;\n</head><body>${PARA}${MORE}</body></html>`;
    const page = parsePage(html);
    expect(page.repairs.map((r) => r.name)).toEqual(['title', 'script']);
    expectOffsetsExact(html, page.root);
  });
});

describe('trees as browsers build them', () => {
  test('content after an unclosed head with no <body> is parsed by parse5, offsets intact', () => {
    const html = `<html><head><title>T</title><meta name="a" content="b">\n<div id="story">${PARA}${MORE}</div></html>`;
    const page = parsePage(html);
    expect(page.parser).toBe('parse5');
    expectOffsetsExact(html, page.root);
  });

  test('a stray image in the head before a real <body> keeps the fast parser', () => {
    const page = parsePage(`<html><head><title>T</title><img src="p.gif"></head><body>${PARA}</body></html>`);
    expect(page.parser).toBe('htmlparser2');
  });

  test.each([
    ['no <body>, head never closed', `<html><head><title>T</title><meta name="x" content="y">\n<div>${PARA}${MORE}</div></html>`, ['no-body', 'reparsed-as-browser']],
    ['unclosed <title>', `<html><head><title>Activist detained\n<meta name="x" content="y"></head><body>${PARA}${MORE}</body></html>`, ['unclosed-title']],
    ['truncated <meta ... CONTEN', `<html><head><meta http-equiv="Content-Type" CONTEN\n<meta name="x" content="y"><title>T</title></head><body>${PARA}${MORE}</body></html>`, []],
    ['unclosed <script> in the head', `<html><head><title>T</title><script>var a = 1;\n</head><body>${PARA}${MORE}</body></html>`, ['unclosed-script']],
    ['misnested inline and block tags', `<html><body><div><b><p>${PARA}</b></i></div></span>${MORE}</body></html>`, []],
    ['<noscript> never closed around the article', `<html><head><title>T</title></head><body><noscript><p>Enable JavaScript.</p><div>${PARA}${MORE}${MORE}</div></body></html>`, []],
    ['frameset with the text in <noframes>', `<html><head><title>T</title></head><frameset cols="20%,80%"><frame src="a.html"><noframes><body>${PARA}${MORE}</body></noframes></frameset></html>`, ['frameset']],
  ])('%s: the article comes back', (_name, html, warnings) => {
    const doc = cleanHtml(html);
    expect(doc.text).toContain('fifteen days of administrative detention');
    expect(doc.text).toContain('ten days to hear the case');
    for (const w of warnings) expect(doc.warnings).toContain(w);
    expect(doc.warnings).not.toContain('empty-text');
  });
});

describe('document.title never holds markup', () => {
  test.each([
    ['unclosed title: its text up to the first tag', `<html><head><title>Activist detained\n<meta name="x" content="y"></head><body>${PARA}</body></html>`, 'Activist detained'],
    ['title swallowing markup falls back to og:title', `<html><head><meta property="og:title" content="Activist detained"><title>Activist &lt;meta name="x"&gt; detained</title></head><body>${PARA}</body></html>`, 'Activist detained'],
    ['a whole page in the title falls back to the h1', `<html><head><title>${'word '.repeat(200)}</title></head><body><h1>Court hears appeal</h1>${PARA}</body></html>`, 'Court hears appeal'],
    ['nothing usable: no title', `<html><head><title>Story &lt;div class="x"&gt;</title></head><body>${PARA}</body></html>`, null],
  ])('%s', (_name, html, title) => {
    expect(cleanHtml(html).title).toBe(title);
  });
});

describe('never empty for a page with visible text', () => {
  test('an article the heuristics drop whole comes back as the densest block, with a warning', () => {
    // Every paragraph sits in a "caption" box, which the chrome rules drop.
    const box = (p: string) => `<div class="caption">${p}</div>`;
    const html = `<html><body><ul class="menu"><li><a href="/">Home</a></li><li><a href="/a">About</a></li></ul>${box(PARA)}${box(MORE)}${box(PARA.replace('fifteen', 'ten'))}</body></html>`;
    const doc = cleanHtml(html);
    expect(doc.warnings).toContain('fallback-densest-block');
    expect(doc.text).toContain('fifteen days of administrative detention');
    expect(doc.text).not.toContain('Home');
    expect(doc.offsetMap.length).toBeGreaterThan(0);
  });

  test.each([
    ['only labels and menu links', '<html><body><ul><li><a href="/">Home</a></li><li><a href="/b">News</a></li></ul></body></html>'],
    ['an empty body', '<html><head><title>ERROR</title></head><body></body></html>'],
  ])('%s: no-text stays', (_name, html) => {
    const doc = cleanHtml(html);
    expect(doc.text).toBe('');
    expect(doc.warnings).toEqual(expect.arrayContaining(['no-text', 'empty-text']));
    expect(doc.warnings).not.toContain('fallback-densest-block');
  });
});
