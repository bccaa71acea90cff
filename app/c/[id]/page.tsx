import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { ComparisonView } from '@/components/compare/comparison-view';
import { modelVersion } from '@/lib/analysis/version';
import { comparisonMetadata } from '@/lib/comparisons';
import { parseCampParams } from '@/lib/highlight/camp-overrides';
import { parseViewParams } from '@/lib/highlight/view-params';
import { allLexiconData } from '@/lib/lexicons';
import { loadComparison } from './load-comparison';

type Props = {
  params: Promise<{ id: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { id } = await params;
  const stored = await loadComparison(id);
  return stored ? comparisonMetadata(stored) : { title: 'Comparison not found' };
}

/** The permalink: renders the stored snapshot exactly as it was saved. */
export default async function ComparisonPage({ params, searchParams }: Props) {
  const { id } = await params;
  const stored = await loadComparison(id);
  if (!stored) notFound();
  const query = await searchParams;
  return (
    <ComparisonView
      stored={stored}
      currentVersion={modelVersion(allLexiconData())}
      choices={parseCampParams(query.camp)}
      view={parseViewParams(query)}
    />
  );
}
