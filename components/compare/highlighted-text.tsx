import type { ReactNode } from 'react';
import type { Mark } from '@/lib/highlight/marks';
import { MARK_CATEGORIES } from '@/lib/highlight/marks';
import { type Segment, segmentText } from '@/lib/highlight/segments';

/** A sentence span that panels can jump to (coverage overlap); it has no highlight of its own. */
export interface SentenceAnchor {
  id: string;
  start: number;
  end: number;
  status: 'both' | 'only-a' | 'only-b';
}

type Piece = ({ kind: 'mark' } & Mark) | ({ kind: 'sentence' } & SentenceAnchor);

const order = (p: Piece) => (p.kind === 'sentence' ? -1 : MARK_CATEGORIES.indexOf(p.category));

/** Stable small palette index for a camp name, so the same camp has the same colour in both panes. */
export function campTone(camp: string | null): number {
  if (!camp) return 0;
  let h = 0;
  for (let i = 0; i < camp.length; i++) h = (h * 31 + camp.charCodeAt(i)) >>> 0;
  return (h % 6) + 1;
}

function render(segments: readonly Segment<Piece>[]): ReactNode[] {
  return segments.map((s) => {
    if (s.kind === 'text') return s.text;
    const p = s.span;
    const key = `${p.id}@${s.start}`;
    if (p.kind === 'sentence') {
      return (
        <span
          key={key}
          id={s.first ? p.id : undefined}
          data-overlap={p.status}
          data-first={s.first ? '' : undefined}
          className="overlap-sentence"
        >
          {render(s.children)}
        </span>
      );
    }
    return (
      <mark
        key={key}
        id={s.first ? p.id : undefined}
        data-mark={p.id}
        data-category={p.category}
        data-camp={p.category === 'quote' ? (p.camp ?? 'unknown') : undefined}
        data-tone={p.category === 'quote' ? campTone(p.camp) : undefined}
        tabIndex={s.first ? 0 : undefined}
      >
        {render(s.children)}
      </mark>
    );
  });
}

/** The slice `text[start, end)` with its highlights, as React text and `<mark>` elements only. */
export function HighlightedText({
  text,
  start,
  end,
  marks,
  sentences = [],
}: {
  text: string;
  start: number;
  end: number;
  marks: readonly Mark[];
  sentences?: readonly SentenceAnchor[];
}) {
  const pieces: Piece[] = [
    ...sentences.map((s) => ({ kind: 'sentence' as const, ...s })),
    ...marks.map((m) => ({ kind: 'mark' as const, ...m })),
  ];
  return <>{render(segmentText(text, pieces, { start, end }, order))}</>;
}
