/**
 * Page metadata: title, published day (JSON-LD, OpenGraph, <time>, meta, URL, byline),
 * author, language (attribute or detection) and canonical URL; plus the date reader and language guesser.
 */
import { cleanHtml } from '../../src/clean';
import { isDateLine, parseDateText } from '../../src/clean/date-text';
import { detectLanguage } from '../../src/clean/lang-detect';

const BODY = '<article><p>The court in Almaty fined the activist, who had held a single-person picket, the equivalent of 300 dollars on Monday.</p><p>His lawyer said that the ruling would be appealed, and that the picket had been lawful under the constitution.</p></article>';
const page = (head: string, body = BODY, htmlAttrs = '') => `<!DOCTYPE html><html${htmlAttrs}><head>${head}</head><body>${body}</body></html>`;

describe('published date', () => {
  test.each([
    ['JSON-LD datePublished', page('<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","datePublished":"2019-12-13T08:00:00+06:00"}</script>'), null, '2019-12-13'],
    ['JSON-LD in @graph', page('<script type="application/ld+json">{"@graph":[{"@type":"WebPage"},{"@type":"Article","datePublished":"2020-01-09"}]}</script>'), null, '2020-01-09'],
    ['article:published_time', page('<meta property="article:published_time" content="2021-03-02T10:00:00Z">'), null, '2021-03-02'],
    ['meta name=date', page('<meta name="date" content="2018-07-15">'), null, '2018-07-15'],
    ['<time datetime>', page('', `<time datetime="2017-05-04T12:00">4 May</time>${BODY}`), null, '2017-05-04'],
    ['itemprop datePublished', page('', `<span itemprop="datePublished" content="2016-02-29">29 Feb</span>${BODY}`), null, '2016-02-29'],
    ['URL as last resort', page(''), 'https://example.org/news/2015/11/30/story.html', '2015-11-30'],
    ['byline as last resort', page('', `<div class="byline">Published 13th December 2019 by staff</div>${BODY}`), null, '2019-12-13'],
    ['JSON-LD beats meta', page('<meta name="date" content="2010-01-01"><script type="application/ld+json">{"@type":"NewsArticle","datePublished":"2019-12-13"}</script>'), null, '2019-12-13'],
    ['broken JSON-LD is skipped', page('<script type="application/ld+json">{"@type": "NewsArticle", "datePublished": </script><meta property="article:published_time" content="2022-02-22">'), null, '2022-02-22'],
    ['no date at all', page(''), null, null],
  ])('%s', (_name, html, url, expected) => {
    expect(cleanHtml(html, { url }).published).toBe(expected);
  });

  test('opts.published is the fallback when the page gives none', () => {
    expect(cleanHtml(page(''), { published: '2020-01-15' }).published).toBe('2020-01-15');
    expect(cleanHtml(page('<meta name="date" content="2018-07-15">'), { published: '2020-01-15' }).published).toBe('2018-07-15');
  });
});

describe('title, author, language, canonical URL', () => {
  test('the h1 wins when the document title contains it with the site name', () => {
    const doc = cleanHtml(page('<title>Activist fined in Almaty | Steppe News</title>', `<h1>Activist fined in Almaty</h1>${BODY}`));
    expect(doc.title).toBe('Activist fined in Almaty');
    expect(doc.text.startsWith('Activist fined')).toBe(false);
  });

  test('a site name is stripped from the document title', () => {
    expect(cleanHtml(page('<title>Steppe News - Court fines activist over single-person picket</title>')).title).toBe('Court fines activist over single-person picket');
  });

  test.each([
    ['JSON-LD author list', page('<script type="application/ld+json">{"@type":"NewsArticle","author":[{"@type":"Person","name":"Ana Lee"},{"@type":"Person","name":"Bo Kim"}]}</script>'), 'Ana Lee, Bo Kim'],
    ['meta author', page('<meta name="author" content="Dana Roe">'), 'Dana Roe'],
    ['article:author URL is not a name', page('<meta property="article:author" content="https://facebook.com/x">'), null],
    ['byline element', page('', `<p class="byline">By Erlan Sadykov</p>${BODY}`), 'Erlan Sadykov'],
  ])('author: %s', (_name, html, expected) => {
    expect(cleanHtml(html).author).toBe(expected);
  });

  test.each([
    ['lang attribute', page('', BODY, ' lang="ru-RU"'), 'ru'],
    ['content-language', page('<meta http-equiv="content-language" content="kk">'), 'kk'],
    ['detected English', page(''), 'en'],
    ['detected Russian', page('', '<p>Суд приговорил активиста к пятнадцати суткам ареста за участие в несогласованной акции, сообщил его адвокат в понедельник.</p>'), 'ru'],
  ])('lang: %s', (_name, html, expected) => {
    expect(cleanHtml(html).lang).toBe(expected);
  });

  test.each([
    ['absolute canonical', page('<link rel="canonical" href="https://example.org/a/b">'), null, 'https://example.org/a/b'],
    ['relative canonical resolved against the page URL', page('<link rel="canonical" href="/a/b?x=1">'), 'https://example.org/z', 'https://example.org/a/b?x=1'],
    ['og:url', page('<meta property="og:url" content="https://example.org/og">'), null, 'https://example.org/og'],
    ['javascript: is refused', page('<link rel="canonical" href="javascript:alert(1)">'), null, null],
    ['none', page(''), null, null],
  ])('canonical: %s', (_name, html, url, expected) => {
    expect(cleanHtml(html, { url }).canonicalUrl).toBe(expected);
  });
});

describe('parseDateText', () => {
  test.each([
    ['2019-12-13T09:00:00Z', '2019-12-13'],
    ['13 December 2019', '2019-12-13'],
    ['13th of December, 2019', '2019-12-13'],
    ['Dec. 13, 2019', '2019-12-13'],
    ['13.12.2019', '2019-12-13'],
    ['2019/12/13', '2019-12-13'],
    ['13 декабря 2019 г.', '2019-12-13'],
    ['22 de janeiro de 2018', '2018-01-22'],
    ['20191213', '2019-12-13'],
    ['1576224000', '2019-12-13'],
    ['31 February 2019', null],
    ['no date here', null],
    ['2019', null],
  ])('%s', (input, expected) => {
    expect(parseDateText(input)).toBe(expected);
  });

  test.each([
    ['12.04.2022', true],
    ['May 16, 2023 2:32 PM UTC', true],
    ['segunda-feira, 22 de janeiro de 2018 às 0:13', true],
    ['November 20, 2019 - 11:28 AMT', true],
    ['— The Senate (@Senate) October 9, 2018', false],
    ['The court ruled on 13 December 2019.', false],
  ])('dateline %s', (input, expected) => {
    expect(isDateLine(input)).toBe(expected);
  });
});

describe('detectLanguage', () => {
  test.each([
    ['The court said that the activist was fined for the picket and he will appeal.', 'en'],
    ['Le tribunal a condamné le militant et la défense a dit que le jugement est injuste pour les droits.', 'fr'],
    ['Der Aktivist wurde von dem Gericht verurteilt und die Verteidigung ist mit dem Urteil nicht zufrieden.', 'de'],
    ['Суд приговорил активиста к пятнадцати суткам ареста за участие в акции.', 'ru'],
    ['Суд прысудзіў актывісту штраф, і ён абскардзіў рашэнне ў абласным судзе, бо ўпэўнены ў невінаватасці.', 'be'],
    ['Суд призначив активісту штраф, і він оскаржив рішення в апеляційному суді через порушення.', 'uk'],
    ['12 345 678', null],
  ])('%s', (text, expected) => {
    expect(detectLanguage(text)).toBe(expected);
  });
});
