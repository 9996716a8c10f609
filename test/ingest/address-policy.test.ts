import { describe, expect, it } from 'vitest';
import { classifyAddress, DEFAULT_PORTS, isAddressAllowed, isPortAllowed } from '../../src/ingest/address-policy.ts';

describe('which addresses /add may fetch from', () => {
  it.each([
    ['93.184.216.34', 'public'],
    ['2606:4700::1111', 'public'],
    ['172.32.0.1', 'public'],
    ['127.0.0.1', 'loopback'],
    ['127.8.9.10', 'loopback'],
    ['::1', 'loopback'],
    ['10.1.2.3', 'private'],
    ['172.16.0.1', 'private'],
    ['192.168.1.1', 'private'],
    ['100.64.0.1', 'private'],
    ['fd12:3456::1', 'private'],
    ['169.254.169.254', 'metadata'],
    ['fd00:ec2::254', 'metadata'],
    ['169.254.10.1', 'link_local'],
    ['fe80::1%eth0', 'link_local'],
    ['0.0.0.0', 'reserved'],
    ['::', 'reserved'],
    ['224.0.0.1', 'reserved'],
    ['255.255.255.255', 'reserved'],
    ['not-an-address', 'reserved'],
    ['0x7f.1', 'reserved'],
    ['168.63.129.16', 'metadata'],
    ['192.88.99.1', 'reserved'],
    ['64:ff9b:1::1', 'reserved'],
    ['fec0::1', 'reserved'],
    ['100::1', 'reserved'],
    ['100:0:0:1::1', 'reserved'],
    ['2001::1', 'reserved'],
    ['2001:db8::1', 'reserved'],
    ['3fff::1', 'reserved'],
    ['4000::1', 'reserved'],
  ])('GIVEN %s THEN it is %s', (address, kind) => {
    expect(classifyAddress(address)).toBe(kind);
  });

  it('GIVEN IPv4 carried inside IPv6 THEN judges the IPv4 host', () => {
    expect(classifyAddress('::ffff:127.0.0.1')).toBe('loopback');
    expect(classifyAddress('::ffff:a9fe:a9fe')).toBe('metadata');
    expect(classifyAddress('64:ff9b::10.0.0.1')).toBe('private');
    expect(classifyAddress('2002:a9fe:a9fe::1')).toBe('metadata');
    expect(classifyAddress('::ffff:8.8.8.8')).toBe('public');
  });

  it('GIVEN IPv4 in the IPv6 translation forms ::ffff:0:x and ::a.b.c.d THEN judges the IPv4 host', () => {
    expect(classifyAddress('::ffff:0:7f00:1')).toBe('loopback');
    expect(classifyAddress('::ffff:0:a9fe:a9fe')).toBe('metadata');
    expect(classifyAddress('::127.0.0.1')).toBe('loopback');
  });

  it('GIVEN a public host THEN only ports 80 and 443 pass unless others are configured', () => {
    expect(isPortAllowed(443, 'public', false, DEFAULT_PORTS)).toBe(true);
    expect(isPortAllowed(80, 'public', false, DEFAULT_PORTS)).toBe(true);
    expect(isPortAllowed(22, 'public', false, DEFAULT_PORTS)).toBe(false);
    expect(isPortAllowed(8443, 'public', true, DEFAULT_PORTS)).toBe(false);
    expect(isPortAllowed(8443, 'public', false, [443, 8443])).toBe(true);
  });

  it('GIVEN ALLOW_PRIVATE_URLS on THEN the private network is reachable on any port', () => {
    expect(isPortAllowed(3000, 'loopback', true, DEFAULT_PORTS)).toBe(true);
    expect(isPortAllowed(3000, 'loopback', false, DEFAULT_PORTS)).toBe(false);
  });

  it('GIVEN ALLOW_PRIVATE_URLS off THEN only public addresses pass', () => {
    expect(isAddressAllowed('8.8.8.8', false)).toBe(true);
    expect(isAddressAllowed('127.0.0.1', false)).toBe(false);
    expect(isAddressAllowed('10.0.0.1', false)).toBe(false);
  });

  it('GIVEN ALLOW_PRIVATE_URLS on THEN loopback and private pass but metadata and link-local never do', () => {
    expect(isAddressAllowed('127.0.0.1', true)).toBe(true);
    expect(isAddressAllowed('192.168.0.10', true)).toBe(true);
    expect(isAddressAllowed('169.254.169.254', true)).toBe(false);
    expect(isAddressAllowed('fe80::1', true)).toBe(false);
    expect(isAddressAllowed('0.0.0.0', true)).toBe(false);
  });
});
