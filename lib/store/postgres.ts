import 'server-only';
import { Pool, type PoolConfig } from 'pg';
import { AppError } from '@/lib/errors';
import { isValidId, newId } from '@/lib/ids';
import { fromRow, type StoredRow, storageError, toRow } from './row';
import type { ComparisonStore, NewComparisonRecord, StoredComparison } from './types';

// Any constant works; it only serialises concurrent schema creation by several app instances.
const SCHEMA_LOCK = 0x46_4c_45_4e; // 'FLEN'

const SCHEMA = `
CREATE TABLE IF NOT EXISTS comparisons (
  id text PRIMARY KEY,
  created_at timestamptz NOT NULL,
  model_version text NOT NULL,
  input_json jsonb NOT NULL,
  comparison_json jsonb NOT NULL
);
CREATE OR REPLACE FUNCTION framelens_comparisons_immutable() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN RAISE EXCEPTION 'comparisons are immutable'; END $$;
DO $$ BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_trigger WHERE tgname = 'comparisons_immutable'
                 AND tgrelid = 'comparisons'::regclass) THEN
    CREATE TRIGGER comparisons_immutable BEFORE UPDATE OR DELETE ON comparisons
      FOR EACH ROW EXECUTE FUNCTION framelens_comparisons_immutable();
    CREATE TRIGGER comparisons_no_truncate BEFORE TRUNCATE ON comparisons
      FOR EACH STATEMENT EXECUTE FUNCTION framelens_comparisons_immutable();
  END IF;
END $$;
`;

/**
 * PostgreSQL adapter, used when DATABASE_URL is set. Rows are only ever inserted under random ids, so any
 * number of app instances can share one database without coordinating. The pool connects on first use.
 */
export class PostgresStore implements ComparisonStore {
  private pool: Pool | undefined;
  private ready: Promise<void> | undefined;

  constructor(private readonly config: PoolConfig) {}

  static fromUrl(connectionString: string): PostgresStore {
    return new PostgresStore({
      connectionString,
      max: Number(process.env.FRAMELENS_PG_POOL_MAX) || 10,
      // A database that is down must become a quick 503, not a hung request.
      connectionTimeoutMillis: 5_000,
      idleTimeoutMillis: 30_000,
      statement_timeout: 10_000,
    });
  }

  private getPool(): Pool {
    if (!this.pool) {
      this.pool = new Pool(this.config);
      // An idle client losing its connection emits 'error' on the pool; unhandled, it would kill the process.
      this.pool.on('error', (err) =>
        console.error('[framelens] storage: idle PostgreSQL client failed', err),
      );
    }
    return this.pool;
  }

  private async ensureSchema(): Promise<void> {
    this.ready ??= (async () => {
      const client = await this.getPool().connect();
      try {
        await client.query('BEGIN');
        await client.query('SELECT pg_advisory_xact_lock($1)', [SCHEMA_LOCK]);
        await client.query(SCHEMA);
        await client.query('COMMIT');
      } catch (err) {
        await client.query('ROLLBACK').catch(() => {});
        throw err;
      } finally {
        client.release();
      }
    })().catch((err) => {
      // Try again on the next request (the database may just be starting).
      this.ready = undefined;
      throw storageError('prepare the PostgreSQL schema', err);
    });
    return this.ready;
  }

  async save(record: NewComparisonRecord): Promise<string> {
    await this.ensureSchema();
    const row = toRow(record);
    for (let attempt = 0; ; attempt++) {
      const id = newId();
      try {
        await this.getPool().query(
          'INSERT INTO comparisons (id, created_at, model_version, input_json, comparison_json) VALUES ($1, $2, $3, $4::jsonb, $5::jsonb)',
          [id, row.created_at, row.model_version, row.input_json, row.comparison_json],
        );
        return id;
      } catch (err) {
        // 23505 unique_violation: a freak id collision; draw again.
        if ((err as { code?: string }).code === '23505' && attempt < 3) continue;
        throw storageError('save the comparison', err);
      }
    }
  }

  async get(id: string): Promise<StoredComparison | null> {
    if (!isValidId(id)) return null;
    await this.ensureSchema();
    let rows: StoredRow[];
    try {
      const result = await this.getPool().query<StoredRow & { created_at: Date }>(
        'SELECT id, created_at, model_version, input_json::text AS input_json, comparison_json::text AS comparison_json FROM comparisons WHERE id = $1',
        [id],
      );
      rows = result.rows.map((r) => ({ ...r, created_at: new Date(r.created_at).toISOString() }));
    } catch (err) {
      throw storageError('read the comparison', err);
    }
    const row = rows[0];
    return row ? fromRow(row) : null;
  }

  async close(): Promise<void> {
    const pool = this.pool;
    this.pool = undefined;
    this.ready = Promise.reject(new AppError('storage_unavailable', 'The comparison store is closed.'));
    this.ready.catch(() => {});
    await pool?.end();
  }
}
