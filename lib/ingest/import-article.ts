import 'server-only';
import { type ExtractedArticle, extractArticle } from '@/lib/ingest/extract-article';
import type { ImportedArticle } from '@/lib/ingest/imported-article';
import { type SafeFetchOptions, safeFetch } from '@/lib/ingest/safe-fetch';

/** Fetches a web address safely and extracts its article. Throws AppError with an import error code. */
export async function importArticle(url: string, options?: SafeFetchOptions): Promise<ImportedArticle> {
  const page = await safeFetch(url, options);
  const article: ExtractedArticle = extractArticle(page);
  return {
    title: article.title,
    outlet: article.outlet,
    date: article.date,
    url: page.url,
    text: article.text,
  };
}

export type { ImportedArticle };
