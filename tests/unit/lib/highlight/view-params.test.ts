import { describe, expect, it } from 'vitest';
import { parseViewParams, withViewParams } from '@/lib/highlight/view-params';

describe('parseViewParams', () => {
  it.each([
    [{}, { hidden: [], showOnly: false }],
    [{ hide: 'naming' }, { hidden: ['naming'], showOnly: false }],
    [
      { hide: 'loaded,naming', only: '1' },
      { hidden: ['naming', 'loaded'], showOnly: true },
    ],
    [{ hide: ['quote', 'source'] }, { hidden: ['quote'], showOnly: false }],
    [{ hide: ' hedge , report-verb ' }, { hidden: ['hedge', 'report-verb'], showOnly: false }],
  ])('%o -> %o', (params, expected) => {
    expect(parseViewParams(params)).toEqual(expected);
  });

  it.each([
    ['an unknown category', { hide: 'bias,__proto__,constructor' }],
    ['an empty list', { hide: ',,' }],
    ['only with another value', { only: 'yes' }],
    ['a category past 200 characters', { hide: `${'x'.repeat(200)},naming` }],
  ])('ignores %s', (_, params) => {
    expect(parseViewParams(params)).toEqual({ hidden: [], showOnly: false });
  });
});

describe('withViewParams', () => {
  it('writes the choices and keeps the camp choices', () => {
    expect(
      withViewParams('?camp=Sergey%20Ryabkov%3AUS', { hidden: ['loaded', 'naming'], showOnly: true }),
    ).toBe('?camp=Sergey+Ryabkov%3AUS&hide=naming,loaded&only=1');
  });

  it('removes them again, leaving no empty query', () => {
    expect(withViewParams('?hide=naming&only=1', { hidden: [], showOnly: false })).toBe('');
  });

  it('round-trips through parseViewParams', () => {
    const view = { hidden: ['quote' as const, 'hedge' as const], showOnly: true };
    const params = new URLSearchParams(withViewParams('', view));
    expect(
      parseViewParams({ hide: params.get('hide') ?? undefined, only: params.get('only') ?? undefined }),
    ).toEqual(view);
  });
});
