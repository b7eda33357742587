/** The address guard: which addresses the crawler may connect to, literal and after DNS. */
import { AddressRefusedError, guardedLookupFor, isAllowedAddress, isPublicAddress } from '../../src/fetch/address-guard';
import { HttpClient } from '../../src/fetch/http-client';
import { startFixtureSite, type FixtureSite } from '../support/fixture-site';

describe('isPublicAddress', () => {
  it.each([
    '127.0.0.1', '127.1.2.3', '10.0.0.1', '172.16.5.4', '172.31.255.255', '192.168.1.1', '169.254.169.254', '169.254.1.1',
    '100.64.0.1', '100.127.255.254', '0.0.0.0', '224.0.0.1', '255.255.255.255',
    '::1', '::', 'fd00::1', 'fd00:ec2::254', 'fc00::5', 'fe80::1', '::ffff:127.0.0.1', '::ffff:7f00:1', '::ffff:10.0.0.1',
  ])('refuses %s', (address) => {
    expect(isPublicAddress(address)).toBe(false);
  });

  it.each(['8.8.8.8', '93.184.216.34', '172.32.0.1', '100.128.0.1', '2606:4700::1111', '::ffff:8.8.8.8'])('allows %s', (address) => {
    expect(isPublicAddress(address)).toBe(true);
  });

  it('with --allow-private, loopback and private pass but cloud metadata never does', () => {
    expect(isAllowedAddress('127.0.0.1', true)).toBe(true);
    expect(isAllowedAddress('10.1.2.3', true)).toBe(true);
    expect(isAllowedAddress('169.254.169.254', true)).toBe(false);
    expect(isAllowedAddress('::ffff:a9fe:a9fe', true)).toBe(false);
    expect(isAllowedAddress('fd00:ec2::254', true)).toBe(false);
  });
});

describe('the guard in the HTTP client', () => {
  let site: FixtureSite;
  const client = new HttpClient({ headersTimeoutMs: 2000 });
  beforeAll(async () => {
    site = await startFixtureSite();
  });
  afterAll(async () => {
    await client.close();
    await site.close();
  });

  it('refuses a name that resolves to loopback (checked after DNS, in the connect lookup)', async () => {
    await expect(client.get(`http://localhost:${site.port}/`, { allowPrivate: false })).rejects.toBeInstanceOf(AddressRefusedError);
    expect(site.requests).toHaveLength(0);
  });

  it.each(['http://127.0.0.1:1/', 'http://[::1]:1/', 'http://0.0.0.0:1/', 'http://169.254.169.254/latest/meta-data/', 'http://[::ffff:127.0.0.1]:1/'])(
    'refuses the literal address in %s before connecting',
    async (url) => {
      await expect(client.get(url, { allowPrivate: false })).rejects.toMatchObject({ code: 'private-address' });
    },
  );

  it('refuses a redirect hop into the metadata address even when private addresses are allowed', async () => {
    await expect(client.get(`${site.url}/lab/redirect-to-cloud-metadata-endpoint`, { allowPrivate: true })).rejects.toMatchObject({
      code: 'private-address',
      address: '169.254.169.254',
    });
  });

  it('lets a source that allows private addresses reach the local site', async () => {
    const res = await client.get(`${site.url}/about/`, { allowPrivate: true });
    expect(res.status).toBe(200);
  });

  it('the lookup hook answers in both callback shapes', (done) => {
    guardedLookupFor(true)('localhost', { all: true }, (err, addresses) => {
      expect(err).toBeNull();
      expect(Array.isArray(addresses)).toBe(true);
      guardedLookupFor(false)('localhost', {}, (err2) => {
        expect(err2).toBeInstanceOf(AddressRefusedError);
        done();
      });
    });
  });
});
