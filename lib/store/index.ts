import 'server-only';
import { PostgresStore } from './postgres';
import { SqliteStore } from './sqlite';
import type { ComparisonStore } from './types';

export type { ComparisonInput, ComparisonStore, NewComparisonRecord, StoredComparison } from './types';

// Kept on globalThis so a dev server's module reloads share one connection instead of leaking them.
const slot = globalThis as typeof globalThis & { __framelensStore?: ComparisonStore };

/** The process's one store: PostgreSQL when DATABASE_URL is set, else SQLite in FRAMELENS_DATA_DIR. Created on first call. */
export function getStore(): ComparisonStore {
  slot.__framelensStore ??= process.env.DATABASE_URL
    ? PostgresStore.fromUrl(process.env.DATABASE_URL)
    : new SqliteStore();
  return slot.__framelensStore;
}

/** Which engine `getStore` uses under the current environment. */
export function storeEngine(): 'postgres' | 'sqlite' {
  return process.env.DATABASE_URL ? 'postgres' : 'sqlite';
}

/** Closes and forgets the process's store (tests, graceful shutdown); the next `getStore` opens a new one. */
export async function closeStore(): Promise<void> {
  const store = slot.__framelensStore;
  slot.__framelensStore = undefined;
  await store?.close();
}
