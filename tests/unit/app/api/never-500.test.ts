import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { POST as analyze } from '@/app/api/analyze/route';
import { GET } from '@/app/api/comparisons/[id]/route';
import { POST as save } from '@/app/api/comparisons/route';
import { jsonRequest, withTempStore } from './support';

withTempStore();

const CLIENT_ERRORS = [400, 404, 413, 415];

// Article-shaped values with every field drawn from anything, so most fail validation in some field.
const articleLike = fc.record(
  {
    text: fc.oneof(fc.string({ maxLength: 200 }), fc.anything()),
    title: fc.anything(),
    outlet: fc.anything(),
    date: fc.anything(),
    url: fc.oneof(fc.webUrl(), fc.string(), fc.anything()),
  },
  { requiredKeys: [] },
);

describe('the API never answers bad input with a 500', () => {
  it('POST /api/analyze with arbitrary JSON bodies', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(fc.anything(), fc.record({ a: articleLike, b: articleLike })),
        async (body) => {
          const response = await analyze(jsonRequest('/api/analyze', JSON.stringify(body) ?? 'undefined'));
          expect([200, ...CLIENT_ERRORS]).toContain(response.status);
        },
      ),
      { numRuns: 150 },
    );
  });

  it('POST /api/comparisons with arbitrary raw bodies and content types', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.uint8Array({ maxLength: 300 }),
        fc.constantFrom('application/json', 'text/plain', '', 'application/json; charset=latin1'),
        async (bytes, type) => {
          const request = new Request('http://localhost/api/comparisons', {
            method: 'POST',
            headers: type ? { 'content-type': type } : {},
            body: bytes,
          });
          const response = await save(request);
          expect([201, ...CLIENT_ERRORS]).toContain(response.status);
          const body = (await response.json()) as { error?: { code: string } };
          if (response.status !== 201) expect(typeof body.error?.code).toBe('string');
        },
      ),
      { numRuns: 200 },
    );
  });

  it('GET /api/comparisons/<id> with arbitrary ids and formats', async () => {
    await fc.assert(
      fc.asyncProperty(fc.string({ maxLength: 40 }), fc.string({ maxLength: 8 }), async (id, format) => {
        const url = `http://localhost/api/comparisons/x?format=${encodeURIComponent(format)}`;
        const response = await GET(new Request(url), { params: Promise.resolve({ id }) });
        expect([200, ...CLIENT_ERRORS]).toContain(response.status);
      }),
      { numRuns: 200 },
    );
  });
});
