import { describe, expect, it } from 'vitest';
import { AppError } from '@/lib/errors';
import { allowKey, importAllowlist } from '@/lib/ingest/import-allowlist';
import { parseImportUrl, type ResolvedAddress, vetTarget } from '@/lib/ingest/vet-target';

// vetTarget only resolves (here with a table) and classifies; it never connects, so public addresses
// below are classified, never contacted.
const table: Record<string, ResolvedAddress[]> = {
  'news.example': [{ address: '93.184.216.34', family: 4 }],
  'v6.example': [{ address: '2606:4700::1', family: 6 }],
  'mixed.example': [
    { address: '93.184.216.34', family: 4 },
    { address: '10.0.0.7', family: 4 },
  ],
  'mixed6.example': [
    { address: '2606:4700::1', family: 6 },
    { address: 'fd00::1', family: 6 },
  ],
  'metadata.example': [{ address: '169.254.169.254', family: 4 }],
  'nat64.example': [{ address: '64:ff9b::a9fe:a9fe', family: 6 }],
  'mapped.example': [{ address: '::ffff:10.0.0.1', family: 6 }],
  'teredo.example': [{ address: '2001:0:4136:e378:8000:63bf:3fff:fdd2', family: 6 }],
  'sixtofour.example': [{ address: '2002:a00:1::1', family: 6 }],
  'cgnat.example': [{ address: '100.64.1.1', family: 4 }],
  'local.test': [{ address: '127.0.0.1', family: 4 }],
  'private-allowed.test': [{ address: '192.168.1.10', family: 4 }],
  'empty.example': [],
};
const resolve = async (host: string) => {
  const found = table[host];
  if (!found) throw new Error(`ENOTFOUND ${host}`);
  return found;
};

async function vet(url: string, allow: string[] = []) {
  return vetTarget(parseImportUrl(url), importAllowlist(allow.join(',')), resolve);
}

async function codeOf(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
    return 'accepted';
  } catch (err) {
    if (err instanceof AppError) return err.code;
    throw err;
  }
}

describe('vetTarget', () => {
  it('accepts public hosts on 80 and 443 and pins the address it checked', async () => {
    await expect(vet('https://news.example/story')).resolves.toMatchObject({
      host: 'news.example',
      port: 443,
      address: '93.184.216.34',
      family: 4,
    });
    await expect(vet('http://v6.example:80/')).resolves.toMatchObject({ address: '2606:4700::1', family: 6 });
    await expect(vet('http://[2606:4700::1]/')).resolves.toMatchObject({ host: '2606:4700::1', port: 80 });
  });

  it.each([
    ['http://news.example:8080/', 'blocked_address'], // port
    ['https://news.example:22/', 'blocked_address'],
    ['http://mixed.example/', 'blocked_address'], // one private record among public ones
    ['http://mixed6.example/', 'blocked_address'],
    ['http://metadata.example/latest/meta-data/', 'blocked_address'],
    ['http://169.254.169.254/latest/meta-data/', 'blocked_address'],
    ['http://nat64.example/', 'blocked_address'],
    ['http://mapped.example/', 'blocked_address'],
    ['http://teredo.example/', 'blocked_address'],
    ['http://sixtofour.example/', 'blocked_address'],
    ['http://cgnat.example/', 'blocked_address'],
    ['http://local.test/', 'blocked_address'],
    ['http://[fe80::1]/', 'blocked_address'],
    ['http://[64:ff9b::127.0.0.1]/', 'blocked_address'],
    ['http://0x0a.0.0.1/', 'blocked_address'],
    ['http://nowhere.example/', 'bad_url'],
    ['http://empty.example/', 'bad_url'],
  ])('refuses %s with %s', async (url, code) => {
    expect(await codeOf(vet(url))).toBe(code);
  });

  it('lets an allowlist entry lift the loopback and port rules for that host and port only', async () => {
    expect(await codeOf(vet('http://local.test:8080/', ['local.test:8080']))).toBe('accepted');
    expect(await codeOf(vet('http://local.test:8081/', ['local.test:8080']))).toBe('blocked_address');
    expect(await codeOf(vet('http://127.0.0.1:8080/', ['127.1:8080']))).toBe('accepted');
    expect(await codeOf(vet('http://localhost:8080/', ['127.0.0.1:8080']))).toBe('blocked_address');
  });

  it('never lets the allowlist open a private network', async () => {
    expect(await codeOf(vet('http://private-allowed.test:8080/', ['private-allowed.test:8080']))).toBe(
      'blocked_address',
    );
    expect(await codeOf(vet('http://10.0.0.1:8080/', ['10.0.0.1:8080']))).toBe('blocked_address');
  });
});

describe('parseImportUrl', () => {
  it.each([
    'file:///etc/passwd',
    'gopher://example.com/',
    'data:text/html,<p>hi</p>',
    'http://user@news.example/',
    'http://user:pw@news.example/',
    'news.example/story',
    `https://news.example/${'a'.repeat(2100)}`,
  ])('refuses %s with bad_url', (url) => {
    expect(() => parseImportUrl(url)).toThrow(expect.objectContaining({ code: 'bad_url' }));
  });

  it('drops the fragment and normalises odd IPv4 spellings', () => {
    expect(parseImportUrl('https://news.example/a?b=1#c').href).toBe('https://news.example/a?b=1');
    expect(parseImportUrl('http://0x7f.1/').hostname).toBe('127.0.0.1');
  });
});

describe('importAllowlist', () => {
  it('is empty by default and normalises entries', () => {
    expect(importAllowlist('').size).toBe(0);
    expect(importAllowlist(undefined).size).toBe(0);
    expect([...importAllowlist(' 127.1:8080 , [::1]:9000,LOCALHOST:80, junk, :80, host:99999')]).toEqual([
      '127.0.0.1:8080',
      '[::1]:9000',
      'localhost:80',
    ]);
    expect(allowKey('no-port')).toBeNull();
  });
});
