/**
 * Refuses loopback, private, link-local, shared and cloud-metadata addresses
 * after DNS resolution: a page may not send the crawler into the local network.
 * Example: isPublicAddress('169.254.169.254') === false.
 */
import { lookup as dnsLookup, type LookupAddress } from 'node:dns';
import { BlockList, isIP } from 'node:net';
import { PermanentError } from '../errors';

const BLOCKED = new BlockList();
// IPv4: "this network", private, shared (CGNAT), loopback, link-local (incl. 169.254.169.254 metadata),
// IETF protocol, TEST-NETs, benchmarking, multicast and reserved.
for (const [net, prefix] of [
  ['0.0.0.0', 8], ['10.0.0.0', 8], ['100.64.0.0', 10], ['127.0.0.0', 8], ['169.254.0.0', 16], ['172.16.0.0', 12],
  ['192.0.0.0', 24], ['192.0.2.0', 24], ['192.88.99.0', 24], ['192.168.0.0', 16], ['198.18.0.0', 15],
  ['198.51.100.0', 24], ['203.0.113.0', 24], ['224.0.0.0', 4], ['240.0.0.0', 4],
] as const) BLOCKED.addSubnet(net, prefix, 'ipv4');
// IPv6: unspecified, loopback, IPv4-mapped (checked again as IPv4 below), NAT64 well-known,
// unique local (fc00::/7 covers fd00::/8, incl. fd00:ec2::254 metadata), link-local, site-local, multicast, documentation.
for (const [net, prefix] of [
  ['::', 128], ['::1', 128], ['64:ff9b::', 96], ['64:ff9b:1::', 48], ['100::', 64], ['2001:db8::', 32],
  ['fc00::', 7], ['fe80::', 10], ['fec0::', 10], ['ff00::', 8],
] as const) BLOCKED.addSubnet(net, prefix, 'ipv6');

/** Cloud metadata endpoints: refused even with --allow-private, since no news page lives there. */
const METADATA = new BlockList();
for (const a of ['169.254.169.254', '169.254.170.2', '100.100.100.200', '192.0.0.192']) METADATA.addAddress(a, 'ipv4');
METADATA.addAddress('fd00:ec2::254', 'ipv6');

/** "::ffff:7f00:1" / "::ffff:127.0.0.1" -> "127.0.0.1"; other addresses unchanged. */
export function unmapIpv4(address: string): string {
  const dotted = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address);
  if (dotted) return dotted[1];
  const hex = /^::ffff:([0-9a-f]{1,4}):([0-9a-f]{1,4})$/i.exec(address);
  if (!hex) return address;
  const hi = parseInt(hex[1], 16);
  const lo = parseInt(hex[2], 16);
  return `${hi >> 8}.${hi & 255}.${lo >> 8}.${lo & 255}`;
}

export function isMetadataAddress(input: string): boolean {
  const address = unmapIpv4(input);
  const family = isIP(address);
  return family === 4 ? METADATA.check(address, 'ipv4') : family === 6 ? METADATA.check(address, 'ipv6') : false;
}

/** Whether a connection to this address is allowed under the given setting. */
export function isAllowedAddress(address: string, allowPrivate: boolean): boolean {
  return allowPrivate ? !isMetadataAddress(address) : isPublicAddress(address);
}

export function isPublicAddress(input: string): boolean {
  const address = unmapIpv4(input);
  const family = isIP(address);
  if (family === 4) return !BLOCKED.check(address, 'ipv4');
  if (family === 6) return !BLOCKED.check(address, 'ipv6');
  return false;
}

export class AddressRefusedError extends PermanentError {
  readonly host: string;
  readonly address: string;
  constructor(host: string, address: string) {
    const what = isMetadataAddress(address) ? 'a cloud metadata address' : 'a loopback, private or link-local address (allow with --allow-private)';
    super('private-address', host === address ? `${address} is ${what}` : `${host} resolves to ${address}, ${what}`);
    this.host = host;
    this.address = address;
  }
}

/** Strips the brackets of an IPv6 literal host ("[::1]" -> "::1"). */
export function bareHost(hostname: string): string {
  return hostname.startsWith('[') && hostname.endsWith(']') ? hostname.slice(1, -1) : hostname;
}

/** For hosts written as IP literals, which net.connect never passes through lookup. */
export function checkLiteralHost(hostname: string, allowPrivate = false): void {
  const host = bareHost(hostname);
  if (isIP(host) && !isAllowedAddress(host, allowPrivate)) throw new AddressRefusedError(host, host);
}

type LookupCallback = (err: NodeJS.ErrnoException | null, address: string | LookupAddress[], family?: number) => void;
type LookupFn = (hostname: string, options: { all?: boolean; family?: number } | number, callback: LookupCallback) => void;

/**
 * A net.connect `lookup` that resolves, then refuses the connection when any
 * address is not allowed (a name with one private address is not trusted).
 */
export function guardedLookupFor(allowPrivate: boolean): LookupFn {
  return (hostname, options, callback) => {
    const opts = typeof options === 'number' ? { family: options } : (options ?? {});
    dnsLookup(hostname, { ...opts, all: true }, (err, addresses) => {
      if (err) return callback(err, opts.all ? [] : '', 0);
      const list = addresses as LookupAddress[];
      const bad = list.find((a) => !isAllowedAddress(a.address, allowPrivate));
      if (bad) return callback(new AddressRefusedError(hostname, bad.address) as unknown as NodeJS.ErrnoException, opts.all ? [] : '', 0);
      if (opts.all) return callback(null, list);
      const first = list[0];
      if (!first) return callback(Object.assign(new Error(`no address for ${hostname}`), { code: 'ENOTFOUND' }), '', 0);
      callback(null, first.address, first.family);
    });
  };
}

export const guardedLookup = guardedLookupFor(false);
