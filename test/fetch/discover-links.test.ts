/** Discovery: feeds, sitemaps, pagination, include/exclude patterns, canonical links. */
import { gzipSync } from 'node:zlib';
import { canonicalLinkOf, compileFilter, discoverInBytes, discoverInText, isHeadlineLike, looksLikeArticleUrl, noArticlesWarning, pageNumberOf, templatePattern, urlTemplate } from '../../src/fetch/discover-links';
import { FOOTER_HTML, NAVIGATION_HTML, TAG_CLOUD_HTML } from '../support/listing-site';

const none = compileFilter({});
const BASE = 'https://news.example.org/en/news/';

describe('discoverInText', () => {
  it('reads RSS items and Atom alternate links, dropping tracking parameters', () => {
    const rss = `<?xml version="1.0"?><rss version="2.0"><channel><item><link>https://news.example.org/a/court-jails-blogger?utm_source=rss</link></item>
      <item><guid isPermaLink="true">https://news.example.org/a/second-story-here</guid></item></channel></rss>`;
    expect(discoverInText(rss, BASE, none)).toMatchObject({ kind: 'feed', articleUrls: ['https://news.example.org/a/court-jails-blogger', 'https://news.example.org/a/second-story-here'] });
    const atom = `<feed xmlns="http://www.w3.org/2005/Atom"><entry><link rel="edit" href="/edit/1"/><link href="/b/activist-fined-again"/></entry></feed>`;
    expect(discoverInText(atom, BASE, none).articleUrls).toEqual(['https://news.example.org/b/activist-fined-again']);
  });

  it('follows sitemap indexes and keeps article-like sitemap entries', () => {
    const index = `<?xml version="1.0"?><sitemapindex><sitemap><loc>https://news.example.org/s1.xml.gz</loc></sitemap></sitemapindex>`;
    expect(discoverInText(index, BASE, none)).toMatchObject({ kind: 'sitemap-index', sitemapUrls: ['https://news.example.org/s1.xml.gz'] });
    const urlset = `<urlset><url><loc>https://news.example.org/en/news/lawyer-loses-licence-after-trial</loc></url><url><loc>https://news.example.org/en/about</loc></url></urlset>`;
    expect(discoverInText(urlset, BASE, none).articleUrls).toEqual(['https://news.example.org/en/news/lawyer-loses-licence-after-trial']);
  });

  it('unpacks a gzipped sitemap', () => {
    const urlset = `<urlset><url><loc>https://news.example.org/2024/05/teacher-sentenced-for-posts</loc></url></urlset>`;
    const links = discoverInBytes(gzipSync(Buffer.from(urlset)), 'application/gzip', 'https://news.example.org/s.xml.gz', none, 1e6);
    expect(links.articleUrls).toEqual(['https://news.example.org/2024/05/teacher-sentenced-for-posts']);
  });

  it.each([
    ['rel=next link', '<link rel="next" href="/en/news/?page=2">', 'https://news.example.org/en/news/?page=2'],
    ['rel=next anchor', '<a rel="next" href="/en/news/page/2/">Older</a>', 'https://news.example.org/en/news/page/2/'],
    ['"Next page" text', '<a href="/en/news/?page=2">Next page »</a>', 'https://news.example.org/en/news/?page=2'],
    ['Russian "next"', '<a href="/en/news/?PAGEN_1=2">Следующая</a>', 'https://news.example.org/en/news/?PAGEN_1=2'],
    ['?page=N after the current page', '<a href="/en/news/?page=1">1</a><a href="/en/news/?page=2">2</a><a href="/en/news/?page=3">3</a>', 'https://news.example.org/en/news/?page=2'],
  ])('finds pagination by %s', (_, html, next) => {
    const links = discoverInText(`<html><head>${html.startsWith('<link') ? html : ''}</head><body>${html.startsWith('<link') ? '' : html}</body></html>`, BASE, none);
    expect(links.listingUrls).toEqual([next]);
  });

  it('finds articles and feeds on a listing page, only on the same site', () => {
    const html = `<html><head><link rel="alternate" type="application/rss+xml" href="/feed/"></head><body>
      <a href="/en/news/court-jails-blogger-for-three-years">a</a>
      <a href="https://www.news.example.org/en/news/activist-fined-over-picket#comments">b</a>
      <a href="https://elsewhere.example.com/en/news/other-site-story-here">c</a>
      <a href="/tag/courts/">tag</a><a href="/en/about">about</a><a href="mailto:x@example.org">mail</a></body></html>`;
    const links = discoverInText(html, BASE, none);
    expect(links.articleUrls).toEqual(['https://news.example.org/en/news/court-jails-blogger-for-three-years', 'https://www.news.example.org/en/news/activist-fined-over-picket']);
    expect(links.feedUrls).toEqual(['https://news.example.org/feed/']);
  });

  it('applies include and exclude patterns', () => {
    const html = `<html><body><a href="/en/news/123">id</a><a href="/en/news/456">id</a><a href="/en/blog/some-long-blog-post">blog</a></body></html>`;
    const filter = compileFilter({ include: ['/en/news/\\d+$'], exclude: ['/456$'] });
    expect(discoverInText(html, BASE, filter).articleUrls).toEqual(['https://news.example.org/en/news/123']);
  });
});

/** A listing page: menu, the given items in <main>, a tag cloud and a footer that all share URL templates. */
function listing(items: string): string {
  return `<!DOCTYPE html><html><head><title>Latest</title></head><body>${NAVIGATION_HTML}<main><h1>Latest</h1>${items}${TAG_CLOUD_HTML}</main>${FOOTER_HTML}</body></html>`;
}
const HEADLINES = ['Court sentences blogger to three years in prison', 'Activist fined for a single picket outside the akimat', 'Lawyer loses licence after defending protesters', 'Суд оштрафовал журналиста за пост', 'Poet placed under house arrest for two months'];
const SITE = 'https://news.example.org';

describe('listing blocks: sibling links sharing a URL template with headline text are articles', () => {
  it.each([
    ['short numeric ids', (i: number) => `/news/${i}`],
    ['query-string ids', (i: number) => `/story.php?id=${i}`],
    ['query-string ids without an extension', (i: number) => `/story?id=${i}`],
    ['one-hyphen slugs', (i: number) => `/stories/verdict-${i}`],
    ['dated short ids', (i: number) => `/2024/05/${i}/`],
  ])('%s', (_, path) => {
    const items = HEADLINES.map((h, i) => `<li><h2><a href="${path(i + 1)}">${h}</a></h2><a href="${path(i + 1)}">Read more</a></li>`).join('');
    const links = discoverInText(listing(`<ul>${items}</ul>`), `${SITE}/news/`, none);
    expect(links.articleUrls).toEqual(HEADLINES.map((_h, i) => canonicalFor(path(i + 1))));
    expect(links.includeHint).toBeNull();
  });

  it.each([
    // [what the page holds, items in <main>, the include hint]
    ['menus, a tag cloud and a footer only', '', '/subject/\\d+$'],
    ['numbered links without headlines', '<ul>' + [1, 2, 3, 4, 5, 6].map((i) => `<li><a href="/case/${i}">Case ${i}</a></li>`).join('') + '</ul>', '/case/\\d+$'],
    ['"Read more" links only', '<div>' + [1, 2, 3, 4, 5].map((i) => `<p>Hearing ${i} took place.</p><a href="/news/${i}">Read more</a>`).join('') + '</div>', '/news/\\d+$'],
    ['one headline link alone', '<p><a href="/news/7">Court sentences blogger to three years in prison</a></p>', '/subject/\\d+$'],
    ['headline blocks in a sidebar', '<aside><ul>' + HEADLINES.map((h, i) => `<li><a href="/news/${i + 1}">${h}</a></li>`).join('') + '</ul></aside>', '/subject/\\d+$'],
  ])('no articles from %s; the hint names the largest block outside menus', (_, items, hint) => {
    const links = discoverInText(listing(items), `${SITE}/news/`, none);
    expect(links.articleUrls).toEqual([]);
    expect(links.includeHint).toBe(hint.replace(/\\\\/g, '\\'));
  });

  it("include patterns stay the source's choice: blocks add nothing, the hint still shows", () => {
    const items = '<ul>' + HEADLINES.map((h, i) => `<li><a href="/news/${i + 1}">${h}</a></li>`).join('') + '</ul>';
    const links = discoverInText(listing(items), `${SITE}/news/`, compileFilter({ include: ['/reports/'] }));
    expect(links.articleUrls).toEqual([]);
    expect(links.includeHint).toBe('/news/\\d+$');
  });

  it('a block with links already article-like keeps them, and adds its short-id siblings', () => {
    const items = '<ul><li><a href="/news/12345">Court sentences blogger to three years in prison</a></li><li><a href="/news/7">Activist fined for a single picket outside the akimat</a></li></ul>';
    expect(discoverInText(listing(items), `${SITE}/news/`, none).articleUrls).toEqual([`${SITE}/news/12345`, `${SITE}/news/7`]);
  });
});

function canonicalFor(path: string): string {
  return new URL(path, SITE).href;
}

describe('helpers', () => {
  it.each([
    ['https://x.org/news/court-jails-blogger-for-years', true],
    ['https://x.org/news/2024/item.html', true],
    ['https://x.org/news/12345', true],
    ['https://x.org/files/report-2024.pdf', true],
    ['https://x.org/about/', false],
    ['https://x.org/tag/court-cases-and-more/', false],
    ['https://x.org/static/app.min.js', false],
  ])('looksLikeArticleUrl(%s) is %s', (url, expected) => {
    expect(looksLikeArticleUrl(new URL(url))).toBe(expected);
  });

  it.each([
    ['https://x.org/news/?page=3', 3],
    ['https://x.org/news/page/4/', 4],
    ['https://x.org/news/', null],
  ])('pageNumberOf(%s) is %s', (url, n) => {
    expect(pageNumberOf(url)).toBe(n);
  });

  it.each([
    ['https://x.org/news/7', '/news/{n}', '/news/\\d+$'],
    ['https://x.org/story.php?id=12', '/story.php?id={n}', '/story\\.php\\?id=\\d+$'],
    ['https://x.org/stories/verdict-appealed', '/stories/{slug}', '/stories/[^/?#]+$'],
    ['https://x.org/news/2024/03/blogger-jailed.html', '/news/{n}/{n}/{slug}.html', '/news/\\d+/\\d+/[^/?#]+\\.html$'],
    ['https://x.org/about/', null, null],
    ['https://x.org/tag/court-cases/', null, null],
  ])('urlTemplate(%s) is %s, pattern %s', (url, template, pattern) => {
    expect(urlTemplate(url)).toBe(template);
    if (template === null) return;
    expect(templatePattern(template)).toBe(pattern);
    expect(new RegExp(pattern as string).test(url)).toBe(true);
  });

  it.each([
    ['Court sentences blogger to three years', true],
    ['Суд оштрафовал журналиста', true],
    ['Privacy policy', false],
    ['Read more', false],
    ['12', false],
    ['Case 12 of 40 here', false],
  ])('isHeadlineLike(%s) is %s', (text, expected) => {
    expect(isHeadlineLike(text)).toBe(expected);
  });

  it('the warning names the include pattern in YAML form', () => {
    expect(noArticlesWarning('https://x.org/news/', '/news/\\d+$')).toBe(
      "casefile crawl: warning: listing https://x.org/news/ gave no article links; if its articles are the links matching /news/\\d+$, add to its source in a sources file:  include: ['/news/\\d+$']",
    );
    expect(noArticlesWarning('https://x.org/news/', null)).toMatch(/gave no article links, and no block/);
  });

  it('reads <link rel=canonical> on the same site only', () => {
    expect(canonicalLinkOf('<head><link href="/a/story-one?utm_source=x" rel="canonical"></head>', 'https://x.org/amp/story-one')).toBe('https://x.org/a/story-one');
    expect(canonicalLinkOf('<head><link rel="canonical" href="https://evil.example/a"></head>', 'https://x.org/a')).toBeNull();
    expect(canonicalLinkOf('<head></head>', 'https://x.org/a')).toBeNull();
  });
});
