import type { Overlap } from '@/lib/analysis/types';
import { Empty, JumpLink, Panel } from './panel';

const clip = (s: string, n = 140) => (s.length > n ? `${s.slice(0, n - 1).trimEnd()}…` : s);
const pct = (x: number) => `${Math.round(x * 100)}%`;

/** What both articles report and what only one does: omissions show here. */
export function OverlapPanel({ overlap, textA, textB }: { overlap: Overlap; textA: string; textB: string }) {
  const only = (side: 'a' | 'b') => {
    const text = side === 'a' ? textA : textB;
    return overlap[side]
      .map((s, i) => ({ s, i }))
      .filter(({ s }) => s.status !== 'both')
      .map(({ s, i }) => ({ id: `${side}-s-${i}`, text: text.slice(s.start, s.end) }));
  };
  const onlyA = only('a');
  const onlyB = only('b');
  const list = (label: string, items: { id: string; text: string }[]) => (
    <div className="min-w-0">
      <h4 className="font-semibold">
        Only in {label} ({items.length})
      </h4>
      {items.length === 0 ? (
        <Empty>Nothing.</Empty>
      ) : (
        <ul className="mt-1 list-disc space-y-1 pl-5">
          {items.map((it) => (
            <li key={it.id}>
              <JumpLink to={it.id}>{clip(it.text)}</JumpLink>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
  const computed = overlap.a.length + overlap.b.length > 0;
  return (
    <Panel
      id="overlap"
      title="Coverage overlap"
      intro="Sentences are matched across the two articles by the content words they share. What only one article reports is where omission shows."
    >
      {!computed ? (
        <Empty>Coverage overlap has not been computed for this comparison.</Empty>
      ) : (
        <>
          <p>
            In both: {pct(overlap.sharedShareA)} of A’s sentences and {pct(overlap.sharedShareB)} of B’s.
          </p>
          <div className="mt-3 grid gap-4 sm:grid-cols-2">
            {list('A', onlyA)}
            {list('B', onlyB)}
          </div>
        </>
      )}
    </Panel>
  );
}
