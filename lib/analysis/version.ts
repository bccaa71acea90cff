import { createHash } from 'node:crypto';

/** Bump when analysis code changes what it outputs for the same lexicons. */
export const CODE_VERSION = '0.3.14';

let cached: string | undefined;

/** `<code version>+<hash of every lexicon and gazetteer file>`: a stored comparison keeps the one it was made with. */
export function modelVersion(data: readonly unknown[]): string {
  if (cached) return cached;
  const hash = createHash('sha256');
  for (const d of data) hash.update(JSON.stringify(d));
  cached = `${CODE_VERSION}+${hash.digest('hex').slice(0, 10)}`;
  return cached;
}
