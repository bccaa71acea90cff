import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { POST as analyze } from '@/app/api/analyze/route';
import { GET as getById } from '@/app/api/comparisons/[id]/route';
import { POST as save } from '@/app/api/comparisons/route';
import { closeStore } from '@/lib/store';
import { getByIdProperty, postProperty } from '../../fuzz/properties';

// A real SQLite file in a temp folder, and a rate limit no fuzz run reaches.
const dir = mkdtempSync(join(tmpdir(), 'framelens-fuzz-unit-'));
process.env.FRAMELENS_DATA_DIR = dir;
process.env.FRAMELENS_RATE_LIMIT = '1000000000';
delete process.env.DATABASE_URL;
afterAll(async () => {
  await closeStore();
  rmSync(dir, { recursive: true, force: true });
});

const RUNS = 100;

describe('the API on arbitrary bodies answers 2xx or 4xx, never 5xx', () => {
  it('POST /api/analyze', async () => {
    await fc.assert(postProperty('/api/analyze', analyze), { numRuns: RUNS });
  });

  it('POST /api/comparisons', async () => {
    await fc.assert(postProperty('/api/comparisons', save), { numRuns: RUNS });
  });

  it('GET /api/comparisons/<id>, for arbitrary and saved ids', async () => {
    const response = await save(
      new Request('http://localhost/api/comparisons', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ a: { text: 'He said "no".' }, b: { text: 'She said “yes”.' } }),
      }),
    );
    expect(response.status).toBe(201);
    const { id } = (await response.json()) as { id: string };
    await fc.assert(getByIdProperty(getById, [id]), { numRuns: RUNS });
  });

  it('fails for a handler that answers 500', async () => {
    const broken = async () => Response.json({ error: { code: 'internal' } }, { status: 500 });
    const details = await fc.check(postProperty('/api/analyze', broken), { numRuns: 3 });
    expect(details.failed).toBe(true);
    expect(String(details.errorInstance)).toMatch(/answered 500/);
  });
});
