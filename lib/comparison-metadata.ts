import type { Metadata } from 'next';
import { publicOrigin } from '@/lib/http/public-origin';
import type { StoredComparison } from '@/lib/store/types';

const MAX_DESCRIPTION = 200;

/** How an article is named in titles and previews: its outlet, else its title, else 'Article A'. */
export function articleLabel(stored: StoredComparison, side: 'a' | 'b'): string {
  const article = stored.input[side];
  const name = article.outlet || article.title || `Article ${side.toUpperCase()}`;
  return name.length > 60 ? `${name.slice(0, 59)}…` : name;
}

function clip(text: string, max: number): string {
  return text.length > max ? `${text.slice(0, max - 1).trimEnd()}…` : text;
}

/**
 * Title, description, Open Graph and Twitter card metadata for a permalink; the page's `generateMetadata`
 * returns this. The preview image itself comes from app/c/[id]/opengraph-image.tsx (and twitter-image.tsx).
 */
export function comparisonMetadata(stored: StoredComparison): Metadata {
  const title = `${articleLabel(stored, 'a')} vs ${articleLabel(stored, 'b')}`;
  const findings = stored.comparison.findings.slice(0, 2).join(' ');
  const description = clip(
    findings || 'How two articles about the same event frame it: loaded words, names, sources and quotes.',
    MAX_DESCRIPTION,
  );
  const origin = publicOrigin();
  return {
    title,
    description,
    ...(origin ? { metadataBase: new URL(origin) } : {}),
    openGraph: { type: 'article', siteName: 'Framelens', title, description, url: `/c/${stored.id}` },
    twitter: { card: 'summary_large_image', title, description },
  };
}
