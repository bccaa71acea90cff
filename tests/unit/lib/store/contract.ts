import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { compareArticles } from '@/lib/analysis';
import type { Comparison } from '@/lib/analysis/types';
import { AppError } from '@/lib/errors';
import { isValidId, newId } from '@/lib/ids';
import type { ComparisonStore, NewComparisonRecord } from '@/lib/store/types';

/** A record with a hand-made snapshot, so the suite does not depend on what the detectors find today. */
export function sampleRecord(text = 'Officials said the shells arrived.', seq = 0): NewComparisonRecord {
  const comparison = {
    modelVersion: `test+${seq}`,
    articles: [],
    contrasts: [],
    findings: [`Finding ${seq}: A writes "Kiev", B writes "Kyiv".`],
    overlap: { a: [], b: [], sharedShareA: 0.5, sharedShareB: 0.25 },
    distinctive: { threshold: 1.96, a: [], b: [], note: null },
    charts: { loadedCategories: [], voice: [], frames: [], distinctive: [], tone: [] },
  } as unknown as Comparison;
  return {
    createdAt: new Date(Date.UTC(2026, 0, 2, 3, 4, 5, 678)).toISOString(),
    modelVersion: `test+${seq}`,
    input: {
      a: { text, title: 'A title', outlet: 'Outlet A', date: '2023-07-07', url: 'https://example.org/a' },
      b: { text: `${text} (B)` },
    },
    comparison,
  };
}

/**
 * The behaviour every ComparisonStore must have. `open` makes a store over the same backing data each time
 * it is called (a second process, or the app after a restart).
 */
export function storeContract(engine: string, open: () => Promise<ComparisonStore>): void {
  describe(`ComparisonStore contract (${engine})`, () => {
    let store: ComparisonStore;
    beforeAll(async () => {
      store = await open();
    });
    afterAll(async () => {
      await store?.close();
    });

    it('save returns a new random URL-safe id and get returns the record exactly', async () => {
      const record = sampleRecord();
      const id = await store.save(record);
      expect(isValidId(id)).toBe(true);
      expect(await store.get(id)).toEqual({ id, ...record });
    });

    it('gives every save its own id', async () => {
      const ids = new Set<string>();
      for (let i = 0; i < 40; i++) ids.add(await store.save(sampleRecord('same text', i)));
      expect(ids.size).toBe(40);
    });

    it('keeps concurrent saves apart', async () => {
      const records = Array.from({ length: 20 }, (_, i) => sampleRecord(`article number ${i}`, i));
      const ids = await Promise.all(records.map((r) => store.save(r)));
      for (const [i, id] of ids.entries()) expect(await store.get(id)).toEqual({ id, ...records[i] });
    });

    it('returns null for an unknown id of the right shape', async () => {
      expect(await store.get(newId())).toBeNull();
    });

    it.each([
      ['empty', ''],
      ['too short', 'abc'],
      ['path traversal', '../../etc/passwd'],
      ['SQL', "' OR '1'='1"],
      ['one character too long', `${newId()}x`],
      ['padding character', `${newId().slice(0, 21)}=`],
      ['very long', 'a'.repeat(10_000)],
    ])('returns null without a lookup for an id that is %s', async (_, id) => {
      expect(await store.get(id)).toBeNull();
    });

    it('round-trips text exactly: Unicode, quotes, backslashes, line separators, emoji', async () => {
      const text = "Kyiv — “controversial ammo” 'scare' \\n \\u0000 $1 %s \u2028\u2029 🇺🇦 e\u0301 \r\n end";
      const record = sampleRecord(text);
      const id = await store.save(record);
      const back = await store.get(id);
      expect(back?.input.a.text).toBe(text);
      expect(back).toEqual({ id, ...record });
    });

    it('stores a 100,000-character article and its analysis', async () => {
      const record = sampleRecord('word '.repeat(20_000));
      const id = await store.save(record);
      expect((await store.get(id))?.input.a.text.length).toBe(100_000);
    });

    it('stores a real analysis snapshot and reads it back equal', async () => {
      const input = {
        a: { text: 'Officials reportedly claimed the controversial ammo would help Kiev.' },
        b: { text: 'Ukraine said the munitions would help Kyiv, Human Rights Watch warned.' },
      };
      const comparison = compareArticles(input.a, input.b);
      const record = {
        createdAt: new Date().toISOString(),
        modelVersion: comparison.modelVersion,
        input,
        comparison,
      };
      const id = await store.save(record);
      expect(await store.get(id)).toEqual({ id, ...record });
    });

    it('keeps the snapshot as it was saved, not the caller object changed afterwards', async () => {
      const record = sampleRecord('original');
      const id = await store.save(record);
      record.input.a.text = 'changed';
      record.comparison.findings.push('added later');
      const back = await store.get(id);
      expect(back?.input.a.text).toBe('original');
      expect(back?.comparison.findings).toHaveLength(1);
    });

    it('reads a saved record from a second store over the same data (restart)', async () => {
      const record = sampleRecord('persisted');
      const id = await store.save(record);
      const second = await open();
      try {
        expect(await second.get(id)).toEqual({ id, ...record });
      } finally {
        await second.close();
      }
    });

    it('refuses to work after close with storage_unavailable', async () => {
      const closed = await open();
      await closed.close();
      await expect(closed.save(sampleRecord())).rejects.toSatisfy(
        (e) => e instanceof AppError && e.code === 'storage_unavailable',
      );
    });
  });
}
