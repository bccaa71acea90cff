import { AppError, errorResponse } from '@/lib/errors';
import { type RateBucket, rateLimitPerMinute } from '@/lib/limits';

interface Bucket {
  tokens: number;
  updated: number;
}

const buckets = new Map<string, Bucket>();
const MAX_TRACKED_CLIENTS = 50_000;

/**
 * Who the request comes from. X-Forwarded-For is only believed behind proxies we were told about:
 * with FRAMELENS_TRUSTED_PROXY_HOPS=N, the Nth address from the right is the one our nearest trusted
 * proxy saw (entries further left are whatever the client wrote). With no trusted proxy (the default)
 * every client shares one bucket, which a client cannot dodge by forging the header.
 */
export function clientKey(request: Request, hops = trustedProxyHops()): string {
  if (hops <= 0) return 'local';
  const chain = (request.headers.get('x-forwarded-for') ?? '')
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  return chain[chain.length - hops] ?? chain[0] ?? 'local';
}

function trustedProxyHops(): number {
  const n = Number(process.env.FRAMELENS_TRUSTED_PROXY_HOPS ?? 0);
  return Number.isInteger(n) && n > 0 ? n : 0;
}

/**
 * Token bucket per client and bucket: capacity = the per-minute limit, refilled continuously.
 * Returns the number of seconds to wait when the request must be refused, else 0 (and takes a token).
 */
export function takeToken(key: string, bucket: RateBucket, now = Date.now()): number {
  const capacity = rateLimitPerMinute(bucket);
  const perMs = capacity / 60_000;
  const id = `${bucket}:${key}`;
  const state = buckets.get(id) ?? { tokens: capacity, updated: now };
  state.tokens = Math.min(capacity, state.tokens + (now - state.updated) * perMs);
  state.updated = now;
  if (buckets.size >= MAX_TRACKED_CLIENTS && !buckets.has(id)) buckets.clear();
  buckets.set(id, state);
  if (state.tokens >= 1) {
    state.tokens -= 1;
    return 0;
  }
  return Math.max(1, Math.ceil((1 - state.tokens) / perMs / 1000));
}

/** A 429 Response with Retry-After when the client is over its limit for this bucket, else null. */
export function rateLimit(request: Request, bucket: RateBucket): Response | null {
  const wait = takeToken(clientKey(request), bucket);
  if (wait === 0) return null;
  return errorResponse(
    new AppError('rate_limited', `Too many requests; try again in ${wait} s.`, {
      headers: { 'Retry-After': String(wait) },
    }),
  );
}

/** For tests: forget every client's history. */
export function resetRateLimits(): void {
  buckets.clear();
}
