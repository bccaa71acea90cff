import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect } from 'vitest';
import { closeStore } from '@/lib/store';

/** Every API test file runs against its own real SQLite file in a temp folder, with the rate limits raised. */
export function withTempStore(): string {
  const dir = mkdtempSync(join(tmpdir(), 'framelens-api-'));
  process.env.FRAMELENS_DATA_DIR = dir;
  delete process.env.DATABASE_URL;
  delete process.env.FRAMELENS_PUBLIC_URL;
  process.env.FRAMELENS_RATE_LIMIT = '1000';
  afterAll(async () => {
    await closeStore();
    rmSync(dir, { recursive: true, force: true });
  });
  return dir;
}

export const ARTICLES = {
  a: {
    text: 'US officials reportedly said the controversial ammo would help Kiev breach Russian defenses.',
    title: 'Ammo for Kiev',
    outlet: 'Outlet A',
  },
  b: {
    text: 'President Joe Biden said the decision was difficult. Human Rights Watch warned that cluster munitions kill civilians in Kyiv.',
    outlet: 'Outlet B',
    url: 'https://example.org/b',
  },
};

export function jsonRequest(url: string, body: unknown, headers: Record<string, string> = {}): Request {
  return new Request(`http://localhost${url}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
}

/** A body that never ends: proves the server stops reading at the limit instead of buffering everything. */
export function endlessRequest(
  url: string,
  chunkBytes = 64 * 1024,
): { request: Request; pulled: () => number } {
  let pulled = 0;
  const chunk = new TextEncoder().encode('x'.repeat(chunkBytes));
  const body = new ReadableStream<Uint8Array>({
    pull(controller) {
      pulled += chunk.byteLength;
      controller.enqueue(chunk);
    },
  });
  const request = new Request(`http://localhost${url}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body,
    duplex: 'half',
  } as RequestInit);
  return { request, pulled: () => pulled };
}

/** Asserts the error contract `{error: {code, message, field?}}` and returns the error. */
export async function expectError(
  response: Response,
  status: number,
  code: string,
  field?: string,
): Promise<{ code: string; message: string; field?: string }> {
  expect(response.status).toBe(status);
  expect(response.headers.get('content-type')).toMatch(/application\/json/);
  const body = (await response.json()) as { error: { code: string; message: string; field?: string } };
  expect(body.error.code).toBe(code);
  expect(body.error.message.length).toBeGreaterThan(10);
  expect(body.error.field).toBe(field);
  return body.error;
}
