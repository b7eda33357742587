/** `extract URL` fetches through the polite client: address guard, redirects, body limit, encodings. */
import { fetchForCli } from '../../src/fetch/cli-fetch';
import { startFixtureSite, type FixtureSite } from '../support/fixture-site';

describe('fetchForCli', () => {
  let site: FixtureSite;
  beforeAll(async () => {
    site = await startFixtureSite();
  });
  afterAll(async () => site.close());
  const limit = { maxBodyBytes: 10 * 1024 * 1024 };

  it('refuses the loopback site unless --allow-private', async () => {
    await expect(fetchForCli(`${site.url}/about/`, { ...limit, allowPrivate: false })).rejects.toMatchObject({ code: 'private-address' });
    expect(site.requests).toHaveLength(0);
  });

  it('follows redirects and decompresses', async () => {
    const res = await fetchForCli(`${site.url}/old/blogger-sentenced-story`, { ...limit, allowPrivate: true });
    expect(res.url).toBe(`${site.url}/news/2024/03/blogger-sentenced-to-three-years.html`);
    expect(Buffer.from(res.bytes).toString('utf8')).toContain('Timur Sadykov');
    expect(res.contentType).toBe('text/html; charset=utf-8');
  });

  it.each([
    ['/lab/redirect-loop-first-hop', 'redirect-loop'],
    ['/lab/missing-page-returns-not-found', 'fetch-failed'],
    ['/lab/redirect-to-cloud-metadata-endpoint', 'private-address'],
  ])('%s fails with %s', async (p, code) => {
    await expect(fetchForCli(site.url + p, { ...limit, allowPrivate: true })).rejects.toMatchObject({ code });
  });

  it('stops the 50 MB page at the limit while streaming', async () => {
    await expect(fetchForCli(`${site.url}/lab/fifty-megabyte-page-body`, { maxBodyBytes: 2 * 1024 * 1024, allowPrivate: true })).rejects.toMatchObject({ code: 'too-large' });
    expect(site.hits('/lab/fifty-megabyte-page-body')[0].bytesSent).toBeLessThan(20 * 1024 * 1024);
  });
});
