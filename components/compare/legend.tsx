import type { ReactNode } from 'react';
import type { MarkCategory } from '@/lib/highlight/marks';

export interface LegendEntry {
  category: MarkCategory;
  label: string;
  hint: string;
  countA: number;
  countB: number;
}

/** Toggle buttons for each highlight category; each shows the highlight's look, its name and its counts. */
export function Legend({
  entries,
  hidden,
  onToggle,
  children,
}: {
  entries: LegendEntry[];
  hidden: ReadonlySet<MarkCategory>;
  onToggle: (c: MarkCategory) => void;
  children?: ReactNode;
}) {
  return (
    <section
      aria-labelledby="legend-heading"
      className="legend mb-6 rounded-lg border border-stone-200 bg-white p-4"
    >
      <h2 id="legend-heading" className="text-base font-semibold">
        Highlights
      </h2>
      <p className="mt-1 text-sm text-stone-600 print:hidden">
        Hover, tap or tab to a highlighted word for an explanation. Switch a kind of highlight off or on:
      </p>
      <ul className="mt-3 grid gap-2 sm:grid-cols-2 lg:grid-cols-3">
        {entries.map((e) => {
          const on = !hidden.has(e.category);
          return (
            <li key={e.category}>
              <button
                type="button"
                aria-pressed={on}
                data-testid={`legend-${e.category}`}
                onClick={() => onToggle(e.category)}
                className="flex w-full items-start gap-2 rounded border border-stone-200 p-2 text-left text-sm hover:bg-stone-50 aria-[pressed=false]:opacity-60"
              >
                <mark
                  data-category={e.category}
                  data-tone="1"
                  className="legend-swatch mt-0.5 shrink-0"
                  aria-hidden="true"
                >
                  Aa
                </mark>
                <span>
                  <span className="font-semibold">{e.label}</span>{' '}
                  <span className="text-stone-600">
                    (A {e.countA} · B {e.countB}){on ? '' : ' · hidden'}
                  </span>
                  <span className="block text-xs text-stone-600">{e.hint}</span>
                </span>
              </button>
            </li>
          );
        })}
      </ul>
      {children}
    </section>
  );
}
