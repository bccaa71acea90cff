/**
 * The fuzzing properties, framework-free: the code under test is passed in, so `npm run fuzz` (10,000
 * cases) and `npm test` (a small count) run the very same checks. A property throws on a violation.
 */
import fc from 'fast-check';
import {
  comparisonId,
  type FuzzBody,
  formatParam,
  hostileText,
  longText,
  requestBody,
  textPair,
} from './arbitraries';

type Texts = { a: string; b: string };
type Resolve = (path: readonly (string | number)[]) => 'a' | 'b' | 'either';

/**
 * Walks any JSON-like value and collects every problem: an object with numeric `start`/`end` must be a
 * span inside the text it points into (0 <= start <= end <= length, integers), and every number must be
 * finite (NaN/Infinity turn into null in JSON and break clients).
 */
export function spanProblems(value: unknown, texts: Texts, resolve: Resolve): string[] {
  const problems: string[] = [];
  const seen = new Set<object>();
  const walk = (node: unknown, path: (string | number)[]): void => {
    if (problems.length > 20) return;
    if (typeof node === 'number') {
      if (!Number.isFinite(node)) problems.push(`${path.join('.')}: not a finite number (${node})`);
      return;
    }
    if (node === null || typeof node !== 'object') return;
    if (seen.has(node)) {
      problems.push(`${path.join('.')}: the same object appears twice (shared or cyclic)`);
      return;
    }
    seen.add(node);
    if (Array.isArray(node)) {
      node.forEach((item, i) => {
        walk(item, [...path, i]);
      });
      seen.delete(node);
      return;
    }
    const record = node as Record<string, unknown>;
    const { start, end } = record;
    if (typeof start === 'number' && typeof end === 'number') {
      const side = resolve(path);
      const lengths = side === 'either' ? [texts.a.length, texts.b.length] : [texts[side].length];
      const inside = lengths.some((len) => start >= 0 && start <= end && end <= len);
      if (!Number.isInteger(start) || !Number.isInteger(end) || !inside) {
        problems.push(
          `${path.join('.')}: span [${start}, ${end}) outside text ${side} (length ${lengths.join('/')})`,
        );
      }
    }
    for (const [key, child] of Object.entries(record)) walk(child, [...path, key]);
    seen.delete(node);
  };
  walk(value, []);
  return problems;
}

/** Which article a span in a Comparison points into, from its path. */
export function comparisonSide(path: readonly (string | number)[]): 'a' | 'b' | 'either' {
  const [first, second] = path;
  if (first === 'articles') return second === 0 ? 'a' : second === 1 ? 'b' : 'either';
  if (first === 'overlap' && (second === 'a' || second === 'b')) {
    // overlap.a[i].match is the best-matching sentence in the *other* article.
    const flip = path.includes('match');
    return (second === 'a') !== flip ? 'a' : 'b';
  }
  return 'either';
}

function fail(what: string, problems: string[]): never {
  throw new Error(`${what}:\n  ${problems.slice(0, 10).join('\n  ')}`);
}

export interface Analyser {
  analyzeArticle: (text: string) => unknown;
  compareArticles: (a: { text: string }, b: { text: string }) => unknown;
}

function checkAnalysis(result: unknown, text: string): void {
  const problems = spanProblems(result, { a: text, b: text }, () => 'a');
  if (problems.length) fail('analyzeArticle produced bad output', problems);
  JSON.stringify(result);
}

function checkComparison(result: unknown, a: string, b: string): void {
  const problems = spanProblems(result, { a, b }, comparisonSide);
  if (problems.length) fail('compareArticles produced bad output', problems);
  JSON.stringify(result);
}

export function analyzeProperty(analyser: Analyser): fc.IPropertyWithHooks<[string]> {
  return fc.property(hostileText, (text) => checkAnalysis(analyser.analyzeArticle(text), text));
}

export function compareProperty(analyser: Analyser): fc.IPropertyWithHooks<[[string, string]]> {
  return fc.property(textPair, ([a, b]) =>
    checkComparison(analyser.compareArticles({ text: a }, { text: b }), a, b),
  );
}

/** 200,000-character runs: costly, so callers give this one only a few runs. */
export function longTextProperty(analyser: Analyser): fc.IPropertyWithHooks<[string, string]> {
  return fc.property(longText, hostileText, (long, other) => {
    checkAnalysis(analyser.analyzeArticle(long), long);
    checkComparison(analyser.compareArticles({ text: long }, { text: other }), long, other);
  });
}

// ---------------------------------------------------------------------------------------------------------
// API

export type PostHandler = (request: Request) => Promise<Response>;
export type GetByIdHandler = (
  request: Request,
  context: { params: Promise<{ id: string }> },
) => Promise<Response>;

/** How often each route answered each status, so a run can show its cases reached analysis and storage. */
export const statusCounts = new Map<string, Map<number, number>>();

function count(route: string, status: number): void {
  const byStatus = statusCounts.get(route) ?? new Map<number, number>();
  byStatus.set(status, (byStatus.get(status) ?? 0) + 1);
  statusCounts.set(route, byStatus);
}

/** What went wrong with one response, or null when it is a well-formed 2xx/4xx. */
async function responseProblem(response: Response): Promise<string | null> {
  if (response.status >= 500) return `answered ${response.status}: ${(await response.text()).slice(0, 500)}`;
  if (response.status < 200) return `answered ${response.status}`;
  if (response.status >= 400) {
    const body = (await response.json().catch(() => null)) as { error?: { code?: unknown } } | null;
    if (typeof body?.error?.code !== 'string')
      return `a ${response.status} without a JSON {error: {code}} body`;
  } else {
    await response.arrayBuffer();
  }
  return null;
}

function postRequest(path: string, { body, contentType }: FuzzBody): Request {
  const headers: Record<string, string> = {};
  if (contentType !== null) headers['content-type'] = contentType;
  // A fresh ArrayBuffer-backed copy: the DOM typings refuse a view over a possibly shared buffer.
  const bytes = typeof body === 'string' ? body : new Uint8Array(body);
  return new Request(`http://localhost${path}`, { method: 'POST', headers, body: bytes });
}

export function postProperty(path: string, handler: PostHandler): fc.IAsyncPropertyWithHooks<[FuzzBody]> {
  return fc.asyncProperty(requestBody, async (body) => {
    const response = await handler(postRequest(path, body));
    count(`POST ${path}`, response.status);
    const problem = await responseProblem(response);
    if (problem) throw new Error(`POST ${path} ${problem}`);
  });
}

/** `savedIds` (ids that exist) are mixed in so the 200 paths (JSON and CSV) are fuzzed too. */
export function getByIdProperty(
  handler: GetByIdHandler,
  savedIds: readonly string[] = [],
): fc.IAsyncPropertyWithHooks<[string, string | null]> {
  const ids = savedIds.length
    ? fc.oneof({ weight: 3, arbitrary: comparisonId }, { weight: 1, arbitrary: fc.constantFrom(...savedIds) })
    : comparisonId;
  return fc.asyncProperty(ids, formatParam, async (id, format) => {
    const query = format === null ? '' : `?format=${encodeURIComponent(format)}`;
    const request = new Request(`http://localhost/api/comparisons/${encodeURIComponent(id)}${query}`);
    const response = await handler(request, { params: Promise.resolve({ id }) });
    count('GET /api/comparisons/<id>', response.status);
    const problem = await responseProblem(response);
    if (problem) throw new Error(`GET /api/comparisons/${JSON.stringify(id.slice(0, 80))} ${problem}`);
  });
}
