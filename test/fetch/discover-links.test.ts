/** Discovery: feeds, sitemaps, pagination, include/exclude patterns, canonical links. */
import { gzipSync } from 'node:zlib';
import { canonicalLinkOf, compileFilter, discoverInBytes, discoverInText, looksLikeArticleUrl, pageNumberOf } from '../../src/fetch/discover-links';

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

  it('reads <link rel=canonical> on the same site only', () => {
    expect(canonicalLinkOf('<head><link href="/a/story-one?utm_source=x" rel="canonical"></head>', 'https://x.org/amp/story-one')).toBe('https://x.org/a/story-one');
    expect(canonicalLinkOf('<head><link rel="canonical" href="https://evil.example/a"></head>', 'https://x.org/a')).toBeNull();
    expect(canonicalLinkOf('<head></head>', 'https://x.org/a')).toBeNull();
  });
});
