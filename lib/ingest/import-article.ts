import 'server-only';
import { type ExtractedArticle, extractArticle } from '@/lib/ingest/extract-article';
import { type SafeFetchOptions, safeFetch } from '@/lib/ingest/safe-fetch';

/** What `POST /api/import` returns and the import control hands to the form. */
export interface ImportedArticle {
  title: string | null;
  outlet: string | null;
  /** YYYY-MM-DD */
  date: string | null;
  /** The address the article was finally read from (after redirects). */
  url: string;
  text: string;
}

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
