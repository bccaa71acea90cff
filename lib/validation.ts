import { z } from 'zod';
import { AppError } from '@/lib/errors';
import { MAX_ARTICLE_CHARS } from '@/lib/limits';

// The form runs this schema in the browser, where zod's JIT probe (`new Function('')`) is refused by the
// nonce CSP (proxy.ts) and reported as a securitypolicyviolation even though zod catches it. Jitless skips
// the probe; the server keeps the JIT.
if (typeof window !== 'undefined') z.config({ jitless: true });

/** Field limits besides the article text; generous for real metadata, small enough to keep rows small. */
export const MAX_FIELD_CHARS = { title: 1_000, outlet: 200, date: 100, url: 2_048 } as const;

// NUL cannot be stored by PostgreSQL; U+FFFD has the same length in UTF-16, so every span stays valid.
const withoutNul = (s: string) => (s.includes('\u0000') ? s.replaceAll('\u0000', '\uFFFD') : s);

const fmt = (n: number) => n.toLocaleString('en-US');

function isHttpUrl(value: string): boolean {
  try {
    const url = new URL(value);
    return (url.protocol === 'http:' || url.protocol === 'https:') && url.hostname !== '';
  } catch {
    return false;
  }
}

/** An optional short text: absent, null, '' and whitespace all mean "not given"; kept trimmed. */
function optionalText(label: string, max: number) {
  return z
    .preprocess(
      (v) => (v === null || (typeof v === 'string' && v.trim() === '') ? undefined : v),
      z
        .string({ error: `The ${label} must be text.` })
        .max(max * 4, { error: `The ${label} is longer than ${fmt(max)} characters.` })
        .transform((s) => withoutNul(s.trim()))
        .refine((s) => s.length <= max, { error: `The ${label} is longer than ${fmt(max)} characters.` })
        .optional(),
    )
    .optional();
}

/** One article: `{text, title?, outlet?, date?, url?}`. Messages are sentences a reader can act on. */
export const articleInputSchema = z.object(
  {
    text: z
      .string({
        error: (issue) => (issue.input === undefined ? 'The text is missing.' : 'The text must be a string.'),
      })
      .max(MAX_ARTICLE_CHARS, {
        error: (issue) =>
          `The text is ${fmt(String(issue.input).length)} characters long; the limit is ${fmt(MAX_ARTICLE_CHARS)}.`,
      })
      .refine((s) => s.trim().length > 0, { error: 'The text is empty.' })
      .transform(withoutNul),
    title: optionalText('title', MAX_FIELD_CHARS.title),
    outlet: optionalText('outlet', MAX_FIELD_CHARS.outlet),
    date: optionalText('date', MAX_FIELD_CHARS.date),
    url: optionalText('address', MAX_FIELD_CHARS.url).refine((s) => s === undefined || isHttpUrl(s), {
      error: 'The address must be a full web address starting with http:// or https://.',
    }),
  },
  {
    error: (issue) =>
      issue.input === undefined ? 'The article is missing.' : 'The article must be an object with a text.',
  },
);

/** The body of POST /api/analyze and /api/comparisons: two articles. */
export const comparisonInputSchema = z.object(
  { a: articleInputSchema, b: articleInputSchema },
  { error: 'The body must be a JSON object with two articles, "a" and "b".' },
);

export type ArticleInputParsed = z.output<typeof articleInputSchema>;
export type ComparisonInputParsed = z.output<typeof comparisonInputSchema>;

/** 'Article A: ' / 'Article B: ' before a field's message, so the message stands on its own in the API too. */
function issueMessage(issue: z.core.$ZodIssue): string {
  const side = issue.path[0];
  if (side !== 'a' && side !== 'b') return issue.message;
  const message = issue.message;
  if (issue.path.length === 1) return message.replace(/^The article/, `Article ${side.toUpperCase()}`);
  return `Article ${side.toUpperCase()}: ${message.charAt(0).toLowerCase()}${message.slice(1)}`;
}

/**
 * Validates a parsed JSON body as two articles. Throws AppError('invalid_input') naming the field
 * ('a.text', 'b.url', ...) and why, or AppError('too_large') for an article over MAX_ARTICLE_CHARS.
 */
export function parseComparisonInput(json: unknown): ComparisonInputParsed {
  const result = comparisonInputSchema.safeParse(json);
  if (result.success) return result.data;
  const issue = result.error.issues[0];
  if (!issue) throw new AppError('invalid_input', 'The input is not valid.');
  const field = issue.path.length > 0 ? issue.path.map(String).join('.') : undefined;
  const tooLong = issue.code === 'too_big' && issue.path.length === 2 && issue.path[1] === 'text';
  throw new AppError(tooLong ? 'too_large' : 'invalid_input', issueMessage(issue), { field });
}
