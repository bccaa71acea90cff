import { loadedCounts } from '@/lib/analysis/contrasts';
import { LOADED_CATEGORY_LABELS } from '@/lib/analysis/loaded-labels';
import type { ArticleAnalysis, LoadedCategory } from '@/lib/analysis/types';
import { firstMarkId, type Mark } from '@/lib/highlight/marks';
import { Empty, JumpLink, Panel } from './panel';

const CATEGORIES = Object.keys(LOADED_CATEGORY_LABELS) as LoadedCategory[];

function per1000(n: number, words: number): string {
  return words > 0 ? ((n * 1000) / words).toFixed(1) : '0';
}

function termsOf(analysis: ArticleAnalysis, category: LoadedCategory) {
  const counts = new Map<string, { n: number; quoted: number; reported: number }>();
  for (const t of analysis.loadedTerms) {
    if (t.category !== category) continue;
    const c = counts.get(t.term) ?? { n: 0, quoted: 0, reported: 0 };
    c.n++;
    if (t.inQuote) c.quoted++;
    else if (t.inReportedSpeech) c.reported++;
    counts.set(t.term, c);
  }
  return [...counts];
}

/**
 * ' (2×, 1 in a quote)': how often, how often inside a quotation (the speaker's words, not the outlet's) and
 * how often in reported speech (the outlet's paraphrase of someone else).
 */
function usesLabel(n: number, quoted: number, reported: number): string {
  const parts = [
    n > 1 ? `${n}×` : null,
    quoted === 0
      ? null
      : quoted === n
        ? n > 1
          ? 'all in quotes'
          : 'in a quote'
        : `${quoted} in ${quoted > 1 ? 'quotes' : 'a quote'}`,
    reported === 0 ? null : `${reported} in reported speech`,
  ];
  const text = parts.filter(Boolean).join(', ');
  return text ? ` (${text})` : '';
}

/** Loaded terms grouped by category, with their rate per 1,000 words so long and short articles compare. */
export function LoadedPanel({
  a,
  b,
  marksA,
  marksB,
}: {
  a: ArticleAnalysis;
  b: ArticleAnalysis;
  marksA: readonly Mark[];
  marksB: readonly Mark[];
}) {
  const used = CATEGORIES.filter((c) => termsOf(a, c).length + termsOf(b, c).length > 0);
  const list = (analysis: ArticleAnalysis, c: LoadedCategory, marks: readonly Mark[]) => {
    const terms = termsOf(analysis, c);
    if (terms.length === 0) return <span className="text-stone-500">none</span>;
    return terms.map(([term, { n, quoted, reported }], i) => (
      <span key={term}>
        {i > 0 ? ', ' : ''}
        <JumpLink to={firstMarkId(marks, `loaded:${term}`)}>{term}</JumpLink>
        {usesLabel(n, quoted, reported)}
      </span>
    ));
  };
  return (
    <Panel
      id="loaded"
      title="Loaded terms by category"
      intro="Words that carry a judgement. The rate counts the outlet’s own voice (not quotes or reported speech) per 1,000 words of body text, so articles of different length compare fairly."
    >
      {used.length === 0 ? (
        <Empty>No loaded terms found in either article.</Empty>
      ) : (
        <ul className="space-y-3">
          {used.map((c) => {
            // The rate counts the outlet's own voice in body lines, as the model and its findings do;
            // quoted words are the speaker's, and a headline's terms are highlighted but not counted.
            const na = loadedCounts(a).get(c) ?? 0;
            const nb = loadedCounts(b).get(c) ?? 0;
            return (
              <li key={c}>
                <p className="font-medium">
                  {LOADED_CATEGORY_LABELS[c]}: A {per1000(na, a.wordCount)} · B {per1000(nb, b.wordCount)} per
                  1,000 words
                </p>
                <p>
                  <span className="font-semibold">A: </span>
                  {list(a, c, marksA)}
                </p>
                <p>
                  <span className="font-semibold">B: </span>
                  {list(b, c, marksB)}
                </p>
              </li>
            );
          })}
        </ul>
      )}
    </Panel>
  );
}
