import { notFound } from 'next/navigation';
import type { ReactNode } from 'react';
import { loadComparison } from './load-comparison';

/**
 * Checks that the comparison exists before the page's loading state streams: a notFound() thrown from the
 * page itself would come after the 200 status line has been sent. The lookup is shared with the page.
 */
export default async function ComparisonLayout({
  children,
  params,
}: {
  children: ReactNode;
  params: Promise<{ id: string }>;
}) {
  const { id } = await params;
  if (!(await loadComparison(id))) notFound();
  return children;
}
