/** canonicalUrl: the key of the seen set. */
import { canonicalUrl } from '../../src/fetch/canonical-url';

describe('canonicalUrl', () => {
  it.each([
    ['HTTPS://Example.ORG/a/b', 'https://example.org/a/b'],
    ['https://example.org:443/a', 'https://example.org/a'],
    ['http://example.org:8080/a#section-2', 'http://example.org:8080/a'],
    ['https://example.org/a?utm_source=x&utm_medium=y&b=2&a=1', 'https://example.org/a?a=1&b=2'],
    ['https://example.org/a?fbclid=123&gclid=4&id=7', 'https://example.org/a?id=7'],
    ['https://example.org/a?utm_campaign=z', 'https://example.org/a'],
    ['https://user:pw@example.org/a', 'https://example.org/a'],
    ['https://example.org', 'https://example.org/'],
    ['https://example.org./news', 'https://example.org/news'],
    ['https://example.org/a?b=2&b=1', 'https://example.org/a?b=1&b=2'],
  ])('%s -> %s', (input, expected) => {
    expect(canonicalUrl(input)).toBe(expected);
  });

  it('resolves relative links against a base', () => {
    expect(canonicalUrl('../x?utm_term=a#c', 'https://example.org/news/2024/item')).toBe('https://example.org/news/x');
  });

  it.each(['mailto:press@example.org', 'javascript:void(0)', 'ftp://example.org/file', 'not a url'])('refuses %s', (input) => {
    expect(canonicalUrl(input)).toBeNull();
  });
});
