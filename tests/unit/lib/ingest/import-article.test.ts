import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importArticle } from '@/lib/ingest/import-article';
import { type FixtureSite, startFixtureSite } from './fixture-server';

// Live, loopback only: the whole import (vetted fetch + extraction) against the fixture site.
let site: FixtureSite;
let allow: string[];

beforeAll(async () => {
  site = await startFixtureSite();
  allow = [`127.0.0.1:${site.port}`];
});
afterAll(() => site.close());

describe('importArticle', () => {
  it('imports the fixture news page cleanly', async () => {
    const article = await importArticle(`${site.origin}/article`, { allow });
    expect({ ...article, text: undefined }).toEqual({
      title: 'Harbour town votes to close quay to cars after flooding',
      outlet: 'The Coastal Ledger',
      date: '2026-03-14',
      url: `${site.origin}/article`,
      text: undefined,
    });
    expect(article.text.split('\n\n')).toHaveLength(7);
    expect(article.text).not.toMatch(/Advertisement|seagull_watcher|All rights reserved/);
  });

  it('gives the same article through gzip and through redirects, reporting the final address', async () => {
    const plain = await importArticle(`${site.origin}/article`, { allow });
    const gzipped = await importArticle(`${site.origin}/article-gzip`, { allow });
    const redirected = await importArticle(`${site.origin}/hops/2`, { allow });
    expect(gzipped.text).toBe(plain.text);
    expect(redirected).toEqual(plain);
  });

  it('imports the windows-1252 blog post and the plain-text article', async () => {
    const blog = await importArticle(`${site.origin}/blog`, { allow });
    expect(blog).toMatchObject({
      title: 'Field notes: counting swifts over the old mill',
      date: '2025-07-02',
    });
    expect(blog.text).toContain('Our café host, Renée');
    const plain = await importArticle(`${site.origin}/plain`, { allow });
    expect(plain.title).toBe('Library extends opening hours over the exam season');
  });

  it('refuses a page of links with no_article_found', async () => {
    await expect(importArticle(`${site.origin}/section`, { allow })).rejects.toMatchObject({
      code: 'no_article_found',
    });
  });
});
