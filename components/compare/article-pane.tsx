import type { ArticleAnalysis, ArticleInput, BlockKind, Side } from '@/lib/analysis/types';
import type { Mark } from '@/lib/highlight/marks';
import { safeHref } from '@/lib/safe-url';
import { HighlightedText, type SentenceAnchor } from './highlighted-text';

const BLOCK_NOTE: Partial<Record<BlockKind, string>> = {
  caption: 'Caption',
  credit: 'Credit',
  boilerplate: 'Page furniture',
};

/** One article's text, paragraph by paragraph, with its highlights; headline and captions styled as such. */
export function ArticlePane({
  side,
  input,
  analysis,
  marks,
  sentences,
}: {
  side: Side;
  input: ArticleInput;
  analysis: ArticleAnalysis;
  marks: readonly Mark[];
  sentences: readonly SentenceAnchor[];
}) {
  const label = side.toUpperCase();
  const text = input.text;
  const blocks =
    analysis.blocks.length > 0 ? analysis.blocks : [{ start: 0, end: text.length, kind: 'body' as const }];
  const href = safeHref(input.url);
  return (
    <article
      aria-labelledby={`pane-${side}-heading`}
      data-testid={`pane-${side}`}
      className="min-w-0 rounded-lg border border-stone-200 bg-white p-4 sm:p-6"
    >
      <header className="mb-4 border-b border-stone-200 pb-3">
        <h2
          id={`pane-${side}-heading`}
          className="text-sm font-semibold uppercase tracking-wide text-stone-600"
        >
          <span className={`side-badge side-${side}`}>{label}</span> Article {label}
          {input.outlet ? ` · ${input.outlet}` : ''}
        </h2>
        <p className="wrap-anywhere mt-1 text-xs text-stone-600">
          {[input.date, `${analysis.wordCount} words in the body`].filter(Boolean).join(' · ')}
          {href ? (
            <>
              {' · '}
              <a href={href} rel="noopener noreferrer nofollow" target="_blank">
                original
              </a>
            </>
          ) : null}
        </p>
      </header>
      <div className="article-text space-y-3 font-serif text-[1.05rem] leading-relaxed">
        {blocks.map((b) => {
          const content = (
            <HighlightedText text={text} start={b.start} end={b.end} marks={marks} sentences={sentences} />
          );
          const note = BLOCK_NOTE[b.kind];
          if (b.kind === 'headline')
            return (
              <p key={b.start} className="text-xl font-bold leading-snug" data-block="headline">
                {content}
              </p>
            );
          if (note)
            return (
              <p key={b.start} className="font-sans text-sm text-stone-600" data-block={b.kind}>
                <span className="mr-1 rounded bg-stone-100 px-1 text-xs uppercase tracking-wide">{note}</span>
                <span className="italic">{content}</span>
              </p>
            );
          return (
            <p key={b.start} data-block="body">
              {content}
            </p>
          );
        })}
      </div>
    </article>
  );
}
