import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { Comparison } from '@/lib/analysis/types';
import { comparisonMetadata } from '@/lib/comparison-metadata';
import { createComparison, getComparison, permalinkPath } from '@/lib/comparisons';
import { AppError } from '@/lib/errors';
import { newId } from '@/lib/ids';
import { closeStore, getStore } from '@/lib/store';

const dir = mkdtempSync(join(tmpdir(), 'framelens-comparisons-'));
process.env.FRAMELENS_DATA_DIR = dir;
delete process.env.DATABASE_URL;
afterAll(async () => {
  await closeStore();
  rmSync(dir, { recursive: true, force: true });
});

const input = {
  a: { text: 'Officials reportedly said the controversial ammo would help Kiev.', outlet: 'Outlet A' },
  b: { text: 'Ukraine said the munitions would help Kyiv.', title: 'Kyiv gets munitions' },
};

describe('createComparison and getComparison', () => {
  it('saves the analysis and reads the same snapshot back', async () => {
    const created = await createComparison(input);
    expect(created.input).toEqual(input);
    expect(created.modelVersion).toBe(created.comparison.modelVersion);
    expect(await getComparison(created.id)).toEqual(created);
  });

  it('validates what it is given, even from server code', async () => {
    await expect(createComparison({ a: { text: ' ' }, b: input.b })).rejects.toSatisfy(
      (e) => e instanceof AppError && e.code === 'invalid_input' && e.field === 'a.text',
    );
  });

  it('returns a stored snapshot untouched by the current model', async () => {
    const snapshot = { modelVersion: 'old', findings: ['old finding'] } as unknown as Comparison;
    const id = await getStore().save({
      createdAt: '2024-05-05T00:00:00.000Z',
      modelVersion: 'old',
      input,
      comparison: snapshot,
    });
    expect((await getComparison(id))?.comparison).toEqual(snapshot);
  });

  it.each([newId(), 'bad id', '', 'Example'])('returns null for unknown id %j', async (id) => {
    expect(await getComparison(id)).toBeNull();
  });

  it('analyses the bundled example once per process and never stores it', async () => {
    const first = await getComparison('example');
    expect(first?.id).toBe('example');
    expect(first?.input.a.text).toMatch(/Kiev/);
    expect(await getComparison('example')).toBe(first);
  });
});

describe('permalinkPath', () => {
  it('is /c/<id>', () => {
    expect(permalinkPath('AAAAAAAAAAAAAAAAAAAAAA')).toBe('/c/AAAAAAAAAAAAAAAAAAAAAA');
  });
});

describe('comparisonMetadata', () => {
  it('names both outlets (or titles) and sets a large-image Twitter card', async () => {
    const stored = await createComparison(input);
    const meta = comparisonMetadata(stored);
    expect(meta.title).toBe('Outlet A vs Kyiv gets munitions');
    expect(meta.twitter).toMatchObject({
      card: 'summary_large_image',
      title: 'Outlet A vs Kyiv gets munitions',
    });
    expect(meta.openGraph).toMatchObject({ type: 'article', url: `/c/${stored.id}` });
    expect(String(meta.description).length).toBeLessThanOrEqual(200);
  });

  it('falls back to "Article A" / "Article B" without outlet or title', async () => {
    const stored = await createComparison({ a: { text: 'One text.' }, b: { text: 'Another text.' } });
    expect(comparisonMetadata(stored).title).toBe('Article A vs Article B');
  });
});
