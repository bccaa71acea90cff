import { describe, expect, it } from 'vitest';
import { AppError } from '@/lib/errors';
import { MAX_ARTICLE_CHARS } from '@/lib/limits';
import { articleInputSchema, comparisonInputSchema, parseComparisonInput } from '@/lib/validation';

const ok = { text: 'Officials said the shells arrived.' };

function failure(json: unknown): { code: string; status: number; field?: string; message: string } {
  try {
    parseComparisonInput(json);
  } catch (err) {
    if (err instanceof AppError)
      return { code: err.code, status: err.status, field: err.field, message: err.message };
    throw err;
  }
  throw new Error('expected parseComparisonInput to throw');
}

describe('parseComparisonInput', () => {
  it.each([
    ['minimal', { a: ok, b: ok }, { a: ok, b: ok }],
    [
      'every field, trimmed',
      {
        a: { ...ok, title: ' T ', outlet: ' RT ', date: '2023-07-07', url: 'https://example.org/a?x=1#y' },
        b: { ...ok, url: 'http://example.org/b' },
      },
      {
        a: { ...ok, title: 'T', outlet: 'RT', date: '2023-07-07', url: 'https://example.org/a?x=1#y' },
        b: { ...ok, url: 'http://example.org/b' },
      },
    ],
    [
      'blank and null optional fields dropped',
      { a: { ...ok, title: '', outlet: '  ', url: null }, b: ok },
      { a: ok, b: ok },
    ],
    ['unknown keys dropped', { a: { ...ok, html: '<b>' }, b: ok, extra: 1 }, { a: ok, b: ok }],
    [
      'text kept exactly (spans index into it)',
      { a: { text: '  Leading\n\nand trailing  ' }, b: ok },
      { a: { text: '  Leading\n\nand trailing  ' }, b: ok },
    ],
    [
      'NUL replaced at the same length',
      { a: { text: 'a\u0000b' }, b: ok },
      { a: { text: 'a\uFFFDb' }, b: ok },
    ],
    [
      'exactly the limit',
      { a: { text: 'x'.repeat(MAX_ARTICLE_CHARS) }, b: ok },
      { a: { text: 'x'.repeat(MAX_ARTICLE_CHARS) }, b: ok },
    ],
  ])('accepts %s', (_, input, expected) => {
    expect(parseComparisonInput(input)).toEqual(expected);
  });

  it.each([
    ['null body', null, 400, 'invalid_input', undefined, /two articles, "a" and "b"/],
    ['array body', [ok, ok], 400, 'invalid_input', undefined, /two articles/],
    ['missing a', { b: ok }, 400, 'invalid_input', 'a', /^Article A is missing\.$/],
    ['a is a string', { a: 'text', b: ok }, 400, 'invalid_input', 'a', /^Article A must be an object/],
    [
      'empty text',
      { a: { text: '' }, b: ok },
      400,
      'invalid_input',
      'a.text',
      /^Article A: the text is empty\.$/,
    ],
    [
      'whitespace text',
      { a: ok, b: { text: '\n \t' } },
      400,
      'invalid_input',
      'b.text',
      /^Article B: the text is empty\.$/,
    ],
    [
      'missing text',
      { a: ok, b: { title: 'T' } },
      400,
      'invalid_input',
      'b.text',
      /^Article B: the text is missing\.$/,
    ],
    ['number text', { a: { text: 1 }, b: ok }, 400, 'invalid_input', 'a.text', /must be a string/],
    [
      'text too long',
      { a: { text: 'x'.repeat(MAX_ARTICLE_CHARS + 1) }, b: ok },
      413,
      'too_large',
      'a.text',
      /100,001 characters long; the limit is 100,000/,
    ],
    [
      'javascript: url',
      { a: ok, b: { ...ok, url: 'javascript:alert(1)' } },
      400,
      'invalid_input',
      'b.url',
      /http:\/\/ or https:\/\//,
    ],
    ['data: url', { a: { ...ok, url: 'data:text/html,x' }, b: ok }, 400, 'invalid_input', 'a.url', /http/],
    ['relative url', { a: { ...ok, url: '/path' }, b: ok }, 400, 'invalid_input', 'a.url', /http/],
    ['url not a string', { a: { ...ok, url: 5 }, b: ok }, 400, 'invalid_input', 'a.url', /must be text/],
    [
      'title too long',
      { a: { ...ok, title: 't'.repeat(1_001) }, b: ok },
      400,
      'invalid_input',
      'a.title',
      /longer than 1,000/,
    ],
    [
      'outlet an object',
      { a: ok, b: { ...ok, outlet: {} } },
      400,
      'invalid_input',
      'b.outlet',
      /outlet must be text/,
    ],
    [
      'date a number',
      { a: { ...ok, date: 20230707 }, b: ok },
      400,
      'invalid_input',
      'a.date',
      /date must be text/,
    ],
  ])('refuses %s', (_, input, status, code, field, message) => {
    const error = failure(input);
    expect({ status: error.status, code: error.code, field: error.field }).toEqual({ status, code, field });
    expect(error.message).toMatch(message);
  });
});

describe('articleInputSchema and comparisonInputSchema (shared with the browser form)', () => {
  it('report the field path and an unprefixed sentence for the form', () => {
    const result = articleInputSchema.safeParse({ text: ' ' });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.path).toEqual(['text']);
    expect(result.error?.issues[0]?.message).toBe('The text is empty.');
  });

  it('accept a well-formed pair', () => {
    expect(comparisonInputSchema.safeParse({ a: ok, b: ok }).success).toBe(true);
  });
});
