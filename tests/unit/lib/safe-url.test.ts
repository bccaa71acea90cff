import { describe, expect, it } from 'vitest';
import { safeHref } from '@/lib/safe-url';

// Addresses a link may point at, with the href it gets (normalised by the WHATWG URL parser).
const ACCEPTED: ReadonlyArray<readonly [string, string]> = [
  ['https://example.com', 'https://example.com/'],
  ['http://example.com/news/2023/07/article.html', 'http://example.com/news/2023/07/article.html'],
  ['HTTPS://EXAMPLE.COM/Path', 'https://example.com/Path'],
  ['  https://example.com/a  ', 'https://example.com/a'],
  ['https://example.com:8443/a?b=c&d=e#f', 'https://example.com:8443/a?b=c&d=e#f'],
  ['https://sub.example.co.uk/a%20b', 'https://sub.example.co.uk/a%20b'],
  ['https://exämple.com/', 'https://xn--exmple-cua.com/'],
  ['https://example.com/?q=<script>', 'https://example.com/?q=%3Cscript%3E'],
  ['https://example.com/#javascript:alert(1)', 'https://example.com/#javascript:alert(1)'],
  ['http://[2001:db8::1]/a', 'http://[2001:db8::1]/a'],
  ['https://example.com/a@b', 'https://example.com/a@b'],
];

// Everything else renders as plain text.
const REFUSED: ReadonlyArray<readonly [string, unknown]> = [
  ['null', null],
  ['undefined', undefined],
  ['empty', ''],
  ['blank', '   '],
  ['javascript', 'javascript:alert(1)'],
  ['javascript, mixed case', 'JaVaScRiPt:alert(1)'],
  ['javascript, leading space', ' javascript:alert(1)'],
  ['javascript, tab inside', 'java\tscript:alert(1)'],
  ['javascript, newline inside', 'java\nscript:alert(1)'],
  ['javascript, entity-encoded', 'javascript&colon;alert(1)'],
  ['javascript posing as http', 'javascript://https://example.com/%0aalert(1)'],
  ['data', 'data:text/html,<script>alert(1)</script>'],
  ['data base64', 'data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg=='],
  ['vbscript', 'vbscript:msgbox(1)'],
  ['file', 'file:///etc/passwd'],
  ['ftp', 'ftp://example.com/a'],
  ['mailto', 'mailto:a@example.com'],
  ['blob', 'blob:https://example.com/uuid'],
  ['protocol-relative', '//example.com/a'],
  ['backslash protocol-relative', '\\\\example.com/a'],
  ['scheme without slashes', 'http:example.com'],
  ['scheme with backslashes', 'https:\\\\example.com'],
  ['mixed slashes', 'https:/\\example.com'],
  ['one slash', 'https:/example.com'],
  ['three slashes', 'https:///example.com'],
  ['relative path', '/c/example'],
  ['bare host', 'example.com'],
  ['credentials', 'https://user:pass@example.com/'],
  ['user only', 'https://bank.example@evil.example/'],
  ['empty credentials', 'https://@example.com/'],
  ['NUL', 'https://example.com/\u0000'],
  ['control in host', 'https://exa\u0001mple.com/'],
  ['DEL', 'https://example.com/\u007f'],
  ['C1 control', 'https://example.com/\u0085'],
  ['line separator', 'https://example.com/\u2028'],
  ['BOM', '\ufeffhttps://example.com/'],
  ['tab in host', 'https://exa\tmple.com/'],
  ['bad port', 'https://example.com:99999/'],
  ['no host', 'https://'],
  ['too long', `https://example.com/${'a'.repeat(2100)}`],
  ['not a string', 42],
];

describe('safeHref', () => {
  it.each(ACCEPTED)('accepts %j', (input, href) => {
    expect(safeHref(input)).toBe(href);
  });

  it.each(REFUSED)('refuses %s', (_name, input) => {
    expect(safeHref(input as string)).toBeNull();
  });
});
