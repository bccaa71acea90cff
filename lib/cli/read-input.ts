import { readFileSync, statSync } from 'node:fs';
import { CliError } from './cli-error';

/** Reads an article file, or fails with a message naming it (missing, a folder, empty). */
export function readArticleFile(path: string): string {
  let text: string;
  try {
    if (statSync(path).isDirectory()) throw new CliError(`${path}: is a folder, not a text file`);
    text = readFileSync(path, 'utf8');
  } catch (err) {
    if (err instanceof CliError) throw err;
    const code = (err as NodeJS.ErrnoException).code;
    throw new CliError(
      code === 'ENOENT' ? `${path}: no such file` : `${path}: cannot be read (${code ?? err})`,
    );
  }
  if (!text.trim()) throw new CliError(`${path}: the file is empty (no article text)`);
  return text;
}

export interface JsonlLine {
  id: string;
  text: string;
}

/** Parses one input line of `analyze --jsonl`; `lineNo` is 1-based and named in every error. */
export function parseJsonlLine(line: string, lineNo: number, file: string): JsonlLine {
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch {
    throw new CliError(`${file}: line ${lineNo}: not valid JSON`);
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value))
    throw new CliError(`${file}: line ${lineNo}: expected an object {"id": string, "text": string}`);
  const { id, text } = value as Record<string, unknown>;
  if (typeof id !== 'string' || !id)
    throw new CliError(`${file}: line ${lineNo}: "id" must be a non-empty string`);
  if (typeof text !== 'string') throw new CliError(`${file}: line ${lineNo}: "text" must be a string`);
  if (!text.trim()) throw new CliError(`${file}: line ${lineNo}: "text" is empty`);
  return { id, text };
}
