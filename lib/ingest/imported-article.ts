/** What `POST /api/import` returns and the import control hands to the form (safe to import in the browser). */
export interface ImportedArticle {
  title: string | null;
  outlet: string | null;
  /** YYYY-MM-DD */
  date: string | null;
  /** The address the article was finally read from (after redirects). */
  url: string;
  text: string;
}

/** The error codes `POST /api/import` can answer with, besides request-shape and rate-limit errors. */
export type ImportErrorCode =
  | 'blocked_address'
  | 'bad_url'
  | 'timeout'
  | 'too_large'
  | 'not_html'
  | 'no_article_found'
  | 'upstream_status';
