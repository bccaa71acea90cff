import { MARK_CATEGORIES, type MarkCategory } from './marks';

/** How a reader left the reading view, kept in the URL so a shared link opens the same way. */
export interface ViewChoices {
  /** Highlight categories switched off in the legend. */
  hidden: MarkCategory[];
  /** Whether sentences only one article reports are marked. */
  showOnly: boolean;
}

const isCategory = (v: string): v is MarkCategory => (MARK_CATEGORIES as readonly string[]).includes(v);
const first = (v: string | readonly string[] | undefined) => (typeof v === 'string' ? v : v?.[0]);

/** Reads `hide=naming,loaded` and `only=1`; unknown categories and other values are ignored (links get edited by hand). */
export function parseViewParams(params: {
  hide?: string | readonly string[];
  only?: string | readonly string[];
}): ViewChoices {
  const raw = (first(params.hide) ?? '').slice(0, 200);
  const hidden = MARK_CATEGORIES.filter((c) =>
    raw.split(',').some((v) => v.trim() === c && isCategory(v.trim())),
  );
  return { hidden, showOnly: first(params.only) === '1' };
}

/**
 * `search` (a URL's query string) with the view choices written into it and every other parameter (such as
 * the camp choices) kept as it was, e.g. '?camp=X%3AY&hide=naming'.
 */
export function withViewParams(search: string, view: ViewChoices): string {
  const params = new URLSearchParams(search);
  const hidden = MARK_CATEGORIES.filter((c) => view.hidden.includes(c));
  if (hidden.length) params.set('hide', hidden.join(','));
  else params.delete('hide');
  if (view.showOnly) params.set('only', '1');
  else params.delete('only');
  const q = params.toString().replace(/%2C/g, ',');
  return q ? `?${q}` : '';
}
