/**
 * Pure IP address classification for the import SSRF guard. No I/O: it only reads the text it is given.
 * An address is fetchable only when it is 'public'; everything else names a reason to refuse it.
 */
export type AddressClass =
  | 'public'
  | 'unspecified'
  | 'loopback'
  | 'private'
  | 'link_local'
  | 'cgnat'
  | 'unique_local'
  | 'site_local'
  | 'multicast'
  | 'broadcast'
  | 'documentation'
  | 'benchmarking'
  | 'reserved'
  | 'ipv4_mapped'
  | 'ipv4_compatible'
  | 'nat64'
  | '6to4'
  | 'teredo'
  | 'not_an_address';

/**
 * Parses IPv4 the way inet_aton (and so getaddrinfo and the WHATWG URL parser) does: one to four parts,
 * each decimal, octal (leading 0) or hex (0x), the last part filling the remaining bytes. So 2130706433,
 * 017700000001, 0x7f.1 and 127.1 all mean 127.0.0.1. Returns the address as an unsigned 32-bit number.
 */
export function parseIPv4(text: string): number | null {
  let parts = text.split('.');
  // One trailing dot is allowed ("127.0.0.1."), as in URLs and DNS.
  if (parts.length > 1 && parts[parts.length - 1] === '') parts = parts.slice(0, -1);
  if (parts.length === 0 || parts.length > 4) return null;
  const values: number[] = [];
  for (const part of parts) {
    const value = parseIPv4Part(part);
    if (value === null) return null;
    values.push(value);
  }
  const last = values[values.length - 1] ?? 0;
  const head = values.slice(0, -1);
  if (head.some((v) => v > 255)) return null;
  if (last >= 256 ** (4 - head.length)) return null;
  let result = 0;
  for (const [i, v] of head.entries()) result += v * 256 ** (3 - i);
  return result + last;
}

function parseIPv4Part(part: string): number | null {
  if (/^0[xX][0-9a-fA-F]*$/.test(part)) return part.length === 2 ? 0 : Number.parseInt(part.slice(2), 16);
  if (/^0[0-7]+$/.test(part)) return Number.parseInt(part.slice(1), 8);
  if (/^(0|[1-9][0-9]*)$/.test(part)) return Number(part);
  return null;
}

/** Parses an IPv6 literal (brackets and a zone id allowed, embedded dotted IPv4 allowed) into 16 bytes. */
export function parseIPv6(text: string): Uint8Array | null {
  let s = text.startsWith('[') && text.endsWith(']') ? text.slice(1, -1) : text;
  const zone = s.indexOf('%');
  if (zone !== -1) s = s.slice(0, zone);
  if (!s.includes(':') || !/^[0-9a-fA-F:.]+$/.test(s)) return null;
  const halves = s.split('::');
  if (halves.length > 2) return null;
  /** `last`: this part ends the address, the only place an embedded IPv4 may stand ('0.0.0.0::' is no address). */
  const groupsOf = (part: string, last: boolean): number[] | null => {
    if (part === '') return [];
    const out: number[] = [];
    const pieces = part.split(':');
    for (const [i, piece] of pieces.entries()) {
      if (last && i === pieces.length - 1 && piece.includes('.')) {
        // Embedded IPv4 must be strict dotted-quad decimal.
        if (!/^\d{1,3}(\.\d{1,3}){3}$/.test(piece)) return null;
        const v4 = piece.split('.').map(Number);
        if (v4.some((n) => n > 255)) return null;
        out.push(((v4[0] ?? 0) << 8) | (v4[1] ?? 0), ((v4[2] ?? 0) << 8) | (v4[3] ?? 0));
      } else {
        if (!/^[0-9a-fA-F]{1,4}$/.test(piece)) return null;
        out.push(Number.parseInt(piece, 16));
      }
    }
    return out;
  };
  const head = groupsOf(halves[0] ?? '', halves.length === 1);
  const tail = halves.length === 2 ? groupsOf(halves[1] ?? '', true) : [];
  if (!head || !tail) return null;
  const missing = 8 - head.length - tail.length;
  if (halves.length === 2 ? missing < 1 : missing !== 0) return null;
  const groups = [...head, ...Array<number>(missing).fill(0), ...tail];
  const bytes = new Uint8Array(16);
  for (const [i, g] of groups.entries()) {
    bytes[i * 2] = g >> 8;
    bytes[i * 2 + 1] = g & 0xff;
  }
  return bytes;
}

/** IPv4 ranges that are not public unicast (RFC 6890 special-purpose registry, plus CGNAT). */
const IPV4_RANGES: ReadonlyArray<readonly [string, number, AddressClass]> = [
  ['0.0.0.0', 8, 'unspecified'],
  ['10.0.0.0', 8, 'private'],
  ['100.64.0.0', 10, 'cgnat'],
  ['127.0.0.0', 8, 'loopback'],
  ['169.254.0.0', 16, 'link_local'],
  ['172.16.0.0', 12, 'private'],
  ['192.0.0.0', 24, 'reserved'],
  ['192.0.2.0', 24, 'documentation'],
  ['192.88.99.0', 24, 'reserved'],
  ['192.168.0.0', 16, 'private'],
  ['198.18.0.0', 15, 'benchmarking'],
  ['198.51.100.0', 24, 'documentation'],
  ['203.0.113.0', 24, 'documentation'],
  ['224.0.0.0', 4, 'multicast'],
  ['255.255.255.255', 32, 'broadcast'],
  ['240.0.0.0', 4, 'reserved'],
];

export function classifyIPv4(value: number): AddressClass {
  for (const [base, bits, cls] of IPV4_RANGES) {
    const start = parseIPv4(base) ?? 0;
    const size = 2 ** (32 - bits);
    if (value >= start && value < start + size) return cls;
  }
  return 'public';
}

/** IPv6 prefixes that are not public unicast, most specific first (the first match names the class). */
const IPV6_RANGES: ReadonlyArray<readonly [string, number, AddressClass]> = [
  ['::', 128, 'unspecified'],
  ['::1', 128, 'loopback'],
  ['::ffff:0:0', 96, 'ipv4_mapped'],
  ['::', 96, 'ipv4_compatible'],
  ['64:ff9b::', 96, 'nat64'],
  ['100::', 64, 'reserved'], // discard-only
  ['64:ff9b:1::', 48, 'nat64'],
  ['2001:2::', 48, 'benchmarking'],
  ['2001::', 32, 'teredo'],
  ['2001:db8::', 32, 'documentation'],
  ['2001::', 23, 'reserved'], // IETF protocol assignments (ORCHID, AMT, ...)
  ['2002::', 16, '6to4'],
  ['fe80::', 10, 'link_local'],
  ['fec0::', 10, 'site_local'],
  ['ff00::', 8, 'multicast'],
  ['fc00::', 7, 'unique_local'],
];

const IPV6_PREFIXES = IPV6_RANGES.map(([base, bits, cls]) => [parseIPv6(base), bits, cls] as const);

function inPrefix(bytes: Uint8Array, prefix: Uint8Array, bits: number): boolean {
  for (let i = 0; i < bits; i += 8) {
    const take = Math.min(8, bits - i);
    const mask = (0xff << (8 - take)) & 0xff;
    if (((bytes[i / 8] ?? 0) & mask) !== ((prefix[i / 8] ?? 0) & mask)) return false;
  }
  return true;
}

export function classifyIPv6(bytes: Uint8Array): AddressClass {
  for (const [prefix, bits, cls] of IPV6_PREFIXES) {
    if (prefix && inPrefix(bytes, prefix, bits)) return cls;
  }
  // Only 2000::/3 is allocated as global unicast; anything else is reserved.
  return ((bytes[0] ?? 0) & 0xe0) === 0x20 ? 'public' : 'reserved';
}

/**
 * Classifies an IP address written in any spelling the network stack accepts (IPv4 decimal, octal, hex and
 * short forms; IPv6 with or without brackets). Text that is not an IP address is 'not_an_address'.
 */
export function classifyAddress(text: string): AddressClass {
  const v4 = parseIPv4(text.trim());
  if (v4 !== null) return classifyIPv4(v4);
  const v6 = parseIPv6(text.trim());
  if (v6 !== null) return classifyIPv6(v6);
  return 'not_an_address';
}

/** True only for public unicast addresses. */
export function isPublicAddress(text: string): boolean {
  return classifyAddress(text) === 'public';
}
