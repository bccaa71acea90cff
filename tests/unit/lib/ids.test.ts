import { describe, expect, it } from 'vitest';
import { isValidId, newId } from '@/lib/ids';

describe('newId', () => {
  it('is 22 URL-safe characters (128 random bits)', () => {
    for (let i = 0; i < 200; i++) expect(newId()).toMatch(/^[A-Za-z0-9_-]{22}$/);
  });

  it('does not repeat', () => {
    const ids = new Set(Array.from({ length: 10_000 }, newId));
    expect(ids.size).toBe(10_000);
  });

  it('uses the whole alphabet over many draws (not a counter or a narrow range)', () => {
    const chars = new Set(Array.from({ length: 2_000 }, newId).join(''));
    expect(chars.size).toBe(64);
  });
});

describe('isValidId', () => {
  it.each(['AAAAAAAAAAAAAAAAAAAAAA', 'abcdefghijklmnop_-0123', newId()])('accepts %s', (id) => {
    expect(isValidId(id)).toBe(true);
  });

  it.each([
    ['empty', ''],
    ['example (handled before any lookup)', 'example'],
    ['21 characters', 'A'.repeat(21)],
    ['23 characters', 'A'.repeat(23)],
    ['base64 plus and slash', 'abcdefghijklmnop+/0123'],
    ['padding', 'abcdefghijklmnopqrst=='],
    ['path', '../abcdefghijklmnopqrs'],
    ['newline at the end', `${'A'.repeat(22)}\n`],
    ['non-ASCII letter', `${'A'.repeat(21)}é`],
  ])('refuses %s', (_, id) => {
    expect(isValidId(id)).toBe(false);
  });
});
