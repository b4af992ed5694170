import { lookup } from 'node:dns/promises';
import { BlockList, isIP, type LookupFunction, type Socket } from 'node:net';
import dns from 'node:dns';
import { DomainError, type Problem } from '@partnerlink/shared';

export interface UrlPolicy {
  /** Only https:// (production). */
  readonly httpsOnly: boolean;
  /** Private, loopback and link-local receivers allowed (WEBHOOK_ALLOW_PRIVATE_URLS). */
  readonly allowPrivate: boolean;
}

/** Addresses no webhook may reach unless allowed: loopback, private, link-local, CGNAT, multicast, reserved. */
const blocked = new BlockList();
for (const [net, prefix] of [
  ['0.0.0.0', 8],
  ['10.0.0.0', 8],
  ['100.64.0.0', 10],
  ['127.0.0.0', 8],
  ['169.254.0.0', 16],
  ['172.16.0.0', 12],
  ['192.0.0.0', 24],
  ['192.0.2.0', 24],
  ['192.168.0.0', 16],
  ['198.18.0.0', 15],
  ['198.51.100.0', 24],
  ['203.0.113.0', 24],
  ['224.0.0.0', 4],
  ['240.0.0.0', 4],
] as const) {
  blocked.addSubnet(net, prefix, 'ipv4');
}
for (const [net, prefix] of [
  ['::', 128],
  ['::1', 128],
  ['64:ff9b:1::', 48],
  ['100::', 64],
  // Tunnels that reach IPv4 addresses we cannot check: Teredo and 6to4 (any relay, any address).
  ['2001::', 32],
  ['2002::', 16],
  ['2001:db8::', 32],
  ['fc00::', 7],
  ['fe80::', 10],
  ['fec0::', 10],
  ['ff00::', 8],
] as const) {
  blocked.addSubnet(net, prefix, 'ipv6');
}

/** The 16 bytes of an IPv6 address (valid input assumed, as from isIP). */
function ipv6Bytes(address: string): number[] {
  let text = address.split('%')[0] ?? '';
  const dotted = /(\d+\.\d+\.\d+\.\d+)$/.exec(text);
  if (dotted?.[1]) {
    const [a, b, c, d] = dotted[1].split('.').map(Number) as [number, number, number, number];
    text = `${text.slice(0, -dotted[1].length)}${((a << 8) | b).toString(16)}:${((c << 8) | d).toString(16)}`;
  }
  const [head = '', tail] = text.split('::');
  const parse = (part: string) => (part ? part.split(':').map((group) => parseInt(group, 16)) : []);
  const left = parse(head);
  const right = tail === undefined ? [] : parse(tail);
  const groups = [...left, ...Array<number>(8 - left.length - right.length).fill(0), ...right];
  return groups.flatMap((group) => [group >> 8, group & 0xff]);
}

/** The IPv4 address embedded in an IPv4-mapped (::ffff:a.b.c.d), -compatible or NAT64 (64:ff9b::/96) IPv6 address. */
function embeddedIPv4(address: string): string | null {
  const bytes = ipv6Bytes(address);
  const prefix = bytes.slice(0, 12);
  const mapped = prefix.slice(0, 10).every((b) => b === 0) && prefix[10] === 0xff && prefix[11] === 0xff;
  const compatible = prefix.every((b) => b === 0) && bytes.slice(12).some((b) => b !== 0) && !(bytes[15] === 1 && bytes.slice(12, 15).every((b) => b === 0));
  const nat64 = bytes[0] === 0x00 && bytes[1] === 0x64 && bytes[2] === 0xff && bytes[3] === 0x9b && prefix.slice(4).every((b) => b === 0);
  return mapped || compatible || nat64 ? bytes.slice(12).join('.') : null;
}

/** Whether an IP address is loopback, private, link-local or otherwise not on the public internet. */
export function isPrivateAddress(address: string): boolean {
  const family = isIP(address);
  if (family === 4) return blocked.check(address, 'ipv4');
  if (family === 6) {
    const v4 = embeddedIPv4(address);
    if (v4) return blocked.check(v4, 'ipv4');
    return blocked.check(address.split('%')[0] ?? address, 'ipv6');
  }
  return true; // not an address at all: refuse
}

/**
 * Host names of cloud metadata services and other names that never mean the public internet:
 * exact names, then suffixes (`.internal` is Google Cloud's and AWS's internal DNS).
 */
const NON_PUBLIC_NAMES = new Set(['localhost', 'metadata', 'metadata.google.internal', 'metadata.goog', 'instance-data', 'metadata.azure.internal']);
const NON_PUBLIC_SUFFIXES = ['.localhost', '.local', '.internal', '.localdomain', '.home.arpa', '.intranet', '.lan'];

/** Whether a host name (not an address) names a local or cloud-internal machine; trailing dots are ignored. */
export function isNonPublicName(host: string): boolean {
  const name = host.toLowerCase().replace(/\.+$/, '');
  return !name.includes('.') || NON_PUBLIC_NAMES.has(name) || NON_PUBLIC_SUFFIXES.some((suffix) => name.endsWith(suffix));
}

function refuse(problem: Problem): DomainError {
  return new DomainError('BAD_USER_INPUT', problem, 'url');
}

/** The URL's host without IPv6 brackets. */
export function hostOf(url: URL): string {
  return url.hostname.replace(/^\[(.*)\]$/, '$1');
}

/** Checks a receiver URL's form (scheme, credentials, literal addresses); BAD_USER_INPUT on `url` when refused. */
export function assertWebhookUrl(raw: string, policy: UrlPolicy): URL {
  let url: URL;
  try {
    url = new URL(raw.trim());
  } catch {
    throw refuse({ reason: 'URL_INVALID' });
  }
  if (raw.length > 2048) throw refuse({ reason: 'URL_TOO_LONG', params: { max: 2048 } });
  if (url.protocol !== 'https:' && !(url.protocol === 'http:' && !policy.httpsOnly)) {
    throw refuse({ reason: policy.httpsOnly ? 'URL_HTTPS_ONLY' : 'URL_SCHEME' });
  }
  if (url.username || url.password) throw refuse({ reason: 'URL_CREDENTIALS' });
  const host = hostOf(url).toLowerCase();
  if (!policy.allowPrivate) {
    if (isIP(host) ? isPrivateAddress(host) : isNonPublicName(host)) {
      throw refuse({ reason: 'URL_PRIVATE_ADDRESS' });
    }
  }
  return url;
}

/** Resolves the host and refuses private addresses (unless allowed); a host that does not resolve passes here and fails on delivery. */
export async function assertPublicHost(url: URL, policy: UrlPolicy): Promise<void> {
  const host = hostOf(url);
  if (policy.allowPrivate || isIP(host)) return;
  const addresses = await lookup(host, { all: true, verbatim: true }).catch(() => []);
  if (addresses.some((a) => isPrivateAddress(a.address))) {
    throw refuse({ reason: 'URL_RESOLVES_PRIVATE', params: { host } });
  }
}

/** The error a connection to a refused address fails with. */
export function privateAddressError(what: string): NodeJS.ErrnoException {
  const refused: NodeJS.ErrnoException = new Error(`refused: ${what} is a private, loopback or link-local address`);
  refused.code = 'EPRIVATEADDRESS';
  return refused;
}

/**
 * Refuses a connection whose peer is a private address the moment it connects, before a byte
 * is written: the last check, whatever the URL held (a name, an IP literal) and however it
 * was resolved.
 */
export function guardConnection(socket: Socket, allowPrivate: boolean): void {
  if (allowPrivate) return;
  socket.prependOnceListener('connect', () => {
    const peer = socket.remoteAddress;
    if (!peer || isPrivateAddress(peer)) socket.destroy(privateAddressError(peer ?? 'an unknown peer'));
  });
}

/**
 * A `lookup` for http.request that refuses private addresses at connect time, so a host
 * cannot pass the check and then resolve elsewhere (DNS rebinding).
 */
export function guardedLookup(allowPrivate: boolean): LookupFunction {
  return (hostname, options, callback) => {
    dns.lookup(hostname, { ...options, all: true }, (error, addresses) => {
      if (error) return callback(error, '', 0);
      const usable = allowPrivate ? addresses : addresses.filter((a) => !isPrivateAddress(a.address));
      if (usable.length === 0) {
        return callback(privateAddressError(`every address of ${hostname}`), '', 0);
      }
      if (options.all) return callback(null, usable);
      const first = usable[0] as dns.LookupAddress;
      callback(null, first.address, first.family);
    });
  };
}
