import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import floorsFile from '@/scripts/advisory-floors.json';
import { belowFloors, compareVersions } from '@/scripts/audit.mjs';

const floors = floorsFile.floors;

describe('compareVersions', () => {
  it.each([
    ['16.3.3', '16.3.3', 0],
    ['16.3.2', '16.3.3', -1],
    ['16.4.0', '16.3.3', 1],
    ['16.10.0', '16.9.9', 1],
    ['17.0.0', '16.99.99', 1],
    ['16.3.3-canary.4', '16.3.3', -1],
    ['16.3.3', '16.3.3-canary.4', 1],
    ['v19.2.4', '19.2.4', 0],
  ])('%s against %s is %i', (a, b, want) => {
    expect(compareVersions(a, b)).toBe(want);
  });
});

describe('belowFloors (the offline advisory check CI runs)', () => {
  const lock = (entries: Record<string, string>) => ({
    packages: Object.fromEntries(Object.entries(entries).map(([path, version]) => [path, { version }])),
  });

  it('flags an old next, nested copies too, and names the advisories', () => {
    const low = belowFloors(
      lock({
        '': '0.1.0',
        'node_modules/next': '16.2.4',
        'node_modules/some-lib/node_modules/react-server-dom-webpack': '19.2.0',
      }),
      floors,
    );
    expect(low.map((l: { path: string }) => l.path)).toEqual([
      'node_modules/next',
      'node_modules/some-lib/node_modules/react-server-dom-webpack',
    ]);
    expect(low[0]?.advisories.join(' ')).toContain('GHSA-9qr9-h5gf-34mp');
  });

  it('passes versions at or past the floor and ignores packages it has no floor for', () => {
    expect(
      belowFloors(lock({ 'node_modules/next': '16.3.3', 'node_modules/nextra': '1.0.0' }), floors),
    ).toEqual([]);
  });

  it('passes the lockfile this checkout installs', () => {
    expect(belowFloors(JSON.parse(readFileSync('package-lock.json', 'utf8')), floors)).toEqual([]);
  });

  it('gives every floor a version, a severity, advisories and a source', () => {
    for (const f of floors) {
      expect(f.minimum).toMatch(/^\d+\.\d+\.\d+$/);
      expect(['high', 'critical']).toContain(f.severity);
      expect(f.advisories.length).toBeGreaterThan(0);
      expect(f.source).toMatch(/^https:\/\//);
    }
  });
});
