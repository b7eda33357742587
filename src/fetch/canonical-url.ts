/**
 * Canonical form of a URL, the key of the seen set:
 * "HTTPS://Example.org:443/a?utm_source=x&b=2&a=1#top" -> "https://example.org/a?a=1&b=2".
 */

/** Query parameters that track the visitor and never change the page. */
const TRACKING_PARAMS = new Set([
  'fbclid', 'gclid', 'dclid', 'gbraid', 'wbraid', 'msclkid', 'yclid', 'mc_cid', 'mc_eid', 'igshid',
  '_ga', '_gl', '_hsenc', '_hsmi', 'ref_src', 'ref_url', 'spm', 'cmpid', 'ncid', 'ocid', 'sr_share', 'at_medium', 'at_campaign',
]);
const TRACKING_PREFIXES = ['utm_', 'pk_', 'mtm_', 'hsa_', 'oly_'];

function isTracking(name: string): boolean {
  const n = name.toLowerCase();
  return TRACKING_PARAMS.has(n) || TRACKING_PREFIXES.some((p) => n.startsWith(p));
}

/** Returns null for anything that is not an absolute http(s) URL. */
export function canonicalUrl(input: string, base?: string): string | null {
  let url: URL;
  try {
    url = base === undefined ? new URL(input) : new URL(input, base);
  } catch {
    return null;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
  url.hash = '';
  url.username = '';
  url.password = '';
  url.hostname = url.hostname.toLowerCase().replace(/\.$/, '');
  const params = [...url.searchParams.entries()].filter(([k]) => !isTracking(k));
  params.sort(([a, av], [b, bv]) => (a < b ? -1 : a > b ? 1 : av < bv ? -1 : av > bv ? 1 : 0));
  url.search = params.length > 0 ? '?' + new URLSearchParams(params).toString() : '';
  if (url.pathname === '') url.pathname = '/';
  return url.toString();
}

/** "http://Example.org:8080/x" -> "http://example.org:8080": the key of pools, robots and pacing. */
export function originOf(url: string): string {
  return new URL(url).origin;
}
