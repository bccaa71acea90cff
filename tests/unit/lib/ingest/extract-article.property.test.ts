import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { AppError } from '@/lib/errors';
import { extractArticle } from '@/lib/ingest/extract-article';

// Whatever a site sends, extraction either finds text or says no_article_found: never another error (a 500).
const token = fc.oneof(
  fc.constantFrom(
    '<p>',
    '</p>',
    '<div class="ad">',
    '<div>',
    '</div>',
    '<article>',
    '</article>',
    '<br>',
    '<script>',
    '</script>',
    '<h1>',
    '</h1>',
    '<!--',
    '-->',
    '<meta property="og:site_name" content="',
    '<script type="application/ld+json">{"@type":"NewsArticle","datePublished":',
    '"',
    '<',
    '>',
    '&amp;',
    '&#0;',
    '\u0000',
  ),
  fc.lorem({ maxCount: 30, mode: 'sentences' }),
  fc.string({ maxLength: 20 }),
);

describe('extractArticle on arbitrary markup', () => {
  it('returns text with blank-line paragraphs or throws no_article_found, nothing else', () => {
    let found = 0;
    fc.assert(
      fc.property(
        fc.array(token, { maxLength: 120 }),
        fc.constantFrom('text/html', 'text/plain' as const),
        (tokens, mediaType) => {
          try {
            const article = extractArticle({
              mediaType: mediaType as 'text/html' | 'text/plain',
              text: tokens.join(''),
            });
            found++;
            expect(article.text.length).toBeGreaterThan(0);
            expect(article.text).not.toMatch(/\n{3}/);
            expect(article.text).toBe(article.text.trim());
          } catch (err) {
            expect(err).toBeInstanceOf(AppError);
            expect((err as AppError).code).toBe('no_article_found');
          }
        },
      ),
      { numRuns: 300 },
    );
    // Both outcomes must actually occur, or the property says little.
    expect(found).toBeGreaterThan(10);
    expect(found).toBeLessThan(290);
  });
});
