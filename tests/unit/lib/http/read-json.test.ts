import { describe, expect, it } from 'vitest';
import { AppError } from '@/lib/errors';
import { isJsonContentType, readJson } from '@/lib/http/read-json';

function streamRequest(chunks: Uint8Array[], headers: Record<string, string> = {}): Request {
  let i = 0;
  const body = new ReadableStream<Uint8Array>({
    pull(controller) {
      const chunk = chunks[i++];
      if (chunk) controller.enqueue(chunk);
      else controller.close();
    },
  });
  return new Request('http://localhost/x', {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body,
    duplex: 'half',
  } as RequestInit);
}

const bytes = (s: string) => new TextEncoder().encode(s);

async function code(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
    return 'ok';
  } catch (err) {
    if (err instanceof AppError) return err.code;
    throw err;
  }
}

describe('isJsonContentType', () => {
  it.each([
    'application/json',
    'application/json; charset=utf-8',
    'APPLICATION/JSON',
    ' application/json ;x=y',
  ])('accepts %s', (type) => expect(isJsonContentType(type)).toBe(true));
  it.each([
    null,
    '',
    'text/json',
    'text/plain',
    'application/jsonp',
    'application/ld+json',
    'multipart/form-data',
    'application/x-www-form-urlencoded',
  ])('refuses %s', (type) => expect(isJsonContentType(type)).toBe(false));
});

describe('readJson', () => {
  it('parses a body split across chunks, including a character split between two chunks', async () => {
    const all = bytes('{"text":"Kyiv – “ammo” 🇺🇦"}');
    const chunks = [all.slice(0, 13), all.slice(13, 14), all.slice(14, 30), all.slice(30)];
    expect(await readJson(streamRequest(chunks))).toEqual({ text: 'Kyiv – “ammo” 🇺🇦' });
  });

  it('accepts a body of exactly the limit and refuses one byte more', async () => {
    const exact = `"${'x'.repeat(98)}"`; // 100 bytes
    expect(await code(readJson(streamRequest([bytes(exact)]), 100))).toBe('ok');
    expect(await code(readJson(streamRequest([bytes(`${exact} `)]), 100))).toBe('too_large');
  });

  it('counts while reading: stops after the limit even when Content-Length claims a small body', async () => {
    let pulled = 0;
    const body = new ReadableStream<Uint8Array>({
      pull(controller) {
        pulled++;
        controller.enqueue(bytes('x'.repeat(1_000)));
      },
    });
    const request = new Request('http://localhost/x', {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'content-length': '10' },
      body,
      duplex: 'half',
    } as RequestInit);
    expect(await code(readJson(request, 5_000))).toBe('too_large');
    expect(pulled).toBeLessThanOrEqual(8);
  });

  it('refuses a declared Content-Length over the limit before reading', async () => {
    let pulled = 0;
    const body = new ReadableStream<Uint8Array>({
      pull(controller) {
        pulled++;
        controller.close();
      },
    });
    const request = new Request('http://localhost/x', {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'content-length': '5001' },
      body,
      duplex: 'half',
    } as RequestInit);
    expect(await code(readJson(request, 5_000))).toBe('too_large');
    // A ReadableStream pulls once by itself when created; readJson never asked for anything.
    expect(pulled).toBeLessThanOrEqual(1);
  });

  it.each([
    ['empty', []],
    ['whitespace', [bytes('  \n')]],
    ['truncated', [bytes('{"a":')]],
    ['trailing garbage', [bytes('{} {}')]],
    ['invalid UTF-8', [new Uint8Array([0x22, 0xc3, 0x28, 0x22])]],
    ['single quotes', [bytes("{'a':1}")]],
  ])('400 invalid_json: %s', async (_, chunks) => {
    expect(await code(readJson(streamRequest(chunks)))).toBe('invalid_json');
  });

  it('415 before reading when the type is not JSON', async () => {
    expect(await code(readJson(streamRequest([bytes('{}')], { 'content-type': 'text/plain' })))).toBe(
      'unsupported_media_type',
    );
  });

  it('reads a leading byte-order mark as JSON', async () => {
    expect(await readJson(streamRequest([new Uint8Array([0xef, 0xbb, 0xbf]), bytes('[1]')]))).toEqual([1]);
  });
});
