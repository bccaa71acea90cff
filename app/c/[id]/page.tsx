import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { ComparisonView } from '@/components/compare/comparison-view';
import { comparisonMetadata, EXAMPLE_ID, getComparison } from '@/lib/comparisons';
import { parseCampParams } from '@/lib/highlight/camp-overrides';

type Props = {
  params: Promise<{ id: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { id } = await params;
  const stored = await getComparison(id);
  return stored ? comparisonMetadata(stored) : { title: 'Comparison not found' };
}

/** The permalink: renders the stored snapshot exactly as it was saved. */
export default async function ComparisonPage({ params, searchParams }: Props) {
  const { id } = await params;
  const stored = await getComparison(id);
  if (!stored) notFound();
  // The example is analysed by the running code, so its version is the current model's.
  const current = id === EXAMPLE_ID ? stored : await getComparison(EXAMPLE_ID);
  const choices = parseCampParams((await searchParams).camp);
  return (
    <ComparisonView
      stored={stored}
      currentVersion={current?.modelVersion ?? stored.modelVersion}
      choices={choices}
    />
  );
}
