import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { AppError } from '@/lib/errors';
import { SqliteStore, sqlitePath } from '@/lib/store/sqlite';
import { sampleRecord, storeContract } from './contract';

const dir = mkdtempSync(join(tmpdir(), 'framelens-sqlite-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

storeContract('SQLite', async () => new SqliteStore(join(dir, 'contract', 'framelens.db')));

describe('SqliteStore', () => {
  it('opens nothing until first used (next build imports it)', async () => {
    const file = join(dir, 'lazy', 'framelens.db');
    const store = new SqliteStore(file);
    expect(existsSync(file)).toBe(false);
    await store.get('AAAAAAAAAAAAAAAAAAAAAA');
    expect(existsSync(file)).toBe(true);
    await store.close();
  });

  it('runs in WAL mode with synchronous=FULL', async () => {
    const store = new SqliteStore(join(dir, 'pragmas', 'framelens.db'));
    expect(store.pragmas()).toEqual({ journalMode: 'wal', synchronous: 2 });
    await store.close();
  });

  it('refuses UPDATE and DELETE at the database level: records are immutable', async () => {
    const file = join(dir, 'immutable', 'framelens.db');
    const store = new SqliteStore(file);
    const id = await store.save(sampleRecord());
    await store.close();
    const db = new Database(file);
    try {
      expect(() => db.prepare("UPDATE comparisons SET model_version = 'x' WHERE id = ?").run(id)).toThrow(
        /immutable/,
      );
      expect(() => db.prepare('DELETE FROM comparisons WHERE id = ?').run(id)).toThrow(/immutable/);
    } finally {
      db.close();
    }
  });

  it('wraps a database that cannot be opened as storage_unavailable', async () => {
    const blocker = join(dir, 'not-a-folder');
    writeFileSync(blocker, 'a file where the data folder should be');
    const store = new SqliteStore(join(blocker, 'framelens.db'));
    await expect(store.save(sampleRecord())).rejects.toSatisfy(
      (e) => e instanceof AppError && e.code === 'storage_unavailable' && e.status === 503,
    );
  });

  it('puts the file in FRAMELENS_DATA_DIR, default .data/', () => {
    expect(sqlitePath('/srv/framelens')).toBe('/srv/framelens/framelens.db');
    expect(sqlitePath()).toMatch(/\.data\/framelens\.db$|framelens\.db$/);
  });
});
