import 'server-only';
import http, { type IncomingMessage } from 'node:http';
import https from 'node:https';
import type { LookupFunction } from 'node:net';
import { AppError } from '@/lib/errors';
import { importAllowlist } from '@/lib/ingest/import-allowlist';
import { decodeBody, readBody } from '@/lib/ingest/read-body';
import {
  parseImportUrl,
  type Resolver,
  systemResolver,
  type VettedTarget,
  vetTarget,
} from '@/lib/ingest/vet-target';

export type PageMediaType = 'text/html' | 'application/xhtml+xml' | 'text/plain';

export interface FetchedPage {
  /** The final address, after redirects. */
  url: string;
  mediaType: PageMediaType;
  text: string;
}

export interface SafeFetchOptions {
  /** Budget for everything: lookups, redirects, headers and body. Default 10 s. */
  timeoutMs?: number;
  /** Cap on the decompressed body. Default 5 MB. */
  maxBytes?: number;
  /** Redirects followed (each one vetted again). Default 3. */
  maxRedirects?: number;
  /** `host:port` entries exempt from the loopback and port rules; default FRAMELENS_IMPORT_ALLOW, read now. */
  allow?: readonly string[];
  resolve?: Resolver;
  /** Extra trusted certificates (PEM); only the TLS tests need this. Verification itself is never turned off. */
  ca?: string;
}

export const IMPORT_TIMEOUT_MS = 10_000;
export const IMPORT_MAX_BYTES = 5 * 1024 * 1024;
export const IMPORT_MAX_REDIRECTS = 3;

const MEDIA_TYPES = new Set<string>(['text/html', 'application/xhtml+xml', 'text/plain']);
const REDIRECTS = new Set([301, 302, 303, 307, 308]);

/**
 * Fetches a page for import without letting the server be steered into private networks: every hop is
 * vetted before connecting, the socket goes to the vetted address only, and time, size and type are capped.
 * Throws AppError with code bad_url, blocked_address, timeout, too_large, not_html or upstream_status.
 */
export async function safeFetch(input: string, options: SafeFetchOptions = {}): Promise<FetchedPage> {
  const timeoutMs = options.timeoutMs ?? IMPORT_TIMEOUT_MS;
  const maxBytes = options.maxBytes ?? IMPORT_MAX_BYTES;
  const maxRedirects = options.maxRedirects ?? IMPORT_MAX_REDIRECTS;
  const allow = options.allow ? importAllowlist(options.allow.join(',')) : importAllowlist();
  const resolve = options.resolve ?? systemResolver;

  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), timeoutMs);
  const signal = controller.signal;
  const timedOut = new Promise<never>((_, reject) => {
    signal.addEventListener('abort', () =>
      reject(new AppError('timeout', `The site did not answer within ${formatDuration(timeoutMs)}.`)),
    );
  });
  timedOut.catch(() => {}); // only observed through Promise.race below

  try {
    let url = parseImportUrl(input);
    for (let hop = 0; ; hop++) {
      const target = await Promise.race([vetTarget(url, allow, resolve), timedOut]);
      const res = await Promise.race([send(target, signal, options.ca), timedOut]);
      const status = res.statusCode ?? 0;

      if (REDIRECTS.has(status)) {
        res.destroy();
        const location = res.headers.location;
        if (!location)
          throw new AppError('upstream_status', `The site answered ${status} without a new address.`);
        if (hop >= maxRedirects) {
          throw new AppError('upstream_status', `The site redirected more than ${maxRedirects} times.`);
        }
        let next: URL;
        try {
          next = new URL(location, url);
        } catch {
          throw new AppError('upstream_status', 'The site redirected to an invalid address.');
        }
        url = parseImportUrl(next.href);
        continue;
      }
      if (status < 200 || status > 299) {
        res.destroy();
        throw new AppError('upstream_status', `The site answered with HTTP status ${status}.`);
      }

      const { mediaType, charset } = parseContentType(res.headers['content-type']);
      if (!MEDIA_TYPES.has(mediaType)) {
        res.destroy();
        throw new AppError(
          'not_html',
          `That address serves ${mediaType || 'an unknown type'}, not a web page or plain text.`,
        );
      }
      const body = await readBody(res, maxBytes, signal);
      return { url: url.href, mediaType: mediaType as PageMediaType, text: decodeBody(body, charset) };
    }
  } catch (err) {
    if (signal.aborted && !(err instanceof AppError && err.code !== 'upstream_status')) {
      throw new AppError('timeout', `The site did not answer within ${formatDuration(timeoutMs)}.`);
    }
    if (err instanceof AppError) throw err;
    // Anything else (a header Node refuses to send, a socket quirk) is still the site's problem, not a 500.
    throw new AppError('upstream_status', 'Framelens could not read a page from that address.', {
      cause: err,
    });
  } finally {
    clearTimeout(timer);
    controller.abort();
  }
}

/** Sends one GET to the vetted address; the Host header and TLS name stay the original host name. */
function send(target: VettedTarget, signal: AbortSignal, ca?: string): Promise<IncomingMessage> {
  // Every lookup the socket makes is answered with the address that was vetted: no second DNS query.
  const pinned: LookupFunction = (_hostname, options, callback) => {
    if (options.all) callback(null, [{ address: target.address, family: target.family }]);
    else callback(null, target.address, target.family);
  };
  const client = target.url.protocol === 'https:' ? https : http;
  return new Promise((resolve, reject) => {
    const req = client.request(
      {
        host: target.host,
        port: target.port,
        path: `${target.url.pathname}${target.url.search}`,
        method: 'GET',
        lookup: pinned,
        agent: false,
        signal,
        ...(ca ? { ca } : {}),
        headers: {
          'user-agent': 'Framelens/0.1 (article import; +https://github.com/framelens)',
          accept: 'text/html,application/xhtml+xml,text/plain;q=0.9',
          'accept-encoding': 'gzip, deflate, br',
        },
      },
      resolve,
    );
    req.on('error', (cause) => {
      if (signal.aborted) return; // the deadline reports itself
      reject(new AppError('upstream_status', 'Framelens could not connect to that site.', { cause }));
    });
    req.end();
  });
}

function parseContentType(header: string | undefined): { mediaType: string; charset: string | null } {
  const [type = '', ...params] = (header ?? '').split(';');
  const charset = params
    .map((p) => /^\s*charset\s*=\s*"?([^";\s]+)"?/i.exec(p)?.[1])
    .find((c): c is string => Boolean(c));
  return { mediaType: type.trim().toLowerCase(), charset: charset ?? null };
}

function formatDuration(ms: number): string {
  return ms >= 1000 ? `${Math.round(ms / 1000)} s` : `${ms} ms`;
}
