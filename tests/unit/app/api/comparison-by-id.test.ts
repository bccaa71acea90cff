import { describe, expect, it } from 'vitest';
import { GET } from '@/app/api/comparisons/[id]/route';
import { POST } from '@/app/api/comparisons/route';
import type { Comparison } from '@/lib/analysis/types';
import { newId } from '@/lib/ids';
import { getStore } from '@/lib/store';
import { ARTICLES, expectError, jsonRequest, withTempStore } from './support';

withTempStore();

function get(id: string, query = ''): Promise<Response> {
  return GET(new Request(`http://localhost/api/comparisons/${encodeURIComponent(id)}${query}`), {
    params: Promise.resolve({ id }),
  });
}

async function saveArticles(): Promise<string> {
  const response = await POST(jsonRequest('/api/comparisons', ARTICLES));
  return ((await response.json()) as { id: string }).id;
}

describe('GET /api/comparisons/<id>', () => {
  it('200: {id, createdAt, modelVersion, input, comparison}', async () => {
    const id = await saveArticles();
    const response = await get(id);
    expect(response.status).toBe(200);
    const body = (await response.json()) as Record<string, unknown>;
    expect(Object.keys(body).sort()).toEqual(['comparison', 'createdAt', 'id', 'input', 'modelVersion']);
    expect(body.id).toBe(id);
    expect(new Date(String(body.createdAt)).toISOString()).toBe(body.createdAt);
    expect(body.input).toEqual(ARTICLES);
    expect(response.headers.get('cache-control')).toMatch(/immutable/);
  });

  it('serves the stored snapshot, not a fresh analysis: an old model version stays as it was', async () => {
    const oldSnapshot = {
      modelVersion: '0.0.1+oldlexicon',
      articles: [],
      contrasts: [],
      findings: ['A finding the current model would no longer make.'],
      overlap: { a: [], b: [], sharedShareA: 0, sharedShareB: 0 },
      distinctive: { threshold: 1.96, a: [], b: [], note: null },
      charts: { loadedCategories: [], voice: [], frames: [], distinctive: [], tone: [] },
    } as unknown as Comparison;
    const record = {
      createdAt: '2025-01-01T00:00:00.000Z',
      modelVersion: '0.0.1+oldlexicon',
      input: ARTICLES,
      comparison: oldSnapshot,
    };
    const id = await getStore().save(record);
    expect(await (await get(id)).json()).toEqual({ id, ...record });
  });

  it('200 for the bundled example, which is analysed but never stored', async () => {
    const response = await get('example');
    expect(response.status).toBe(200);
    const body = (await response.json()) as { id: string; input: { a: { text: string } } };
    expect(body.id).toBe('example');
    expect(body.input.a.text).toMatch(/Kiev/);
  });

  it.each([
    ['unknown id of the right shape', newId()],
    ['malformed id', 'not-an-id'],
    ['SQL in the id', "x' OR '1'='1"],
    ['traversal', '..%2F..%2Fetc'],
  ])('404 not_found:comparison: %s', async (_, id) => {
    await expectError(await get(id), 404, 'not_found:comparison');
  });

  it('?format=csv: an attachment with the findings tables, RFC 4180 with a header row', async () => {
    const id = await saveArticles();
    const response = await get(id, '?format=csv');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^text\/csv; charset=utf-8/);
    expect(response.headers.get('content-disposition')).toBe(`attachment; filename="framelens-${id}.csv"`);
    // Read raw bytes: Response.text() would strip the byte-order mark.
    const bytes = new Uint8Array(await response.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes).slice(1);
    expect(text.startsWith('table,article,outlet,text,')).toBe(true);
    expect(text.endsWith('\r\n')).toBe(true);
  });

  it('?format=csv for the example too', async () => {
    const response = await get('example', '?format=csv');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-disposition')).toBe('attachment; filename="framelens-example.csv"');
  });

  it('400 bad_request for an unknown format, naming the field', async () => {
    await expectError(await get('example', '?format=xml'), 400, 'bad_request', 'format');
  });

  it('404 for csv of an unknown id', async () => {
    await expectError(await get(newId(), '?format=csv'), 404, 'not_found:comparison');
  });
});
