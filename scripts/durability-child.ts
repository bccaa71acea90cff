// Durability probe: saves comparisons to the SQLite store in a loop and prints each one after save returned.
// Run: node -C react-server --import tsx scripts/durability-child.ts <database file>
// The parent (tests/unit/lib/store/durability.test.ts) kills it with SIGKILL mid-loop, then checks that every
// printed ("acknowledged") record reads back intact.
import { randomBytes } from 'node:crypto';
import type { Comparison } from '@/lib/analysis/types';
import { SqliteStore } from '@/lib/store/sqlite';
import type { NewComparisonRecord } from '@/lib/store/types';

const file = process.argv[2];
if (!file) {
  console.error('usage: durability-child.ts <database file>');
  process.exit(2);
}

const store = new SqliteStore(file);

function record(seq: number): NewComparisonRecord {
  const token = randomBytes(12).toString('hex');
  const text = `Record ${seq} ${token}. ${'Officials said the shipment arrived. '.repeat(50)}`;
  return {
    createdAt: new Date().toISOString(),
    modelVersion: `durability+${seq}`,
    input: { a: { text, outlet: `Outlet ${seq}` }, b: { text: `${token} ${seq}` } },
    comparison: { modelVersion: `durability+${seq}`, findings: [token], seq } as unknown as Comparison,
  };
}

async function main(): Promise<never> {
  for (let seq = 0; ; seq++) {
    const r = record(seq);
    const id = await store.save(r);
    process.stdout.write(`${JSON.stringify({ id, record: r })}\n`);
  }
}

void main();
