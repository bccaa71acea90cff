import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { AppError } from '@/lib/errors';
import { htmlToText, normalizePlainText } from '@/lib/ingest/html-to-text';
import { normalizeDate, type PageMeta, readPageMeta } from '@/lib/ingest/read-page-meta';
import type { PageMediaType } from '@/lib/ingest/safe-fetch';
import { MAX_FIELD_CHARS } from '@/lib/validation';

export interface ExtractedArticle {
  title: string | null;
  byline: string | null;
  /** The site name (og:site_name, JSON-LD publisher). */
  outlet: string | null;
  /** Publication date as YYYY-MM-DD. */
  date: string | null;
  /** Article text only, paragraphs separated by a blank line. */
  text: string;
}

/** Below this many characters the "article" is a stub, an error page or a paywall teaser. */
export const MIN_ARTICLE_CHARS = 200;

/**
 * Finds the article in a page with Readability on a linkedom DOM (which never runs scripts or loads
 * anything) and returns its text with paragraphs kept, plus the metadata the page declares.
 * Throws AppError('no_article_found') when there is no article-sized text.
 */
export function extractArticle(page: { mediaType: PageMediaType; text: string }): ExtractedArticle {
  if (page.mediaType === 'text/plain') return extractPlainText(page.text);

  let meta: PageMeta;
  let article: ReturnType<Readability<Node>['parse']>;
  let text: string;
  try {
    const { document } = parseHTML(page.text) as unknown as { document: Document };
    meta = readPageMeta(document);
    removeClutter(document);
    article = new Readability<Node>(document, { serializer: (node) => node }).parse();
    text = article?.content ? htmlToText(article.content) : '';
  } catch (cause) {
    // Markup bad enough to break the parser is, for the reader, simply a page without an article.
    throw new AppError('no_article_found', 'No article text could be read from that page.', { cause });
  }
  if (text.length < MIN_ARTICLE_CHARS) throw noArticle();

  // Clipped to the form's own field limits, so an import never produces a metadata error there.
  return {
    title: clip(meta.title ?? clean(article?.title), MAX_FIELD_CHARS.title),
    byline: clip(stripBy(clean(article?.byline) ?? meta.byline), MAX_FIELD_CHARS.title),
    outlet: clip(meta.siteName ?? clean(article?.siteName), MAX_FIELD_CHARS.outlet),
    date: meta.published ?? normalizeDate(article?.publishedTime ?? null),
    text,
  };
}

/**
 * Ads, promos, newsletter and cookie boxes that sit inside the article body survive Readability's scoring,
 * so they go first. Matched on class tokens and id prefixes ("header" and "add-comment" are left alone), and
 * only when small: a wrapper that holds the article itself is never removed, whatever its class says.
 */
const CLUTTER = [
  '[class~="ad"]',
  '[class~="ads"]',
  '[class^="ad-"]',
  '[class*=" ad-"]',
  '[id^="ad-"]',
  '[class*="advert"]',
  '[id*="advert"]',
  '[class*="sponsor"]',
  '[class~="promo"]',
  '[data-ad]',
  '[aria-label="Advertisement" i]',
  'ins.adsbygoogle',
  '[class*="newsletter"]',
  '[id*="newsletter"]',
  '[class*="signup"]',
  '[class*="sign-up"]',
  '[class*="subscribe"]',
  '[class*="cookie"]',
  '[id*="cookie"]',
  '[class*="consent"]',
].join(',');
const CLUTTER_MAX_CHARS = 600;

function removeClutter(document: Document): void {
  for (const el of Array.from(document.querySelectorAll(CLUTTER))) {
    if (el.tagName === 'BODY' || el.tagName === 'HTML' || !el.isConnected) continue;
    if ((el.textContent ?? '').length <= CLUTTER_MAX_CHARS) el.remove();
  }
}

/** Plain text: a short first line without closing punctuation is taken as the title. */
function extractPlainText(raw: string): ExtractedArticle {
  let text = normalizePlainText(raw);
  let title: string | null = null;
  const [first = '', ...rest] = text.split('\n\n');
  if (rest.length > 0 && !first.includes('\n') && first.length <= 200 && !/[.!?:;,]$/.test(first)) {
    title = first;
    text = rest.join('\n\n');
  }
  if (text.length < MIN_ARTICLE_CHARS) throw noArticle();
  return { title, byline: null, outlet: null, date: null, text };
}

function noArticle(): AppError {
  return new AppError('no_article_found', 'No article text was found at that address.');
}

function clean(value: string | null | undefined): string | null {
  const text = value?.replace(/\s+/g, ' ').trim();
  return text ? text : null;
}

function clip(value: string | null, max: number): string | null {
  return value && value.length > max ? `${value.slice(0, max - 1).trimEnd()}…` : value;
}

function stripBy(byline: string | null): string | null {
  return byline ? byline.replace(/^by\s+/i, '') || null : null;
}
