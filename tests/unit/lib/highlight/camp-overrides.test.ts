import { describe, expect, it } from 'vitest';
import { campQuery, parseCampParams, withCampParams } from '@/lib/highlight/camp-overrides';

describe('parseCampParams', () => {
  const cases: { name: string; input: string | string[] | undefined; want: Record<string, string> }[] = [
    { name: 'absent', input: undefined, want: {} },
    { name: 'one choice', input: 'Jake Sullivan:NATO', want: { 'Jake Sullivan': 'NATO' } },
    {
      name: 'several, camp with a colon kept whole',
      input: ['A:Rights groups', 'B:Camp: one'],
      want: { A: 'Rights groups', B: 'Camp: one' },
    },
    { name: 'later choice for the same speaker wins', input: ['A:X', 'A:Y'], want: { A: 'Y' } },
  ];
  for (const c of cases) it(c.name, () => expect(parseCampParams(c.input)).toEqual(c.want));

  const refused: { name: string; input: string | string[] }[] = [
    { name: 'no colon', input: 'Jake Sullivan' },
    { name: 'empty speaker', input: ':NATO' },
    { name: 'empty camp', input: 'Jake Sullivan: ' },
    { name: 'prototype key', input: '__proto__:NATO' },
    { name: 'oversized', input: `${'x'.repeat(150)}:${'y'.repeat(100)}` },
  ];
  for (const c of refused) it(`ignores ${c.name}`, () => expect(parseCampParams(c.input)).toEqual({}));

  it('ignores choices past the 50th', () => {
    const many = Array.from({ length: 60 }, (_, i) => `S${i}:C`);
    expect(Object.keys(parseCampParams(many))).toHaveLength(50);
  });
});

describe('campQuery', () => {
  it('round-trips through URLSearchParams and parseCampParams', () => {
    const choices = { 'Sergey Ryabkov': 'United States government', 'O’Brien & Co': 'Rights groups' };
    const q = campQuery(choices);
    expect(q.startsWith('?camp=')).toBe(true);
    expect(parseCampParams(new URLSearchParams(q).getAll('camp'))).toEqual(choices);
  });
  it('is empty for no choices', () => expect(campQuery({})).toBe(''));
});

describe('withCampParams', () => {
  it('replaces the camp choices and keeps the legend state', () => {
    expect(withCampParams('?camp=A%3AX&hide=naming,loaded&only=1', { B: 'Y' })).toBe(
      '?hide=naming,loaded&only=1&camp=B%3AY',
    );
  });

  it('leaves no empty query when nothing is left', () => {
    expect(withCampParams('?camp=A%3AX', {})).toBe('');
  });
});
