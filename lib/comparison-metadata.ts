import type { Metadata } from 'next';
import { namingClause } from '@/lib/analysis/contrasts';
import type { Contrast, LoadedCategory, NamingRow, SourcingContrast } from '@/lib/analysis/types';
import { publicOrigin } from '@/lib/http/public-origin';
import type { StoredComparison } from '@/lib/store/types';

const MAX_DESCRIPTION = 200;

/** How an article is named in titles and previews: its outlet, else its title, else 'Article A'. */
export function articleLabel(stored: StoredComparison, side: 'a' | 'b'): string {
  const article = stored.input[side];
  const name = article.outlet || article.title || `Article ${side.toUpperCase()}`;
  return name.length > 60 ? `${name.slice(0, 59)}…` : name;
}

const CATEGORY_LABEL: Record<LoadedCategory, string> = {
  evaluative: 'evaluative labels',
  legality: 'legality words',
  harm: 'harm and threat words',
  intensifier: 'intensifiers',
  informal: 'informal words',
  hedge: 'hedges',
  'report-verb': 'loaded report verbs',
};

const SOURCING_LABEL: Record<SourcingContrast['measure'], string> = {
  anonymous: 'anonymous sources',
  'named-speakers': 'named speakers',
  outlets: 'outlets cited',
  organisations: 'organisations cited',
};

const capitalise = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
const round = (n: number) => (Math.round(n * 10) / 10).toString();

/** One contrast in a short line for previews, or null for kinds that do not read well out of context. */
function contrastLine(c: Contrast): string | null {
  switch (c.kind) {
    case 'naming': {
      const name = (r: NamingRow) => `“${r.variant}” (${r.count}×)`;
      return `${namingClause('A', c.a, name)}; ${namingClause('B', c.b, name)}`;
    }
    case 'sourcing':
      return c.a === c.b ? null : `${capitalise(SOURCING_LABEL[c.measure])}: A ${c.a}, B ${c.b}`;
    case 'loaded-category':
      return `${capitalise(CATEGORY_LABEL[c.category])} per 1,000 words: A ${round(c.aPer1000)}, B ${round(c.bPer1000)}`;
    default:
      return null;
  }
}

/**
 * The few lines a link preview shows: the comparison's own findings first, then its largest naming,
 * sourcing and loaded-word contrasts; empty when the analysis found nothing to contrast.
 */
export function previewLines(stored: StoredComparison, max = 3): string[] {
  const lines = [...stored.comparison.findings];
  for (const c of stored.comparison.contrasts) {
    if (lines.length >= max) break;
    const line = contrastLine(c);
    if (line) lines.push(line);
  }
  return lines.slice(0, max);
}

export function clip(text: string, max: number): string {
  return text.length > max ? `${text.slice(0, max - 1).trimEnd()}…` : text;
}

/**
 * Title, description, Open Graph and Twitter card metadata for a permalink; the page's `generateMetadata`
 * returns this. The preview image itself comes from app/c/[id]/opengraph-image.tsx (and twitter-image.tsx).
 */
export function comparisonMetadata(stored: StoredComparison): Metadata {
  const title = `${articleLabel(stored, 'a')} vs ${articleLabel(stored, 'b')}`;
  const findings = previewLines(stored, 2)
    .map((line) => (/[.!?]$/.test(line) ? line : `${line}.`))
    .join(' ');
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
