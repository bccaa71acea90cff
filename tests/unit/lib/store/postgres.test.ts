import { createServer } from 'node:net';
import { Client } from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AppError } from '@/lib/errors';
import { PostgresStore } from '@/lib/store/postgres';
import { sampleRecord, storeContract } from './contract';

const url = process.env.TEST_DATABASE_URL;
// Each run gets its own schema, so the suite never sees (or leaves) rows of another run.
const schema = `framelens_test_${process.pid}_${Date.now()}`;
const open = async () => new PostgresStore({ connectionString: url, options: `-c search_path=${schema}` });

if (!url) {
  describe('PostgresStore', () => {
    // Locally the suite needs a server (`source .ci/postgres.sh && start_test_postgres`); CI always starts
    // one, so there a missing database is a failure, never a quiet skip.
    it.skipIf(!process.env.CI)('needs TEST_DATABASE_URL (not set)', () => {
      throw new Error('TEST_DATABASE_URL is not set: .ci/run should have started PostgreSQL');
    });
  });
} else {
  beforeAll(async () => {
    const client = new Client({ connectionString: url });
    await client.connect();
    await client.query(`CREATE SCHEMA ${schema}`);
    await client.end();
  });
  afterAll(async () => {
    const client = new Client({ connectionString: url });
    await client.connect();
    await client.query(`DROP SCHEMA ${schema} CASCADE`);
    await client.end();
  });

  storeContract('PostgreSQL', open);

  describe('PostgresStore', () => {
    it('refuses UPDATE, DELETE and TRUNCATE at the database level: records are immutable', async () => {
      const store = await open();
      const id = await store.save(sampleRecord());
      await store.close();
      const client = new Client({ connectionString: url, options: `-c search_path=${schema}` });
      await client.connect();
      try {
        await expect(
          client.query("UPDATE comparisons SET model_version = 'x' WHERE id = $1", [id]),
        ).rejects.toThrow(/immutable/);
        await expect(client.query('DELETE FROM comparisons WHERE id = $1', [id])).rejects.toThrow(
          /immutable/,
        );
        await expect(client.query('TRUNCATE comparisons')).rejects.toThrow(/immutable/);
      } finally {
        await client.end();
      }
    });

    it('creates the schema once when several instances start together', async () => {
      const stores = await Promise.all(Array.from({ length: 4 }, open));
      const ids = await Promise.all(stores.map((s, i) => s.save(sampleRecord(`instance ${i}`, i))));
      for (const [i, id] of ids.entries())
        expect((await stores[(i + 1) % 4]?.get(id))?.input.a.text).toBe(`instance ${i}`);
      await Promise.all(stores.map((s) => s.close()));
    });
  });
}

describe('PostgresStore without a database', () => {
  let port = 0;
  beforeAll(async () => {
    // A loopback port that was free a moment ago: nothing listens there, so connecting is refused.
    const server = createServer();
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    port = (server.address() as { port: number }).port;
    await new Promise((resolve) => server.close(resolve));
  });

  it('reports storage_unavailable (503), not a crash, when the database is down', async () => {
    const store = PostgresStore.fromUrl(`postgres://nobody@127.0.0.1:${port}/none`);
    await expect(store.save(sampleRecord())).rejects.toSatisfy(
      (e) => e instanceof AppError && e.code === 'storage_unavailable' && e.status === 503,
    );
    await expect(store.get('AAAAAAAAAAAAAAAAAAAAAA')).rejects.toSatisfy(
      (e) => e instanceof AppError && e.code === 'storage_unavailable',
    );
    await store.close();
  });
});
