import ipaddr from 'ipaddr.js';

/**
 * Which network addresses /add may fetch from. A bot that fetches any link for anyone must not
 * become a way into the network it runs on: its own services (loopback), the office or cluster
 * network (private ranges) and above all the cloud metadata service, which hands out credentials.
 *
 * The special-purpose blocks come from ipaddr.js, which follows the IANA IPv4 and IPv6
 * Special-Purpose Address Registries, so the list does not drift as a hand-kept one would.
 * Anything it does not call ordinary unicast is refused, and IPv6 must also lie in 2000::/3, the
 * only block IANA hands out as global unicast.
 */

/** What kind of address this is, for the fetch guard and for the server's log. */
export type AddressKind = 'public' | 'loopback' | 'private' | 'link_local' | 'metadata' | 'reserved';

/**
 * Cloud metadata endpoints: AWS, GCP and Azure (169.254.169.254), AWS ECS (169.254.170.2),
 * Alibaba (100.100.100.200), Azure's wire server (168.63.129.16, a public-looking address) and
 * AWS over IPv6 (fd00:ec2::254). Extend with any other provider's address; they are refused even
 * with ALLOW_PRIVATE_URLS on.
 */
const METADATA_ADDRESSES: readonly string[] = ['169.254.169.254', '169.254.170.2', '100.100.100.200', '168.63.129.16', 'fd00:ec2::254'];

/**
 * Blocks in the IANA IPv6 registry that ipaddr.js 2.5 does not list yet: the dummy prefix
 * 100:0:0:1::/64 (RFC 9780). Add a registry entry here when it is newer than the library.
 */
const EXTRA_IPV6_BLOCKS: ReadonlyArray<[ipaddr.IPv6, number]> = [ipaddr.IPv6.parseCIDR('100:0:0:1::/64')];

const GLOBAL_UNICAST_V6 = ipaddr.IPv6.parseCIDR('2000::/3');

function isMetadata(address: ipaddr.IPv4 | ipaddr.IPv6): boolean {
  return METADATA_ADDRESSES.some((known) => {
    const parsed = ipaddr.parse(known);
    return parsed.kind() === address.kind() && parsed.toNormalizedString() === address.toNormalizedString();
  });
}

function classifyIPv4(address: ipaddr.IPv4): AddressKind {
  if (isMetadata(address)) return 'metadata';
  switch (address.range()) {
    case 'unicast':
      return 'public';
    case 'loopback':
      return 'loopback';
    case 'private':
    case 'carrierGradeNat':
      return 'private';
    case 'linkLocal':
      return 'link_local';
    default:
      return 'reserved';
  }
}

/** The IPv4 address carried in the last 32 bits of an IPv6 address. */
function lastFour(address: ipaddr.IPv6): ipaddr.IPv4 {
  return new ipaddr.IPv4(address.toByteArray().slice(12, 16));
}

function classifyIPv6(address: ipaddr.IPv6): AddressKind {
  if (isMetadata(address)) return 'metadata';
  const range = address.range();
  // IPv4 carried inside IPv6 reaches the IPv4 host (mapped, translated, NAT64), so it is judged as that host.
  if (range === 'ipv4Mapped' || range === 'rfc6145') return classifyIPv4(lastFour(address));
  if (range === 'rfc6052') return address.match(ipaddr.IPv6.parseCIDR('64:ff9b::/96')) ? classifyIPv4(lastFour(address)) : 'reserved';
  if (range === '6to4') return classifyIPv4(new ipaddr.IPv4(address.toByteArray().slice(2, 6)));
  if (range === 'loopback') return 'loopback';
  if (range === 'uniqueLocal') return 'private';
  if (range === 'linkLocal') return 'link_local';
  if (range !== 'unicast') return 'reserved';
  // The deprecated IPv4-compatible form ::a.b.c.d also reaches the IPv4 host.
  if (
    address
      .toByteArray()
      .slice(0, 12)
      .every((byte) => byte === 0)
  )
    return classifyIPv4(lastFour(address));
  if (EXTRA_IPV6_BLOCKS.some((block) => address.match(block))) return 'reserved';
  return address.match(GLOBAL_UNICAST_V6) ? 'public' : 'reserved';
}

/** The kind of an IP address (v4 or v6, zone id ignored); anything that is not an IP address is `reserved`. */
export function classifyAddress(address: string): AddressKind {
  const text = address.replace(/%[\s\S]*$/u, '');
  // isValidFourPartDecimal: `1.2.3` or `0x7f.1` are host names to DNS, never addresses here.
  if (ipaddr.IPv4.isValidFourPartDecimal(text)) return classifyIPv4(ipaddr.IPv4.parse(text));
  if (ipaddr.IPv6.isValid(text)) return classifyIPv6(ipaddr.IPv6.parse(text));
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

/** The ports /add connects to unless configured otherwise (`ADD_URL_PORTS`): the web's own. */
export const DEFAULT_PORTS: readonly number[] = [80, 443];

/**
 * Whether /add may connect to this port of an address of this kind. Public hosts only on the
 * allowed ports, so that /add cannot be used to knock on a site's other services; with
 * ALLOW_PRIVATE_URLS, the operator's own network on any port (development servers seldom use 80).
 */
export function isPortAllowed(port: number, kind: AddressKind, allowPrivate: boolean, allowedPorts: readonly number[] | 'any'): boolean {
  if (allowedPorts === 'any' || allowedPorts.includes(port)) return true;
  return allowPrivate && (kind === 'loopback' || kind === 'private');
}
