/**
 * fast-check generators for hostile article text and request bodies. Framework-free (no vitest, no lib/),
 * so `npm run fuzz` and the unit tests share them.
 */
import fc from 'fast-check';

const WORDS = [
  'the',
  'a',
  'of',
  'and',
  'to',
  'in',
  'said',
  'says',
  'told',
  'claimed',
  'according',
  'to',
  'officials',
  'reportedly',
  'allegedly',
  'controversial',
  'regime',
  'terrorist',
  'militants',
  'fighters',
  'massacre',
  'slammed',
  'very',
  'extremely',
  'may',
  'might',
  'perhaps',
  'illegal',
  'war',
  'crimes',
  'killed',
  'civilians',
  'economy',
  'jobs',
  'taxes',
  'court',
  'police',
  'health',
  'vote',
  'poll',
  'Kiev',
  'Kyiv',
  'Gaza',
  'Israel',
  'Ukraine',
  'Russia',
  'Biden',
  'Zelensky',
  'Putin',
  'Reuters',
  'AP',
  'Pentagon',
  'Kremlin',
  'NATO',
  'UN',
  'Human',
  'Rights',
  'Watch',
  'Amnesty',
  'International',
  'ministry',
  'spokesperson',
  'anonymous',
  'source',
  'Mr',
  'Mrs.',
  'Dr.',
  'U.S.',
  'e.g.',
  '2023',
  '1,000',
  '3.5%',
  '$10m',
  'don’t',
  "it's",
  'mother-in-law',
  // Places, titles and names the speaker scan reads together ('Virginia Gov.', 'a resident of Kharkiv',
  // 'Obama's former campaign strategist'), so their boundaries meet the edges of a text.
  'Texas',
  'New',
  'York',
  'Mexico',
  'Virginia',
  'Kharkiv',
  'Scottish',
  'Gov.',
  'Mayor',
  'Sen.',
  'resident',
  'campaign',
  'former',
  'Obama',
  "Obama's",
  'Democrat',
  'University',
  'Museum',
  '45',
];

const QUOTES = ['"', '“', '”', '‘', '’', "'", '«', '»', '„', '‹', '›', '「', '」', '`', '″'];
const PUNCT = ['.', ',', '!', '?', '...', '…', '—', '–', '-', ':', ';', '(', ')', '[', ']', '/', '*', '#'];
const SPACE = [
  ' ',
  ' ',
  ' ',
  '\n',
  '\n\n',
  '\t',
  '\r\n',
  '\r',
  '\u00a0',
  '\u2028',
  '\u2029',
  '\u200b',
  '\u3000',
];
const EMOJI = ['😀', '👩‍👩‍👧‍👦', '🇺🇦', '👍🏽', '🏳️‍🌈', '\u{1F9D1}\u200D\u{1F680}', '🔥🔥🔥'];
const RTL = ['مرحبا بالعالم', 'قال المسؤول', 'שלום עולם', '\u202e', '\u202b', '\u200f', '\u2067', '\u2069'];
const COMBINING = [
  'e\u0301',
  'a\u0308\u0308\u0308\u0308',
  'Z\u0334\u0321\u0354\u0300',
  '\u0301',
  '\u20dd',
  'ก้้้้',
];
const CONTROL = ['\u0000', '\u0007', '\u001b', '\u007f', '\u0085', '\ufeff', '\ufffe', '\uffff'];
const SURROGATE = ['\ud800', '\udbff', '\udc00', '\udfff', '\udc00\ud800', 'a\ud83d', '\ude00b'];
const HTML = [
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(1)>',
  '<p>',
  '</p>',
  '<br/>',
  '&amp;',
  '&#x3c;',
  '&quot;',
  '<!--',
  '-->',
  '<![CDATA[',
  '<a href="javascript:alert(1)">x</a>',
  '<svg onload=alert(1)>',
];

const piece = fc.oneof(
  { weight: 12, arbitrary: fc.constantFrom(...WORDS) },
  { weight: 6, arbitrary: fc.constantFrom(...SPACE) },
  { weight: 4, arbitrary: fc.constantFrom(...QUOTES) },
  { weight: 4, arbitrary: fc.constantFrom(...PUNCT) },
  { weight: 1, arbitrary: fc.constantFrom(...EMOJI) },
  { weight: 1, arbitrary: fc.constantFrom(...RTL) },
  { weight: 1, arbitrary: fc.constantFrom(...COMBINING) },
  { weight: 1, arbitrary: fc.constantFrom(...CONTROL) },
  { weight: 1, arbitrary: fc.constantFrom(...SURROGATE) },
  { weight: 1, arbitrary: fc.constantFrom(...HTML) },
  { weight: 2, arbitrary: fc.string({ unit: 'binary', maxLength: 8 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 8 }) },
);

/** A quotation, possibly nested in another and possibly never closed. */
const quoted: fc.Arbitrary<string> = fc
  .tuple(
    fc.constantFrom(...QUOTES),
    fc.array(piece, { maxLength: 12 }),
    fc.option(fc.constantFrom(...QUOTES), { nil: '' }),
    fc.constantFrom('', ' he said.', ', said Biden.', ' according to officials.', ''),
  )
  .map(([open, inner, close, tail]) => `${open}${inner.join(' ')}${close}${tail}`);

// Separators are generated too (never sampled inside map), so a seed replays exactly.
const sentence = fc
  .tuple(
    fc.array(fc.oneof({ weight: 8, arbitrary: piece }, { weight: 1, arbitrary: quoted }), { maxLength: 40 }),
    fc.constantFrom(' ', ' ', ''),
  )
  .map(([parts, sep]) => parts.join(sep));

/** Article-like hostile text: words, quotes, every kind of odd Unicode and HTML, a few paragraphs. */
export const hostileText: fc.Arbitrary<string> = fc.oneof(
  {
    weight: 6,
    arbitrary: fc
      .tuple(fc.array(sentence, { maxLength: 12 }), fc.constantFrom('. ', '\n', '\n\n', ' '))
      .map(([sentences, sep]) => sentences.join(sep)),
  },
  { weight: 2, arbitrary: fc.string({ unit: 'binary', maxLength: 300 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 300 }) },
  {
    weight: 1,
    arbitrary: fc.constantFrom('', ' ', '\n', '"', '“', '\u0000', '\ud800', '.', '...', '""""', '"“”"'),
  },
);

/** One 200,000-character run of a single hostile unit (quotes, emoji, NUL, a word, an unclosed quote...). */
export const longText: fc.Arbitrary<string> = fc
  .tuple(
    fc.constantFrom(
      'a',
      'é',
      ' ',
      '\n',
      '"',
      '“',
      '😀',
      '\u0000',
      '\ud800',
      'word ',
      'He said "',
      'e\u0301',
      'مرحبا ',
      '<p>',
      'Kiev. ',
    ),
    fc.constantFrom(200_000, 150_000),
    fc.string({ maxLength: 20 }),
  )
  .map(([unit, length, tail]) => unit.repeat(Math.ceil(length / unit.length)).slice(0, length) + tail);

/** Two texts, sometimes sharing sentences (so the overlap code takes its matching paths). */
export const textPair: fc.Arbitrary<[string, string]> = fc.oneof(
  fc.tuple(hostileText, hostileText),
  hostileText.map((t): [string, string] => [t, t]),
  fc
    .tuple(hostileText, hostileText)
    .map(([a, b]): [string, string] => [a, `${b}\n${a.slice(0, a.length >> 1)}`]),
);

// ---------------------------------------------------------------------------------------------------------
// Request bodies

const fieldValue = fc.oneof(
  { weight: 4, arbitrary: hostileText },
  { weight: 1, arbitrary: fc.jsonValue({ maxDepth: 2 }) },
  { weight: 1, arbitrary: fc.constantFrom(null, '', '   ', 0, -1, true, [], {}, 'x'.repeat(1_001)) },
);

const urlValue = fc.oneof(
  fc.webUrl(),
  fc.constantFrom(
    'javascript:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    '//example.com',
    'http://',
    'https://user:pass@example.com/',
    'https://exa mple.com',
    'http://[::1]/',
  ),
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.jsonValue({ maxDepth: 1 }),
);

const wildArticle = fc.record(
  {
    text: fc.oneof(
      { weight: 5, arbitrary: hostileText },
      { weight: 1, arbitrary: fc.jsonValue({ maxDepth: 2 }) },
    ),
    title: fieldValue,
    outlet: fieldValue,
    date: fieldValue,
    url: urlValue,
    extra: fc.jsonValue({ maxDepth: 1 }),
  },
  { requiredKeys: [] },
);

const shortText = hostileText.map((t) => t.slice(0, 150));

/** Passes validation (hostile but well-typed values), so the case reaches analysis and storage. */
const validArticle = fc.record(
  {
    text: hostileText.map((t) => `${t} x`),
    title: shortText,
    outlet: shortText,
    date: fc.oneof(
      fc.date({ noInvalidDate: true }).map((d) => d.toISOString()),
      shortText.map((t) => t.slice(0, 90)),
    ),
    url: fc.webUrl({ withQueryParameters: true, withFragments: true }),
  },
  { requiredKeys: ['text'] },
);

const articleBody = fc.oneof({ weight: 6, arbitrary: validArticle }, { weight: 1, arbitrary: wildArticle });

/** A request body as sent: its bytes (string or raw) and its Content-Type. */
export interface FuzzBody {
  body: string | Uint8Array;
  contentType: string | null;
}

const jsonContentType = fc.oneof(
  { weight: 12, arbitrary: fc.constant('application/json') },
  {
    weight: 1,
    arbitrary: fc.constantFrom(
      'application/json; charset=utf-8',
      'APPLICATION/JSON',
      'text/plain',
      'application/x-www-form-urlencoded',
      'application/json; charset=utf-16',
      '',
      null,
    ),
  },
);

const bodyText: fc.Arbitrary<string | Uint8Array> = fc.oneof(
  // Mostly the right shape with hostile values, so requests reach analysis and storage.
  {
    weight: 10,
    arbitrary: fc.record({ a: articleBody, b: articleBody }).map((v) => JSON.stringify(v)),
  },
  {
    weight: 1,
    arbitrary: fc
      .record({ a: articleBody, b: articleBody }, { requiredKeys: [] })
      .map((v) => JSON.stringify(v)),
  },
  { weight: 2, arbitrary: fc.jsonValue().map((v) => JSON.stringify(v)) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 200 }) },
  { weight: 1, arbitrary: fc.uint8Array({ maxLength: 200 }) },
  {
    weight: 1,
    arbitrary: fc.constantFrom(
      '',
      'null',
      '{}',
      '[]',
      '{"a":',
      '{"__proto__":{"text":"x"},"a":{"text":"x"},"b":{"text":"y"}}',
      '{"a":{"text":"x","constructor":{"prototype":{"polluted":1}}},"b":{"text":"y"}}',
      '{"a":{"text":"\\ud800"},"b":{"text":"\\u0000"}}',
      `${'['.repeat(20_000)}${']'.repeat(20_000)}`,
      `{"a":{"text":"${'x'.repeat(100_001)}"},"b":{"text":"y"}}`,
      `{"a":{"text":"${'x'.repeat(600_000)}"},"b":{"text":"${'y'.repeat(600_000)}"}}`,
    ),
  },
);

export const requestBody: fc.Arbitrary<FuzzBody> = fc.record({
  body: bodyText,
  contentType: jsonContentType,
});

/** Path segments a client might send as a comparison id (already decoded, as Next hands them over). */
export const comparisonId: fc.Arbitrary<string> = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.stringMatching(/^[A-Za-z0-9_-]{22}$/),
  fc.constantFrom('example', '', '..', '../../etc/passwd', "x' OR '1'='1", '%00', 'a'.repeat(5000), '\u0000'),
);

export const formatParam: fc.Arbitrary<string | null> = fc.oneof(
  { weight: 4, arbitrary: fc.constant(null) },
  { weight: 1, arbitrary: fc.constantFrom('json', 'csv', 'xml', '', 'CSV') },
  { weight: 1, arbitrary: fc.string({ maxLength: 10 }) },
);
