import type { ArticleInput } from '@/lib/analysis/types';
import { safeHref } from '@/lib/safe-url';
import { ShareBar } from './share-bar';

function ArticleMeta({ side, input }: { side: 'a' | 'b'; input: ArticleInput }) {
  const href = safeHref(input.url);
  return (
    <div className="min-w-0">
      <p className="text-xs font-semibold uppercase tracking-wide text-stone-600">
        <span className={`side-badge side-${side}`}>{side.toUpperCase()}</span> Article {side.toUpperCase()}
      </p>
      <p className="wrap-anywhere mt-1 font-serif text-lg font-semibold leading-snug">
        {input.title || 'Untitled article'}
      </p>
      <p className="wrap-anywhere text-sm text-stone-600">
        {[input.outlet, input.date].filter(Boolean).join(' · ') || 'Outlet and date not given'}
        {href ? (
          <>
            {' · '}
            <a href={href} rel="noopener noreferrer nofollow" target="_blank">
              {new URL(href).hostname}
            </a>
          </>
        ) : null}
      </p>
    </div>
  );
}

/** Both articles' metadata, the findings in plain words, and the share bar. */
export function ComparisonHeader({
  id,
  a,
  b,
  findings,
  modelVersion,
  currentVersion,
  createdAt,
}: {
  id: string;
  a: ArticleInput;
  b: ArticleInput;
  findings: string[];
  modelVersion: string;
  currentVersion: string;
  createdAt: string;
}) {
  return (
    <header className="space-y-5">
      <h1 className="font-serif text-3xl font-semibold tracking-tight">
        {id === 'example' ? 'Example: ' : ''}How two articles frame the same event
      </h1>
      <div className="grid gap-4 md:grid-cols-2">
        <ArticleMeta side="a" input={a} />
        <ArticleMeta side="b" input={b} />
      </div>
      <section
        aria-labelledby="findings-heading"
        className="rounded-lg border border-amber-200 bg-amber-50 p-4"
      >
        <h2 id="findings-heading" className="text-base font-semibold">
          What stands out
        </h2>
        {findings.length > 0 ? (
          <ul className="mt-2 list-disc space-y-1 pl-5" data-testid="findings">
            {findings.map((f) => (
              <li key={f}>{f}</li>
            ))}
          </ul>
        ) : (
          <p className="mt-2 text-stone-700">No large contrast between the two articles was found.</p>
        )}
        <p className="mt-3 text-xs text-stone-600">
          Computed by counting words and patterns, not by judging who is right. Model {modelVersion}
          {modelVersion !== currentVersion ? ` (the current model is ${currentVersion})` : ''}
          {id === 'example' ? '' : `, saved ${createdAt.slice(0, 10)}`}.{' '}
          <a href="/methodology">How it works</a>
        </p>
      </section>
      <ShareBar id={id} outdated={modelVersion !== currentVersion} />
    </header>
  );
}
