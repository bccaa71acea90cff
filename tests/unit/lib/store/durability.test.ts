import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { SqliteStore } from '@/lib/store/sqlite';
import type { NewComparisonRecord } from '@/lib/store/types';

const dir = mkdtempSync(join(tmpdir(), 'framelens-durability-'));
const file = join(dir, 'framelens.db');
/** Children still running: a test that fails or times out must not leave one saving forever. */
const running = new Set<ChildProcess>();
afterAll(() => {
  for (const child of running) child.kill('SIGKILL');
  rmSync(dir, { recursive: true, force: true });
});

interface Ack {
  id: string;
  record: NewComparisonRecord;
}

/** Starts the saving child, collects its acknowledgements and SIGKILLs it once `killAfter` have arrived. */
function runAndKill(killAfter: number): Promise<Ack[]> {
  return new Promise((resolve, reject) => {
    const child: ChildProcess = spawn(
      process.execPath,
      ['-C', 'react-server', '--import', 'tsx', 'scripts/durability-child.ts', file],
      { stdio: ['ignore', 'pipe', 'pipe'] },
    );
    running.add(child);
    const acks: Ack[] = [];
    let pending = '';
    let stderr = '';
    child.stderr?.on('data', (d: Buffer) => {
      stderr += d.toString();
    });
    child.stdout?.on('data', (d: Buffer) => {
      pending += d.toString();
      const lines = pending.split('\n');
      pending = lines.pop() ?? ''; // a half-written line was never fully acknowledged
      for (const line of lines) acks.push(JSON.parse(line) as Ack);
      if (acks.length >= killAfter && child.exitCode === null && !child.killed) child.kill('SIGKILL');
    });
    child.on('error', reject);
    child.on('exit', (code, signal) => {
      running.delete(child);
      if (signal === 'SIGKILL') resolve(acks);
      else reject(new Error(`child exited with ${code} before it was killed: ${stderr}`));
    });
  });
}

describe('SQLite durability', () => {
  // Three child processes that each load tsx: on a loaded 2-core machine that alone can take half a minute.
  it('every save acknowledged before a SIGKILL reads back intact after reopening', {
    timeout: 120_000,
  }, async () => {
    const acks: Ack[] = [];
    // Three crashes into the same file, at different points of the loop; each restart recovers the WAL.
    for (const killAfter of [150, 237, 311]) acks.push(...(await runAndKill(killAfter)));

    const store = new SqliteStore(file);
    let intact = 0;
    const broken: string[] = [];
    for (const { id, record } of acks) {
      const back = await store.get(id);
      if (JSON.stringify(back) === JSON.stringify({ id, ...record })) intact++;
      else broken.push(id);
    }
    await store.close();
    console.log(`durability: ${intact}/${acks.length} acknowledged saves read back intact after 3 SIGKILLs`);
    expect(broken).toEqual([]);
    expect(acks.length).toBeGreaterThanOrEqual(150 + 237 + 311);
  });
});
