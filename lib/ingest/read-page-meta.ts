/** What a page says about itself in meta tags and JSON-LD, read before Readability rewrites the DOM. */
export interface PageMeta {
  title: string | null;
  byline: string | null;
  siteName: string | null;
  /** Publication date as YYYY-MM-DD. */
  published: string | null;
}

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type JsonObject = { [key: string]: Json };

const ARTICLE_TYPE = /(Article|BlogPosting|Report)$/;

export function readPageMeta(document: Document): PageMeta {
  const meta = (...keys: string[]): string | null => {
    for (const key of keys) {
      for (const attr of ['property', 'name', 'itemprop']) {
        const el = document.querySelector(`meta[${attr}="${key}" i]`);
        const value = clean(el?.getAttribute('content'));
        if (value) return value;
      }
    }
    return null;
  };
  const ld = readJsonLdArticle(document);
  const timeEl = document.querySelector('article time[datetime], time[pubdate][datetime]');

  return {
    title: clean(str(ld?.headline)) ?? meta('og:title', 'twitter:title'),
    byline: names(ld?.author) ?? meta('author', 'article:author', 'parsely-author', 'dc.creator'),
    siteName: meta('og:site_name') ?? names(ld?.publisher) ?? meta('application-name'),
    published:
      normalizeDate(str(ld?.datePublished)) ??
      normalizeDate(
        meta(
          'article:published_time',
          'og:published_time',
          'datePublished',
          'pubdate',
          'publishdate',
          'parsely-pub-date',
          'dc.date.issued',
          'dc.date',
          'date',
        ),
      ) ??
      normalizeDate(timeEl?.getAttribute('datetime') ?? null),
  };
}

/** The first JSON-LD object typed as an article (NewsArticle, BlogPosting, ...), looking inside @graph. */
function readJsonLdArticle(document: Document): JsonObject | null {
  const found: JsonObject[] = [];
  const collect = (value: Json) => {
    if (Array.isArray(value)) value.forEach(collect);
    else if (value && typeof value === 'object') {
      found.push(value);
      if (value['@graph']) collect(value['@graph']);
    }
  };
  for (const script of Array.from(document.querySelectorAll('script[type="application/ld+json" i]'))) {
    try {
      collect(JSON.parse(script.textContent ?? '') as Json);
    } catch {
      // A broken block on someone else's page is not our error; the meta tags may still do.
    }
  }
  return (
    found.find((o) => {
      const type = o['@type'];
      const types = Array.isArray(type) ? type : [type];
      return types.some((t) => typeof t === 'string' && ARTICLE_TYPE.test(t));
    }) ?? null
  );
}

function str(value: Json | undefined): string | null {
  return typeof value === 'string' ? value : null;
}

/** Names from a JSON-LD Person/Organization, a list of them, or a bare string. */
function names(value: Json | undefined): string | null {
  const list = Array.isArray(value) ? value : value === undefined ? [] : [value];
  const out = list
    .map((v) =>
      typeof v === 'string' ? v : v && typeof v === 'object' && !Array.isArray(v) ? str(v.name) : null,
    )
    .map((v) => clean(v))
    .filter((v): v is string => Boolean(v));
  return out.length ? out.join(', ') : null;
}

function clean(value: string | null | undefined): string | null {
  const text = value?.replace(/\s+/g, ' ').trim();
  return text ? text : null;
}

/** A date as YYYY-MM-DD, taken literally when the text starts with one, else parsed; null when unreadable. */
export function normalizeDate(raw: string | null): string | null {
  if (!raw) return null;
  const text = raw.trim();
  const iso = /^(\d{4})-(\d{2})-(\d{2})/.exec(text);
  if (iso) {
    const [, y, m, d] = iso;
    const date = new Date(Date.UTC(Number(y), Number(m) - 1, Number(d)));
    return date.getUTCMonth() === Number(m) - 1 && date.getUTCDate() === Number(d) ? iso[0] : null;
  }
  const time = Date.parse(text);
  if (Number.isNaN(time)) return null;
  const date = new Date(time);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}
