import { matchLoadedTerms } from '@/lib/lexicons/loaded-terms';
import { type AnalysisDoc, type Detector, type Finding, findingsOf } from '../detector';
import type { Span } from '../types';

/** Credits and boilerplate are not the outlet's writing; headlines and captions are. */
const SKIPPED_BLOCKS = new Set(['credit', 'boilerplate']);

/** A test for "inside a quotation", from the quote findings of detectors that ran earlier. */
export function insideQuotes(prior: readonly Finding[]): (span: Span) => boolean {
  const quotes = findingsOf(prior, 'quote')
    .map((q) => ({ start: q.start, end: q.end }))
    .sort((x, y) => x.start - y.start);
  if (!quotes.length) return () => false;
  // Running maximum of quote ends: once it falls short of the span, no earlier quote can contain it.
  const maxEnd: number[] = [];
  for (const [i, q] of quotes.entries()) maxEnd[i] = Math.max(q.end, maxEnd[i - 1] ?? 0);
  return (span) => {
    // Binary search for the last quote starting at or before the span.
    let lo = 0;
    let hi = quotes.length - 1;
    let found = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if ((quotes[mid]?.start ?? 0) <= span.start) {
        found = mid;
        lo = mid + 1;
      } else hi = mid - 1;
    }
    // Quotes may nest (a scare quote inside a long quote), so look back over earlier starts too.
    for (let i = found; i >= 0 && (maxEnd[i] ?? 0) >= span.end; i--) {
      const q = quotes[i];
      if (q && q.start <= span.start && span.end <= q.end) return true;
    }
    return false;
  };
}

/** Whether a block (line) is the outlet's writing. */
export function isWritten(doc: AnalysisDoc, block: number): boolean {
  return !SKIPPED_BLOCKS.has(doc.blockKinds[block] ?? 'body');
}

/** Loaded words and phrases (evaluative, legality, harm, intensifier, informal, hedge, report verb). */
export const detectLoadedTerms: Detector = (doc, prior) => {
  const inQuote = insideQuotes(prior);
  const out: Finding[] = [];
  // Matches never cross a line, so one pass filtered by line kind equals a pass per line.
  for (const m of matchLoadedTerms(doc.tokens)) {
    if (!isWritten(doc, doc.tokens[m.first]?.block ?? -1)) continue;
    const e = m.data;
    out.push({
      kind: 'loaded-term',
      value: {
        start: m.start,
        end: m.end,
        text: doc.text.slice(m.start, m.end),
        term: e.key,
        category: e.category,
        inQuote: inQuote(m),
        explanation: e.explanation,
        neutral: e.neutral,
        source: e.source,
      },
    });
  }
  return out;
};
