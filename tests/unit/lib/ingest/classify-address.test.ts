import { describe, expect, it } from 'vitest';
import {
  type AddressClass,
  classifyAddress,
  isPublicAddress,
  parseIPv4,
  parseIPv6,
} from '@/lib/ingest/classify-address';

// Pure classification only: none of these addresses is ever contacted.
const REFUSED: ReadonlyArray<readonly [string, AddressClass]> = [
  // IPv4 loopback, in every spelling inet_aton accepts
  ['127.0.0.1', 'loopback'],
  ['127.255.255.254', 'loopback'],
  ['2130706433', 'loopback'], // decimal
  ['017700000001', 'loopback'], // octal
  ['0x7f000001', 'loopback'], // hex
  ['0x7f.1', 'loopback'], // hex, short form
  ['0177.0.0.1', 'loopback'], // octal first part
  ['127.1', 'loopback'], // short form
  ['127.0.1', 'loopback'],
  ['0x7F.0x00.0x00.0x01', 'loopback'],
  ['127.0.0.1.', 'loopback'], // trailing dot
  // unspecified
  ['0.0.0.0', 'unspecified'],
  ['0', 'unspecified'],
  ['0.1.2.3', 'unspecified'],
  // private
  ['10.0.0.1', 'private'],
  ['012.1.2.3', 'private'], // octal 012 = 10
  ['172.16.0.1', 'private'],
  ['172.31.255.255', 'private'],
  ['192.168.1.1', 'private'],
  ['3232235777', 'private'], // 192.168.1.1 as decimal
  // link-local, including the cloud metadata address
  ['169.254.169.254', 'link_local'],
  ['0xa9fea9fe', 'link_local'],
  ['2852039166', 'link_local'],
  // carrier-grade NAT
  ['100.64.0.1', 'cgnat'],
  ['100.127.255.255', 'cgnat'],
  // multicast, broadcast, reserved, documentation, benchmarking
  ['224.0.0.1', 'multicast'],
  ['239.255.255.250', 'multicast'],
  ['255.255.255.255', 'broadcast'],
  ['240.0.0.1', 'reserved'],
  ['192.0.0.8', 'reserved'],
  ['192.0.2.10', 'documentation'],
  ['198.18.0.1', 'benchmarking'],
  // IPv6
  ['::1', 'loopback'],
  ['[::1]', 'loopback'],
  ['0:0:0:0:0:0:0:1', 'loopback'],
  ['::', 'unspecified'],
  ['fe80::1', 'link_local'],
  ['fe80::1%eth0', 'link_local'],
  ['febf:ffff::1', 'link_local'],
  ['fc00::1', 'unique_local'],
  ['fd12:3456:789a::1', 'unique_local'],
  ['fec0::1', 'site_local'],
  ['ff02::1', 'multicast'],
  ['ff05::fb', 'multicast'],
  ['::ffff:127.0.0.1', 'ipv4_mapped'],
  ['[::ffff:127.0.0.1]', 'ipv4_mapped'],
  ['::ffff:7f00:1', 'ipv4_mapped'], // how the URL parser prints the line above
  ['::ffff:8.8.8.8', 'ipv4_mapped'], // mapped is refused even when the IPv4 inside is public
  ['::127.0.0.1', 'ipv4_compatible'],
  ['::8.8.8.8', 'ipv4_compatible'],
  ['::a9fe:a9fe', 'ipv4_compatible'],
  ['64:ff9b::7f00:1', 'nat64'],
  ['64:ff9b::8.8.8.8', 'nat64'],
  ['64:ff9b:1::a00:1', 'nat64'],
  ['64:ff9b:1:ffff::1', 'nat64'],
  ['2002:7f00:1::', '6to4'],
  ['2002:c0a8:101::1', '6to4'],
  ['2001:0:4136:e378:8000:63bf:3fff:fdd2', 'teredo'],
  ['2001::1', 'teredo'],
  ['2001:db8::1', 'documentation'],
  ['2001:2::1', 'benchmarking'],
  ['2001:10::1', 'reserved'], // ORCHID
  ['100::1', 'reserved'], // discard-only
  ['4000::1', 'reserved'], // outside 2000::/3
  ['::ffff:0:7f00:1', 'reserved'], // IPv4-translated (SIIT)
];

const ACCEPTED: readonly string[] = [
  '8.8.8.8',
  '1.1.1.1',
  '93.184.216.34',
  '134744072', // 8.8.8.8 as decimal: an odd spelling is not in itself a reason to refuse
  '0x8.0x8.0x8.0x8',
  '100.63.255.255', // just below CGNAT
  '100.128.0.0', // just above CGNAT
  '172.15.255.255', // just below 172.16/12
  '172.32.0.0', // just above 172.16/12
  '169.253.255.255',
  '192.167.255.255',
  '198.20.0.1', // just above 198.18/15
  '223.255.255.254', // just below multicast
  '11.0.0.1',
  '2606:4700::1',
  '2606:4700:4700::1111',
  '2001:4860:4860::8888',
  '2a00:1450:4001:82b::200e',
  '2001:200::1', // 2001:200::/23 is a regular allocation, past the IETF block
  '2003::1', // just past 6to4
  '[2606:4700::1]',
];

const NOT_ADDRESSES: readonly string[] = [
  'example.com',
  'localhost',
  '127.0.0.1.nip.io',
  '256.0.0.1',
  '1.2.3.4.5',
  '08.0.0.1', // 08 is neither octal nor decimal
  '0x7g.1',
  '4294967296', // 2^32
  '1:2:3:4:5:6:7:8:9',
  '1::2::3',
  '::ffff:127.0.0.256',
  '',
];

describe('classifyAddress', () => {
  it.each(REFUSED)('refuses %s as %s', (address, expected) => {
    expect(classifyAddress(address)).toBe(expected);
    expect(isPublicAddress(address)).toBe(false);
  });

  it.each(ACCEPTED)('accepts public unicast %s', (address) => {
    expect(classifyAddress(address)).toBe('public');
    expect(isPublicAddress(address)).toBe(true);
  });

  it.each(NOT_ADDRESSES)('does not take %j for an IP address', (text) => {
    expect(classifyAddress(text)).toBe('not_an_address');
    expect(isPublicAddress(text)).toBe(false);
  });

  it('covers at least 40 addresses across every refused class', () => {
    expect(REFUSED.length + ACCEPTED.length).toBeGreaterThanOrEqual(40);
    const classes = new Set(REFUSED.map(([, cls]) => cls));
    for (const cls of [
      'loopback',
      'unspecified',
      'private',
      'link_local',
      'cgnat',
      'unique_local',
      'multicast',
      'ipv4_mapped',
      'ipv4_compatible',
      'nat64',
      '6to4',
      'teredo',
    ] as const) {
      expect(classes).toContain(cls);
    }
  });
});

describe('parseIPv4', () => {
  it('reads every spelling of 127.0.0.1 to the same number', () => {
    for (const spelling of ['127.0.0.1', '2130706433', '017700000001', '0x7f000001', '0x7f.1', '127.1']) {
      expect(parseIPv4(spelling)).toBe(0x7f000001);
    }
  });
});

describe('parseIPv6', () => {
  it('expands :: and embedded IPv4', () => {
    expect(Array.from(parseIPv6('::ffff:127.0.0.1') ?? [])).toEqual([
      0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0xff, 0xff, 127, 0, 0, 1,
    ]);
  });

  // Found by the property test: an embedded IPv4 only ends an address, never precedes '::' or a group.
  it.each(['0.0.0.0::', '1.2.3.4::1', '::1.2.3.4:1', '1.2.3.4:1::'])('refuses %s', (text) => {
    expect(parseIPv6(text)).toBeNull();
  });
});
