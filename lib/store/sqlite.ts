import 'server-only';
import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import Database from 'better-sqlite3';
import { AppError } from '@/lib/errors';
import { isValidId, newId } from '@/lib/ids';
import { fromRow, type StoredRow, storageError, toRow } from './row';
import type { ComparisonStore, NewComparisonRecord, StoredComparison } from './types';

const SCHEMA = `
CREATE TABLE IF NOT EXISTS comparisons (
  id TEXT PRIMARY KEY,
  created_at TEXT NOT NULL,
  model_version TEXT NOT NULL,
  input_json TEXT NOT NULL,
  comparison_json TEXT NOT NULL
) STRICT;
CREATE TRIGGER IF NOT EXISTS comparisons_no_update BEFORE UPDATE ON comparisons
BEGIN SELECT RAISE(ABORT, 'comparisons are immutable'); END;
CREATE TRIGGER IF NOT EXISTS comparisons_no_delete BEFORE DELETE ON comparisons
BEGIN SELECT RAISE(ABORT, 'comparisons are immutable'); END;
`;

/** The database file for a data folder (FRAMELENS_DATA_DIR, default `.data/`). */
export function sqlitePath(dataDir = process.env.FRAMELENS_DATA_DIR || '.data'): string {
  // Resolved at run time from the environment; nothing here is part of the build's file tracing.
  return join(resolve(/*turbopackIgnore: true*/ dataDir), 'framelens.db');
}

/**
 * SQLite adapter: one file, WAL journal with synchronous=FULL so an acknowledged save survives a crash
 * (and a power cut). The file is opened on first use, never at import, so `next build` never touches it.
 */
export class SqliteStore implements ComparisonStore {
  private db: Database.Database | undefined;
  private insert: Database.Statement<[string, string, string, string, string]> | undefined;
  private select: Database.Statement<[string], StoredRow> | undefined;
  private closed = false;

  constructor(private readonly file: string = sqlitePath()) {}

  private open(): Database.Database {
    if (this.db) return this.db;
    if (this.closed) throw new AppError('storage_unavailable', 'The comparison store is closed.');
    try {
      mkdirSync(join(this.file, '..'), { recursive: true });
      const db = new Database(this.file);
      db.pragma('journal_mode = WAL');
      db.pragma('synchronous = FULL');
      // Several processes (e.g. a CLI beside the server) may share the file; wait for a writer instead of failing.
      db.pragma('busy_timeout = 5000');
      db.exec(SCHEMA);
      this.insert = db.prepare(
        'INSERT INTO comparisons (id, created_at, model_version, input_json, comparison_json) VALUES (?, ?, ?, ?, ?)',
      );
      this.select = db.prepare<[string], StoredRow>(
        'SELECT id, created_at, model_version, input_json, comparison_json FROM comparisons WHERE id = ?',
      );
      this.db = db;
      return db;
    } catch (err) {
      throw storageError('open the SQLite database', err);
    }
  }

  async save(record: NewComparisonRecord): Promise<string> {
    this.open();
    const row = toRow(record);
    // 128 random bits never collide in practice; the retry only keeps a freak collision from being an error.
    for (let attempt = 0; ; attempt++) {
      const id = newId();
      try {
        this.insert?.run(id, row.created_at, row.model_version, row.input_json, row.comparison_json);
        return id;
      } catch (err) {
        const code = (err as { code?: string }).code;
        if (code === 'SQLITE_CONSTRAINT_PRIMARYKEY' && attempt < 3) continue;
        throw storageError('save the comparison', err);
      }
    }
  }

  async get(id: string): Promise<StoredComparison | null> {
    if (!isValidId(id)) return null;
    this.open();
    let row: StoredRow | undefined;
    try {
      row = this.select?.get(id);
    } catch (err) {
      throw storageError('read the comparison', err);
    }
    return row ? fromRow(row) : null;
  }

  /** The journal mode and synchronous level in force, for tests and diagnostics. */
  pragmas(): { journalMode: string; synchronous: number } {
    const db = this.open();
    return {
      journalMode: String(db.pragma('journal_mode', { simple: true })),
      synchronous: Number(db.pragma('synchronous', { simple: true })),
    };
  }

  async close(): Promise<void> {
    this.closed = true;
    this.db?.close();
    this.db = undefined;
  }
}
