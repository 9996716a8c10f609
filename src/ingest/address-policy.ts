import { isIP } from 'node:net';

/**
 * Which network addresses /add may fetch from. A bot that fetches any link for anyone must not
 * become a way into the network it runs on: its own services (loopback), the office or cluster
 * network (private ranges) and above all the cloud metadata service, which hands out credentials.
 */

/** What kind of address this is, for the fetch guard and for the refusal message. */
export type AddressKind = 'public' | 'loopback' | 'private' | 'link_local' | 'metadata' | 'reserved';

type Range4 = readonly [base: number, prefix: number, kind: AddressKind];

function ipv4Number(address: string): number {
  return address.split('.').reduce((value, part) => value * 256 + Number(part), 0);
}

function range4(cidr: string, kind: AddressKind): Range4 {
  const [base, prefix] = cidr.split('/');
  return [ipv4Number(base!), Number(prefix), kind];
}

/** First match wins, so the metadata addresses come before the ranges that hold them. */
const IPV4_RANGES: readonly Range4[] = [
  range4('169.254.169.254/32', 'metadata'),
  range4('169.254.170.2/32', 'metadata'),
  range4('100.100.100.200/32', 'metadata'),
  range4('127.0.0.0/8', 'loopback'),
  range4('10.0.0.0/8', 'private'),
  range4('172.16.0.0/12', 'private'),
  range4('192.168.0.0/16', 'private'),
  range4('100.64.0.0/10', 'private'),
  range4('169.254.0.0/16', 'link_local'),
  range4('0.0.0.0/8', 'reserved'),
  range4('192.0.0.0/24', 'reserved'),
  range4('192.0.2.0/24', 'reserved'),
  range4('198.18.0.0/15', 'reserved'),
  range4('198.51.100.0/24', 'reserved'),
  range4('203.0.113.0/24', 'reserved'),
  range4('224.0.0.0/4', 'reserved'),
  range4('240.0.0.0/4', 'reserved'),
];

function classifyIPv4(address: string): AddressKind {
  const value = ipv4Number(address);
  for (const [base, prefix, kind] of IPV4_RANGES) {
    const size = 2 ** (32 - prefix);
    if (value >= base && value < base + size) return kind;
  }
  return 'public';
}

/** The 16 bytes of an IPv6 address (zone id dropped, a dotted IPv4 tail read as two groups). */
function ipv6Bytes(address: string): number[] {
  let text = address.split('%')[0]!.toLowerCase();
  const dotted = /(\d+\.\d+\.\d+\.\d+)$/.exec(text);
  if (dotted) {
    const value = ipv4Number(dotted[1]!);
    text = `${text.slice(0, dotted.index)}${(value >>> 16).toString(16)}:${(value & 0xffff).toString(16)}`;
  }
  const [head, tail] = text.includes('::') ? text.split('::') : [text, undefined];
  const headGroups = head ? head.split(':') : [];
  const tailGroups = tail ? tail.split(':') : [];
  const groups = tail === undefined ? headGroups : [...headGroups, ...Array<string>(8 - headGroups.length - tailGroups.length).fill('0'), ...tailGroups];
  return groups.flatMap((group) => {
    const value = parseInt(group, 16);
    return [value >> 8, value & 0xff];
  });
}

function startsWith(bytes: number[], prefix: readonly number[], bits: number): boolean {
  for (let bit = 0; bit < bits; bit++) {
    const mask = 0x80 >> (bit % 8);
    if ((bytes[bit >> 3]! & mask) !== (prefix[bit >> 3]! & mask)) return false;
  }
  return true;
}

function classifyIPv6(address: string): AddressKind {
  const bytes = ipv6Bytes(address);
  const embedded = (at: number): AddressKind => classifyIPv4(bytes.slice(at, at + 4).join('.'));
  // IPv4 carried inside IPv6 reaches the IPv4 host, so it is judged as that host.
  if (startsWith(bytes, [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0xff, 0xff], 96)) return embedded(12);
  if (startsWith(bytes, [0, 0x64, 0xff, 0x9b, 0, 0, 0, 0, 0, 0, 0, 0], 96)) return embedded(12);
  if (startsWith(bytes, [0x20, 0x02], 16)) return embedded(2);
  if (bytes.every((byte) => byte === 0)) return 'reserved';
  if (bytes.slice(0, 15).every((byte) => byte === 0) && bytes[15] === 1) return 'loopback';
  if (startsWith(bytes, [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0], 96)) return embedded(12);
  if (ipv6Bytes('fd00:ec2::254').every((byte, i) => byte === bytes[i])) return 'metadata';
  if (startsWith(bytes, [0xfc], 7)) return 'private';
  if (startsWith(bytes, [0xfe, 0x80], 10)) return 'link_local';
  if (startsWith(bytes, [0xff], 8)) return 'reserved';
  if (startsWith(bytes, [0x20, 0x01, 0x0d, 0xb8], 32)) return 'reserved';
  return 'public';
}

/** The kind of an IP address (v4 or v6); anything that is not an IP address is `reserved`. */
export function classifyAddress(address: string): AddressKind {
  const version = isIP(address.split('%')[0]!);
  if (version === 4) return classifyIPv4(address);
  if (version === 6) return classifyIPv6(address);
  return 'reserved';
}

/**
 * Whether /add may connect to this address. Public addresses always; loopback and private ranges
 * only with `allowPrivate` (tests, a newsroom's own intranet); link-local, metadata and reserved
 * addresses never, since no article lives there and credentials do.
 */
export function isAddressAllowed(address: string, allowPrivate: boolean): boolean {
  const kind = classifyAddress(address);
  return kind === 'public' || (allowPrivate && (kind === 'loopback' || kind === 'private'));
}
