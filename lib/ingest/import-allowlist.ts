/**
 * The test-only allowlist: FRAMELENS_IMPORT_ALLOW = comma-separated `host:port` entries that may be fetched
 * although they are loopback. Off by default. Read on every call, so tests can set it after import.
 */
export function importAllowlist(raw: string | undefined = process.env.FRAMELENS_IMPORT_ALLOW): Set<string> {
  const entries = new Set<string>();
  for (const item of (raw ?? '').split(',')) {
    const key = allowKey(item.trim());
    if (key) entries.add(key);
  }
  return entries;
}

/** Normalises `host:port` (IPv6 in brackets) the way a URL would, so `127.1:8080` matches `127.0.0.1:8080`. */
export function allowKey(hostPort: string): string | null {
  const colon = hostPort.lastIndexOf(':');
  if (colon <= 0) return null;
  const host = hostPort.slice(0, colon);
  const port = hostPort.slice(colon + 1);
  if (!/^\d{1,5}$/.test(port) || Number(port) > 65535) return null;
  try {
    return `${new URL(`http://${host}/`).hostname}:${Number(port)}`;
  } catch {
    return null;
  }
}
