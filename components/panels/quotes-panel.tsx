import type { ArticleAnalysis } from '@/lib/analysis/types';
import type { Mark } from '@/lib/highlight/marks';
import { firstMarkId } from '@/lib/highlight/marks';
import { Empty, JumpLink, Panel } from './panel';

const clip = (s: string, n = 90) => (s.length > n ? `${s.slice(0, n - 1).trimEnd()}…` : s);

function QuoteList({
  label,
  analysis,
  marks,
}: {
  label: string;
  analysis: ArticleAnalysis;
  marks: readonly Mark[];
}) {
  const quotes = analysis.quotes.map((q, i) => ({ q, i })).filter(({ q }) => q.kind !== 'scare');
  return (
    <div className="min-w-0">
      <h4 className="font-semibold">
        Article {label} ({quotes.length})
      </h4>
      {quotes.length === 0 ? (
        <Empty>No quotes found.</Empty>
      ) : (
        <ul className="mt-1 space-y-2">
          {quotes.map(({ q, i }) => (
            <li key={q.start}>
              <p>
                <span className="font-medium">{q.speaker?.name ?? 'Unknown speaker'}</span>
                <span className="text-stone-600">
                  {q.speaker?.affiliation ? `, ${q.speaker.affiliation}` : ''}
                  {q.verb ? ` · “${q.verb}”` : ''}
                  {q.verbStance && q.verbStance !== 'neutral' ? ` (${q.verbStance})` : ''} · {q.words}{' '}
                  {q.words === 1 ? 'word' : 'words'}
                </span>
              </p>
              <p className="font-serif italic">
                <JumpLink to={firstMarkId(marks, `quote:${i}`)}>“{clip(q.text)}”</JumpLink>
              </p>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

/** Who is quoted, with the verb that introduces them: 'said' is neutral, 'claimed' or 'admitted' is not. */
export function QuotesPanel(props: {
  a: ArticleAnalysis;
  b: ArticleAnalysis;
  marksA: readonly Mark[];
  marksB: readonly Mark[];
}) {
  return (
    <Panel
      id="quotes"
      title="Quotes"
      intro="Each direct or partial quote with its speaker, the speaker’s affiliation and the verb that introduces it."
    >
      <div className="grid gap-4 sm:grid-cols-2">
        <QuoteList label="A" analysis={props.a} marks={props.marksA} />
        <QuoteList label="B" analysis={props.b} marks={props.marksB} />
      </div>
    </Panel>
  );
}
