import 'server-only';
import { lookup } from 'node:dns/promises';
import { AppError } from '@/lib/errors';
import { type AddressClass, classifyAddress } from '@/lib/ingest/classify-address';
import { allowKey } from '@/lib/ingest/import-allowlist';

export interface ResolvedAddress {
  address: string;
  family: 4 | 6;
}

/** Resolves a host name to every A/AAAA address it has. Injectable so tests never query real DNS. */
export type Resolver = (hostname: string) => Promise<ResolvedAddress[]>;

export const systemResolver: Resolver = async (hostname) => {
  const found = await lookup(hostname, { all: true, verbatim: true });
  return found.map((a) => ({ address: a.address, family: a.family === 6 ? 6 : 4 }));
};

/** A destination that passed every check: connect to `address`, but speak to `url.hostname`. */
export interface VettedTarget {
  url: URL;
  /** The host name without IPv6 brackets, for the Host header and TLS SNI. */
  host: string;
  port: number;
  address: string;
  family: 4 | 6;
}

const DEFAULT_PORTS = new Set([80, 443]);
const MAX_URL_LENGTH = 2048;

const REASONS: Record<Exclude<AddressClass, 'public' | 'not_an_address'>, string> = {
  unspecified: 'an unspecified address',
  loopback: 'a loopback address',
  private: 'a private network address',
  link_local: 'a link-local address',
  cgnat: 'a carrier-grade NAT address',
  unique_local: 'a unique-local address',
  site_local: 'a site-local address',
  multicast: 'a multicast address',
  broadcast: 'a broadcast address',
  documentation: 'a documentation address',
  benchmarking: 'a benchmarking address',
  reserved: 'a reserved address',
  ipv4_mapped: 'an IPv4-mapped IPv6 address',
  ipv4_compatible: 'an IPv4-compatible IPv6 address',
  nat64: 'a NAT64 address',
  '6to4': 'a 6to4 address',
  teredo: 'a Teredo address',
};

function blocked(cls: AddressClass): AppError {
  const reason = cls === 'public' || cls === 'not_an_address' ? 'not a public address' : REASONS[cls];
  return new AppError('blocked_address', `That address points to ${reason}, which Framelens will not fetch.`);
}

/** Parses and checks an address's shape: http(s) only, no credentials, a host. Throws AppError('bad_url'). */
export function parseImportUrl(input: string): URL {
  if (input.length > MAX_URL_LENGTH) throw new AppError('bad_url', 'That web address is too long.');
  let url: URL;
  try {
    url = new URL(input.trim());
  } catch {
    throw new AppError('bad_url', 'That is not a valid web address.');
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new AppError('bad_url', 'Only http and https addresses can be imported.');
  }
  if (url.username || url.password) {
    throw new AppError('bad_url', 'Web addresses with a user name or password cannot be imported.');
  }
  if (!url.hostname) throw new AppError('bad_url', 'That web address has no host.');
  url.hash = '';
  return url;
}

/**
 * Checks where a URL would connect before anything is sent: the port, the host if it is an IP literal
 * (any spelling; the URL parser has already normalised 2130706433 and friends), then every address DNS
 * gives for the name. One lookup only: the caller connects to the returned address, so a second answer
 * (DNS rebinding) can never be used.
 */
export async function vetTarget(url: URL, allow: Set<string>, resolve: Resolver): Promise<VettedTarget> {
  const port = url.port ? Number(url.port) : url.protocol === 'https:' ? 443 : 80;
  const host = url.hostname.startsWith('[') ? url.hostname.slice(1, -1) : url.hostname;
  const allowed = allow.has(allowKey(`${url.hostname}:${port}`) ?? '');
  // An allowlist entry only lifts the loopback and port rules; it never opens private networks.
  const acceptable = (cls: AddressClass) => cls === 'public' || (allowed && cls === 'loopback');

  const literal = classifyAddress(host);
  if (literal !== 'not_an_address' && !acceptable(literal)) throw blocked(literal);
  if (!allowed && !DEFAULT_PORTS.has(port)) {
    throw new AppError('blocked_address', `Only ports 80 and 443 can be imported from, not ${port}.`);
  }
  if (literal !== 'not_an_address') {
    return { url, host, port, address: host, family: host.includes(':') ? 6 : 4 };
  }

  let addresses: ResolvedAddress[];
  try {
    addresses = await resolve(host);
  } catch (cause) {
    throw new AppError('bad_url', `No server was found for ${host}.`, { cause });
  }
  const first = addresses[0];
  if (!first) throw new AppError('bad_url', `No server was found for ${host}.`);
  for (const { address } of addresses) {
    const cls = classifyAddress(address);
    if (!acceptable(cls)) throw blocked(cls === 'not_an_address' ? 'reserved' : cls);
  }
  return { url, host, port, address: first.address, family: first.family };
}
