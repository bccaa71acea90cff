/**
 * The site's public origin from FRAMELENS_PUBLIC_URL (e.g. https://framelens.example.org), or null.
 * Never derived from the Host header: a client controls that, and links built from it could point elsewhere.
 */
export function publicOrigin(env: Record<string, string | undefined> = process.env): string | null {
  const raw = env.FRAMELENS_PUBLIC_URL?.trim();
  if (!raw) return null;
  try {
    const url = new URL(raw);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.origin : null;
  } catch {
    return null;
  }
}

/** `path` made absolute on the public origin when one is configured, else left relative. */
export function publicUrl(path: string, env?: Record<string, string | undefined>): string {
  const origin = publicOrigin(env);
  return origin ? new URL(path, origin).toString() : path;
}
