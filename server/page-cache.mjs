// @ts-check
// A cache of rendered permalink pages, in front of Next's request handler.
//
// Why: a permalink shows an immutable snapshot (records are insert-only; re-analysing makes a new id), so
// its HTML is a pure function of the URL and the build. Rendering it is the expensive part of serving it
// (React renders a page of a few hundred KB per request). What differs between two responses is only the
// Content-Security-Policy nonce, so a hit replays the stored page with a fresh nonce in the body and the
// header. The policy stays exactly as strict: every response still carries its own unguessable nonce.
//
// Compression without recompressing: each stretch of the page between two nonces is deflated once, ending
// on a full flush (byte-aligned, no back-references across it). A gzip hit is those stored pieces with the
// fresh nonce spliced in as uncompressed "stored" blocks (RFC 1951 3.2.4), then the CRC-32 and length of
// the whole text (RFC 1952). So a browser gets the example page as 45 KB of gzip for the cost of a checksum.
//
// Only pages the caller marks cacheable are stored (GET, no RSC/router headers, a 200 text/html answer
// with a nonce in its policy and no Set-Cookie). Everything else goes to Next untouched.
import { randomBytes } from 'node:crypto';
import { crc32, deflateRawSync, constants as zlibConstants } from 'node:zlib';

/** Request headers that make Next answer with an RSC payload or a router-specific variant, not the page. */
const VARIANT_HEADERS = [
  'rsc',
  'next-router-state-tree',
  'next-router-prefetch',
  'next-router-segment-prefetch',
  'next-url',
  'next-action',
  'authorization',
];

/** Response headers that describe one transfer, not the page: never replayed. */
const TRANSFER_HEADERS = new Set([
  'connection',
  'content-length',
  'content-encoding',
  'date',
  'keep-alive',
  'transfer-encoding',
]);

/** A stored page is never larger than this (a runaway page is served, not cached). */
const MAX_ENTRY_BYTES = 8 * 1024 * 1024;

const NONCE_IN_POLICY = /'nonce-([A-Za-z0-9+/=_-]{16,})'/;

/** 128 random bits, base64: the same shape as proxy.ts's nonce. */
export function freshNonce() {
  return randomBytes(16).toString('base64');
}

/**
 * The cache key of a request, or null when it must go to Next untouched: not a GET, a path `isCacheablePath`
 * refuses, a `_rsc` query, or any header that asks for a different variant of the page.
 * @param {{ method?: string, url?: string, headers: Record<string, string | string[] | undefined> }} req
 * @param {(pathname: string) => boolean} isCacheablePath
 * @returns {string | null}
 */
export function cacheKeyOf(req, isCacheablePath) {
  if (req.method !== 'GET' || !req.url) return null;
  let url;
  try {
    url = new URL(req.url, 'http://cache.invalid');
  } catch {
    return null;
  }
  if (!isCacheablePath(url.pathname) || url.searchParams.has('_rsc')) return null;
  for (const h of VARIANT_HEADERS) if (req.headers[h] !== undefined) return null;
  if (String(req.headers.purpose ?? '').toLowerCase() === 'prefetch') return null;
  return url.pathname + url.search;
}

/**
 * A rendered page split around its nonce, ready to replay: null when the answer must not be stored.
 * @param {number} status
 * @param {Record<string, number | string | string[] | undefined>} headers the response headers, lowercased names
 * @param {Buffer} body
 * @returns {{ headers: Record<string, string | string[]>, parts: Buffer[], deflated: Buffer[], nonce: string, bytes: number } | null}
 */
export function storableEntry(status, headers, body) {
  if (status !== 200) return null;
  if (!String(headers['content-type'] ?? '').startsWith('text/html')) return null;
  if (headers['set-cookie'] !== undefined) return null;
  if (headers['content-encoding'] !== undefined && headers['content-encoding'] !== 'identity') return null;
  if (body.length === 0 || body.length > MAX_ENTRY_BYTES) return null;
  const policy = String(headers['content-security-policy'] ?? '');
  const nonce = NONCE_IN_POLICY.exec(policy)?.[1];
  if (!nonce) return null;
  const text = body.toString('utf8');
  const pieces = text.split(nonce);
  // No nonce in the body means Next did not stamp its scripts: replaying could not work, so do not store.
  if (pieces.length < 2) return null;
  /** @type {Record<string, string | string[]>} */
  const kept = {};
  for (const [name, value] of Object.entries(headers)) {
    if (value === undefined || TRANSFER_HEADERS.has(name)) continue;
    kept[name] = Array.isArray(value) ? value.map(String) : String(value);
  }
  const parts = pieces.map((p) => Buffer.from(p, 'utf8'));
  const deflated = parts.map((p) => deflateRawSync(p, { level: 6, finishFlush: zlibConstants.Z_FULL_FLUSH }));
  const bytes = body.length + deflated.reduce((n, d) => n + d.length, 0);
  return { headers: kept, parts, deflated, nonce, bytes };
}

const GZIP_HEADER = Buffer.from([0x1f, 0x8b, 8, 0, 0, 0, 0, 0, 0, 0xff]);
/** The last deflate block: empty, stored, final. */
const FINAL_BLOCK = Buffer.from([0x01, 0x00, 0x00, 0xff, 0xff]);

/**
 * `bytes` as one uncompressed deflate block (at most 65,535 bytes; a nonce is 24).
 * @param {Buffer} bytes
 */
function storedBlock(bytes) {
  const header = Buffer.from([
    0x00,
    bytes.length & 0xff,
    bytes.length >> 8,
    ~bytes.length & 0xff,
    (~bytes.length >> 8) & 0xff,
  ]);
  return Buffer.concat([header, bytes]);
}

/**
 * The entry's body as a gzip member with `nonce` spliced in, without compressing anything.
 * @param {{ parts: Buffer[], deflated: Buffer[] }} entry
 * @param {string} nonce
 */
export function replayGzip(entry, nonce) {
  const nonceBytes = Buffer.from(nonce, 'utf8');
  const nonceBlock = storedBlock(nonceBytes);
  /** @type {Buffer[]} */
  const chunks = [GZIP_HEADER];
  let crc = 0;
  let length = 0;
  entry.parts.forEach((part, i) => {
    if (i > 0) {
      chunks.push(nonceBlock);
      crc = crc32(nonceBytes, crc);
      length += nonceBytes.length;
    }
    chunks.push(/** @type {Buffer} */ (entry.deflated[i]));
    // Node's crc32 answers 0 for an empty buffer with no backing store, instead of the running value.
    if (part.length > 0) crc = crc32(part, crc);
    length += part.length;
  });
  const trailer = Buffer.alloc(8);
  trailer.writeUInt32LE(crc >>> 0, 0);
  trailer.writeUInt32LE(length >>> 0, 4);
  chunks.push(FINAL_BLOCK, trailer);
  return Buffer.concat(chunks);
}

/**
 * The entry's headers with `nonce` in place of the stored one.
 * @param {{ headers: Record<string, string | string[]>, nonce: string }} entry
 * @param {string} nonce
 */
export function replayHeaders(entry, nonce) {
  /** @type {Record<string, string | string[]>} */
  const headers = {};
  for (const [name, value] of Object.entries(entry.headers)) {
    headers[name] = Array.isArray(value)
      ? value.map((v) => v.split(entry.nonce).join(nonce))
      : value.split(entry.nonce).join(nonce);
  }
  return headers;
}

/**
 * The entry's plain body with `nonce` in place of the stored one.
 * @param {{ parts: Buffer[] }} entry
 * @param {string} nonce
 */
export function replayBody(entry, nonce) {
  const nonceBytes = Buffer.from(nonce, 'utf8');
  /** @type {Buffer[]} */
  const chunks = [];
  entry.parts.forEach((part, i) => {
    if (i > 0) chunks.push(nonceBytes);
    chunks.push(part);
  });
  return Buffer.concat(chunks);
}

/**
 * Whether an Accept-Encoding header takes gzip (a q=0 refuses it).
 * @param {string | string[] | undefined} acceptEncoding
 */
export function acceptsGzip(acceptEncoding) {
  for (const item of String(acceptEncoding ?? '').split(',')) {
    const [name = '', ...params] = item.trim().toLowerCase().split(';');
    if (name !== 'gzip' && name !== 'x-gzip' && name !== '*') continue;
    const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
    return !(q && Number(q.slice(2)) === 0);
  }
  return false;
}

/** A least-recently-used map bounded by the total bytes of its entries. */
export class ByteLru {
  /** @param {number} maxBytes */
  constructor(maxBytes) {
    this.maxBytes = maxBytes;
    this.bytes = 0;
    /** @type {Map<string, { bytes: number } & Record<string, unknown>>} */
    this.map = new Map();
  }

  /** @param {string} key */
  get(key) {
    const entry = this.map.get(key);
    if (entry) {
      this.map.delete(key);
      this.map.set(key, entry);
    }
    return entry;
  }

  /**
   * @param {string} key
   * @param {{ bytes: number } & Record<string, unknown>} entry
   */
  set(key, entry) {
    if (entry.bytes > this.maxBytes) return;
    const old = this.map.get(key);
    if (old) {
      this.bytes -= old.bytes;
      this.map.delete(key);
    }
    this.map.set(key, entry);
    this.bytes += entry.bytes;
    for (const [k, e] of this.map) {
      if (this.bytes <= this.maxBytes) break;
      this.map.delete(k);
      this.bytes -= e.bytes;
    }
  }

  get size() {
    return this.map.size;
  }
}

/**
 * Wraps a Node request handler (Next's) with the page cache.
 * @param {(req: import('node:http').IncomingMessage, res: import('node:http').ServerResponse) => unknown} handle
 * @param {{ maxBytes: number, isCacheablePath: (pathname: string) => boolean }} options
 */
export function withPageCache(handle, { maxBytes, isCacheablePath }) {
  const cache = new ByteLru(maxBytes);
  /** Renders in flight, by key: a class opening the same link at once waits for one render, not thirty. */
  /** @type {Map<string, Promise<void>>} */
  const inFlight = new Map();

  /**
   * @param {import('node:http').IncomingMessage} req
   * @param {import('node:http').ServerResponse} res
   * @param {any} entry
   */
  function serveHit(req, res, entry) {
    const nonce = freshNonce();
    const headers = replayHeaders(entry, nonce);
    const gzip = acceptsGzip(req.headers['accept-encoding']);
    const payload = gzip ? replayGzip(entry, nonce) : replayBody(entry, nonce);
    for (const [name, value] of Object.entries(headers)) res.setHeader(name, value);
    if (gzip) res.setHeader('content-encoding', 'gzip');
    const vary = String(headers.vary ?? '');
    if (!/accept-encoding/i.test(vary))
      res.setHeader('vary', vary ? `${vary}, Accept-Encoding` : 'Accept-Encoding');
    res.setHeader('content-length', payload.length);
    res.setHeader('x-page-cache', 'hit');
    res.statusCode = 200;
    res.end(payload);
  }

  /**
   * Lets Next answer, copying what it writes; stores the page if it may be replayed.
   * @param {import('node:http').IncomingMessage} req
   * @param {import('node:http').ServerResponse} res
   * @param {string} key
   */
  function renderAndStore(req, res, key) {
    // Next compresses when the client accepts it; a stored page must be plain text to change its nonce.
    delete req.headers['accept-encoding'];
    res.setHeader('x-page-cache', 'miss');
    /** @type {Buffer[]} */
    const chunks = [];
    let size = 0;
    let overflow = false;
    /** @param {unknown} chunk @param {unknown} encoding */
    const copy = (chunk, encoding) => {
      if (overflow || chunk === undefined || chunk === null || typeof chunk === 'function') return;
      let buf;
      if (typeof chunk === 'string') {
        buf = Buffer.from(
          chunk,
          /** @type {BufferEncoding} */ (typeof encoding === 'string' ? encoding : 'utf8'),
        );
      } else if (chunk instanceof Uint8Array) {
        buf = Buffer.from(chunk);
      } else {
        overflow = true;
        return;
      }
      size += buf.length;
      if (size > MAX_ENTRY_BYTES) {
        overflow = true;
        chunks.length = 0;
        return;
      }
      chunks.push(buf);
    };
    // Forward every overload of write/end exactly as it came, keeping a copy of the bytes.
    /** @type {(...args: any[]) => any} */
    const write = res.write.bind(res);
    /** @type {(...args: any[]) => any} */
    const end = res.end.bind(res);
    /** @type {any} */ (res).write = (/** @type {any[]} */ ...args) => {
      copy(args[0], args[1]);
      return write(...args);
    };
    /** @type {any} */ (res).end = (/** @type {any[]} */ ...args) => {
      copy(args[0], args[1]);
      return end(...args);
    };
    return new Promise((resolve) => {
      const done = () => {
        if (!overflow && res.writableFinished) {
          const entry = storableEntry(res.statusCode, res.getHeaders(), Buffer.concat(chunks));
          if (entry) cache.set(key, entry);
        }
        resolve(undefined);
      };
      res.once('finish', done);
      res.once('close', () => resolve(undefined));
      Promise.resolve(handle(req, res)).catch(() => resolve(undefined));
    });
  }

  /**
   * @param {import('node:http').IncomingMessage} req
   * @param {import('node:http').ServerResponse} res
   */
  return async function cachedHandler(req, res) {
    const key = cacheKeyOf(req, isCacheablePath);
    if (key === null || maxBytes <= 0) return handle(req, res);
    let entry = cache.get(key);
    if (!entry) {
      const pending = inFlight.get(key);
      if (pending) {
        await pending;
        entry = cache.get(key);
      }
    }
    if (entry) {
      try {
        serveHit(req, res, entry);
        return;
      } catch {
        if (res.headersSent) {
          res.destroy();
          return;
        }
        // fall through to a normal render
      }
    }
    if (inFlight.has(key)) return handle(req, res);
    const rendering = renderAndStore(req, res, key).finally(() => inFlight.delete(key));
    inFlight.set(key, rendering);
    return rendering;
  };
}
