import type { ReactNode } from 'react';

/** A titled box with a one-line explanation of what it lists. */
export function Panel({
  id,
  title,
  intro,
  children,
}: {
  id: string;
  title: string;
  intro: string;
  children: ReactNode;
}) {
  return (
    <section
      aria-labelledby={`${id}-heading`}
      data-testid={`panel-${id}`}
      className="panel min-w-0 rounded-lg border border-stone-200 bg-white p-4"
    >
      <h3 id={`${id}-heading`} className="text-base font-semibold">
        {title}
      </h3>
      <p className="mt-1 text-sm text-stone-600">{intro}</p>
      <div className="mt-3 text-sm">{children}</div>
    </section>
  );
}

/** A link that scrolls to a highlight in the text and flashes it (see ReadingView); plain anchor without JS. */
export function JumpLink({ to, children }: { to: string | null; children: ReactNode }) {
  if (!to) return <span>{children}</span>;
  return (
    <a href={`#${to}`} data-jump="" className="wrap-anywhere">
      {children}
    </a>
  );
}

export function Empty({ children }: { children: ReactNode }) {
  return <p className="text-stone-500 italic">{children}</p>;
}
