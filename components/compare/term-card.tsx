import type { MarkCard } from '@/lib/highlight/marks';
import { MARK_LABELS } from '@/lib/highlight/marks';

/** The explanation of one highlight: what kind it is, why it matters, a neutral wording, the other side. */
export function TermCard({ id, card, top, left }: { id: string; card: MarkCard; top: number; left: number }) {
  return (
    <div
      id={id}
      role="tooltip"
      data-testid="term-card"
      data-category={card.category}
      className="term-card absolute z-20 w-80 max-w-full rounded-md border border-stone-300 bg-white p-3 text-sm shadow-lg print:hidden"
      style={{ top, left }}
    >
      <p className="flex items-center gap-2 font-semibold">
        <mark data-category={card.category} className="legend-swatch" aria-hidden="true">
          Aa
        </mark>
        <span>{card.heading}</span>
      </p>
      <p className="mt-1 font-serif italic">“{card.text}”</p>
      <p className="mt-2">{card.explanation}</p>
      {card.neutral ? (
        <p className="mt-2">
          <span className="font-semibold">More neutral: </span>
          {card.neutral}
        </p>
      ) : null}
      {card.counterpart ? (
        <p className="mt-2">
          <span className="font-semibold">Other article: </span>
          {card.counterpart}
        </p>
      ) : null}
      {card.notes.length > 0 ? (
        <ul className="mt-2 space-y-0.5 text-xs text-stone-600">
          {card.notes.map((n) => (
            <li key={n}>{n}</li>
          ))}
        </ul>
      ) : null}
      <p className="sr-only">Category: {MARK_LABELS[card.category]}</p>
    </div>
  );
}
