import { describe, expect, it } from 'vitest';
import { classifyAddress, isAddressAllowed } from '../../src/ingest/address-policy.ts';

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
