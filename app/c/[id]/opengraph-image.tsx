// The link-preview image of a permalink (Open Graph): both outlets and the comparison's top contrasts.
import { getComparison } from '@/lib/comparisons';
import { comparisonCard, OG_ALT, OG_SIZE } from '@/lib/export/og-card';

export const alt = OG_ALT;
export const size = OG_SIZE;
export const contentType = 'image/png';

export default async function Image({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  return comparisonCard(await getComparison(id));
}
