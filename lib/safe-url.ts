/**
 * Links to article addresses come from users, so an href is only ever built from an absolute http(s)
 * URL. Everything else (javascript:, data:, vbscript:, protocol-relative '//host', backslash tricks,
 * control characters, embedded credentials) yields null and the caller renders plain text instead.
 */

const MAX_URL_LENGTH = 2048;
// C0 controls, DEL, C1 controls and the Unicode line/paragraph separators and BOM: browsers strip or
// reinterpret these inside URLs ('java\tscript:'), so their presence alone is disqualifying.
// biome-ignore lint/suspicious/noControlCharactersInRegex: matching control characters is the point
const CONTROL = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\ufeff]/;

/** The normalised href when `url` is an absolute http(s) address without credentials, else null. */
export function safeHref(url: string | undefined | null): string | null {
  if (typeof url !== 'string') return null;
  // Only plain spaces are forgiven at the ends; String#trim would also swallow BOMs and line separators.
  const trimmed = url.replace(/^ +| +$/g, '');
  if (trimmed === '' || trimmed.length > MAX_URL_LENGTH) return null;
  if (CONTROL.test(trimmed)) return null;
  // The scheme must be spelled out literally: WHATWG parsing would otherwise accept 'http:example.com'
  // or 'http:\\example.com' and quietly repair them into something the author did not write.
  if (!/^https?:\/\/[^/\\]/i.test(trimmed)) return null;
  if (trimmed.includes('\\')) return null;
  // Any '@' in the authority is a credentials trick ('https://bank.example@evil.example'), even an empty one.
  const authority = trimmed.slice(trimmed.indexOf('//') + 2).split(/[/?#]/, 1)[0] ?? '';
  if (authority.includes('@')) return null;
  let parsed: URL;
  try {
    parsed = new URL(trimmed);
  } catch {
    return null;
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return null;
  if (parsed.username !== '' || parsed.password !== '') return null;
  if (parsed.hostname === '') return null;
  return parsed.href;
}
