import { describe, expect, it } from 'vitest';
import { AppError } from '@/lib/errors';
import { extractArticle } from '@/lib/ingest/extract-article';
import { normalizeDate } from '@/lib/ingest/read-page-meta';
import { MAX_FIELD_CHARS } from '@/lib/validation';
import { fixture } from './fixture-server';

const html = (text: string) => extractArticle({ mediaType: 'text/html', text });

const BODY = Array.from(
  { length: 5 },
  (_, i) =>
    `<p>Paragraph ${i + 1} of a story long enough for Readability to treat it as the article body.</p>`,
).join('');

describe('extractArticle on a news page with navigation, ads, comments and footer', () => {
  const article = html(fixture('news-article.html'));
  const paragraphs = article.text.split('\n\n');

  it('reads the metadata the page declares', () => {
    expect({ ...article, text: undefined }).toEqual({
      title: 'Harbour town votes to close quay to cars after flooding',
      byline: 'Mara Lindqvist',
      outlet: 'The Coastal Ledger',
      date: '2026-03-14',
      text: undefined,
    });
  });

  it('keeps the article paragraphs, in order, separated by blank lines', () => {
    expect(paragraphs[0]).toMatch(/^The town council of Westerhaven voted on Thursday evening/);
    expect(paragraphs).toContain('What happens next');
    expect(paragraphs.at(-1)).toMatch(/^Residents who lost furniture .* after the vote\.$/);
    expect(paragraphs).toHaveLength(7);
    expect(article.text).toContain('the quay road had been "living on borrowed time" since the wall');
    expect(article.text).not.toMatch(/\n{3}|[ \t]\n|\n[ \t]/);
  });

  it('leaves out navigation, ads, related links, comments, footer and script output', () => {
    for (const clutter of [
      'Subscribe today',
      'Politics',
      'Advertisement',
      'Luxury sea-view',
      'meal-kit',
      'weird trick',
      'Related stories',
      'Share on social',
      'seagull_watcher',
      'This will finish us off',
      'All rights reserved',
      'Registered office',
      'SCRIPT RAN',
      'HIJACKED',
      'dataLayer',
    ]) {
      expect(article.text, clutter).not.toContain(clutter);
    }
    expect(article.title).not.toContain('HIJACKED');
  });
});

describe('extractArticle on a blog page with metadata only in JSON-LD', () => {
  const article = html(fixture('blog-post.html'));

  it('reads headline, author, publisher and date from an @graph, ignoring a broken block', () => {
    expect(article.title).toBe('Field notes: counting swifts over the old mill');
    expect(article.byline).toBe('Oskar Brandt');
    expect(article.outlet).toBe('Northfield Naturalists');
    expect(article.date).toBe('2025-07-02');
  });

  it('keeps the four post paragraphs and none of the sidebar', () => {
    const paragraphs = article.text.split('\n\n');
    expect(paragraphs).toHaveLength(4);
    expect(paragraphs[1]).toContain('By nine o’clock');
    expect(article.text).not.toMatch(/Archive|binoculars|registered charity|logged in/);
  });
});

describe('extractArticle on a wire story with a cookie banner, newsletter box and sidebar', () => {
  const article = html(fixture('wire-story.html'));

  it('reads title, byline, outlet and an itemprop date', () => {
    expect({ ...article, text: undefined }).toEqual({
      title: 'Rail strike called off after overnight talks',
      byline: 'Priya Nandakumar, Transport Correspondent',
      outlet: 'Daily Meridian',
      date: '2025-11-02',
      text: undefined,
    });
  });

  it('keeps the five story paragraphs and drops the boxes around and inside them', () => {
    const paragraphs = article.text.split('\n\n');
    expect(paragraphs).toHaveLength(5);
    expect(paragraphs[0]).toMatch(/^LONDON — A national rail strike/);
    expect(paragraphs[2]).toMatch(/^“This is a fair settlement/);
    for (const clutter of [
      'cookies',
      'Accept all',
      'Breaking',
      'morning briefing',
      'Sign up',
      'Read more',
      'Most read',
      'Terms',
    ]) {
      expect(article.text, clutter).not.toContain(clutter);
    }
  });

  it('never removes a large wrapper just because its class looks like clutter', () => {
    const wrapped = html(
      `<html><body><div class="subscriber-content ad-free">${BODY}${BODY}</div></body></html>`,
    );
    expect(wrapped.text.split('\n\n')).toHaveLength(10);
  });
});

describe('extractArticle metadata fallbacks', () => {
  it('uses meta tags when there is no JSON-LD', () => {
    const article = html(`<html><head><title>Ignored title - Site</title>
      <meta property="og:title" content="Meta headline"><meta property="og:site_name" content="Meta Times">
      <meta name="author" content="A. Writer"><meta name="date" content="2024-02-29">
      </head><body><article>${BODY}</article></body></html>`);
    expect(article).toMatchObject({
      title: 'Meta headline',
      outlet: 'Meta Times',
      byline: 'A. Writer',
      date: '2024-02-29',
    });
  });

  it('clips metadata to the form field limits', () => {
    const article = html(`<html><head><meta property="og:title" content="${'Long '.repeat(400)}">
      <meta property="og:site_name" content="${'Outlet '.repeat(50)}"></head><body><article>${BODY}</article></body></html>`);
    expect(article.title?.length).toBe(MAX_FIELD_CHARS.title);
    expect(article.title?.endsWith('…')).toBe(true);
    expect(article.outlet?.length).toBeLessThanOrEqual(MAX_FIELD_CHARS.outlet);
  });

  it('returns null for what the page does not give', () => {
    const article = html(
      `<html><head><title>Only a title</title></head><body><article>${BODY}</article></body></html>`,
    );
    expect(article).toMatchObject({ title: 'Only a title', outlet: null, byline: null, date: null });
  });

  it('keeps list items and line breaks as separate paragraphs, and collapses whitespace', () => {
    const article = html(`<html><body><article>${BODY}<ul><li>First   point</li><li>Second
      point</li></ul><p>Line one<br>Line two</p></article></body></html>`);
    expect(article.text.split('\n\n').slice(-4)).toEqual([
      'First point',
      'Second point',
      'Line one',
      'Line two',
    ]);
  });
});

describe('extractArticle refuses pages without an article', () => {
  it.each([
    ['a section front of links', fixture('section-front.html')],
    ['an empty page', '<html><body></body></html>'],
    [
      'a page that is all script',
      `<html><body><script>document.write("${'x'.repeat(500)}")</script></body></html>`,
    ],
  ])('%s -> no_article_found', (_, text) => {
    expect(() => html(text)).toThrow(AppError);
    expect(() => html(text)).toThrow(expect.objectContaining({ code: 'no_article_found', status: 422 }));
  });
});

describe('extractArticle on plain text', () => {
  it('takes a short first line as the title and keeps the paragraphs', () => {
    const article = extractArticle({ mediaType: 'text/plain', text: fixture('plain-article.txt') });
    expect(article.title).toBe('Library extends opening hours over the exam season');
    const paragraphs = article.text.split('\n\n');
    expect(paragraphs).toHaveLength(3);
    expect(paragraphs[0]).toMatch(/^The central library .* on Monday\.$/);
  });

  it('refuses a text too short to be an article', () => {
    expect(() => extractArticle({ mediaType: 'text/plain', text: 'Hello.\n' })).toThrow(
      expect.objectContaining({ code: 'no_article_found' }),
    );
  });
});

describe('normalizeDate', () => {
  it.each([
    ['2026-03-14T07:45:00+00:00', '2026-03-14'],
    ['2026-03-14T23:45:00-05:00', '2026-03-14'], // the date the outlet wrote, not shifted to UTC
    ['2025-07-02', '2025-07-02'],
    ['March 3, 2024', '2024-03-03'],
  ])('%s -> %s', (raw, expected) => {
    expect(normalizeDate(raw)).toBe(expected);
  });

  it.each([['2025-02-30'], ['yesterday'], [''], [null]])('%s -> null', (raw) => {
    expect(normalizeDate(raw)).toBeNull();
  });
});
