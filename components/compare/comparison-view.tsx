import {
  DistinctiveWordsChart,
  FramesChart,
  LoadedCategoriesChart,
  ToneChart,
} from '@/components/charts/lazy-charts';
import { LoadedPanel } from '@/components/panels/loaded-panel';
import { NamingPanel } from '@/components/panels/naming-panel';
import { OverlapPanel } from '@/components/panels/overlap-panel';
import { QuotesPanel } from '@/components/panels/quotes-panel';
import { SourcesPanel } from '@/components/panels/sources-panel';
import type { NamingContrast } from '@/lib/analysis/types';
import type { StoredComparison } from '@/lib/comparisons';
import type { CampChoices } from '@/lib/highlight/camp-overrides';
import {
  MARK_CATEGORIES,
  MARK_HINTS,
  MARK_LABELS,
  type Mark,
  type MarkCard,
  marksFor,
} from '@/lib/highlight/marks';
import type { ViewChoices } from '@/lib/highlight/view-params';
import { ArticlePane } from './article-pane';
import { chartRowsOf } from './chart-rows';
import { ComparisonHeader } from './comparison-header';
import type { SentenceAnchor } from './highlighted-text';
import type { LegendEntry } from './legend';
import { ReadingView } from './reading-view';
import { type VoiceData, VoiceExplorer } from './voice-explorer';

function voiceData(analysis: StoredComparison['comparison']['articles'][number]): VoiceData {
  return {
    quotes: analysis.quotes.map((q) => ({ speaker: q.speaker, kind: q.kind, words: q.words })),
    statements: analysis.statements.map((s) => ({ speaker: s.speaker })),
  };
}

/** The whole permalink page body for one stored comparison. */
export function ComparisonView({
  stored,
  currentVersion,
  choices,
  view,
}: {
  stored: StoredComparison;
  currentVersion: string;
  choices: CampChoices;
  /** Legend state from the link (`?hide=…&only=1`). */
  view: ViewChoices;
}) {
  const { comparison, input } = stored;
  const [a, b] = comparison.articles;
  const marksA = marksFor(comparison, 'a');
  const marksB = marksFor(comparison, 'b');
  const cards: Record<string, MarkCard> = {};
  for (const m of [...marksA, ...marksB]) cards[m.id] = m.card;
  const count = (marks: Mark[], c: string) => marks.filter((m) => m.category === c).length;
  const legend: LegendEntry[] = MARK_CATEGORIES.map((c) => ({
    category: c,
    label: MARK_LABELS[c],
    hint: MARK_HINTS[c],
    countA: count(marksA, c),
    countB: count(marksB, c),
  }));
  const sentences = (side: 'a' | 'b'): SentenceAnchor[] =>
    comparison.overlap[side].map((s, i) => ({
      id: `${side}-s-${i}`,
      start: s.start,
      end: s.end,
      status: s.status,
    }));
  const naming = comparison.contrasts.filter((c): c is NamingContrast => c.kind === 'naming');
  const charts = chartRowsOf(stored);
  const overlapCounts =
    comparison.overlap.a.length + comparison.overlap.b.length > 0
      ? {
          onlyA: comparison.overlap.a.filter((s) => s.status !== 'both').length,
          onlyB: comparison.overlap.b.filter((s) => s.status !== 'both').length,
        }
      : null;

  return (
    <div className="space-y-10">
      <ComparisonHeader
        id={stored.id}
        a={input.a}
        b={input.b}
        findings={comparison.findings}
        modelVersion={stored.modelVersion}
        currentVersion={currentVersion}
        createdAt={stored.createdAt}
      />
      <ReadingView cards={cards} legend={legend} overlap={overlapCounts} initialView={view}>
        <div className="grid gap-6 md:grid-cols-2">
          <ArticlePane side="a" input={input.a} analysis={a} marks={marksA} sentences={sentences('a')} />
          <ArticlePane side="b" input={input.b} analysis={b} marks={marksB} sentences={sentences('b')} />
        </div>
      </ReadingView>
      <section aria-labelledby="panels-heading" className="space-y-4">
        <h2 id="panels-heading" className="text-2xl font-semibold">
          Side by side, item by item
        </h2>
        <p className="text-stone-700">Each item links to its place in the text above.</p>
        <div className="grid gap-4 lg:grid-cols-2">
          <NamingPanel contrasts={naming} marksA={marksA} marksB={marksB} />
          <LoadedPanel a={a} b={b} marksA={marksA} marksB={marksB} />
        </div>
        <SourcesPanel a={a} b={b} marksA={marksA} marksB={marksB} />
        <QuotesPanel a={a} b={b} marksA={marksA} marksB={marksB} />
        <OverlapPanel overlap={comparison.overlap} textA={input.a.text} textB={input.b.text} />
      </section>
      <section aria-labelledby="charts-heading" className="print-break-before space-y-4">
        <h2 id="charts-heading" className="text-2xl font-semibold">
          Charts
        </h2>
        <p className="text-stone-700">Every chart has a “Show the numbers as a table” switch below it.</p>
        <div className="grid gap-4 lg:grid-cols-2">
          <LoadedCategoriesChart rows={charts.loadedCategories} />
          <FramesChart rows={charts.frames} />
        </div>
        <VoiceExplorer a={voiceData(a)} b={voiceData(b)} initial={choices} />
        <div className="grid gap-4 lg:grid-cols-2">
          <DistinctiveWordsChart
            rows={charts.distinctive}
            threshold={comparison.distinctive.threshold}
            note={comparison.distinctive.note}
          />
          <ToneChart rows={charts.tone} meanA={a.toneMean} meanB={b.toneMean} />
        </div>
      </section>
    </div>
  );
}
