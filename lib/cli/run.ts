import { once } from 'node:events';
import { createReadStream, statSync } from 'node:fs';
import { createInterface } from 'node:readline';
import type { Readable, Writable } from 'node:stream';
import { analyzeArticle } from '@/lib/analysis/analyze';
import { compareArticles } from '@/lib/analysis/compare';
import { CliError } from './cli-error';
import { parseJsonlLine, readArticleFile } from './read-input';
import { formatReport } from './report';

export interface CliIo {
  stdout: Writable;
  stderr: Writable;
  stdin?: Readable;
}

export const USAGE = `Usage: npm run --silent framelens -- <command>

Commands:
  compare A.txt B.txt [--json]   compare two articles; a readable report, or with --json the Comparison JSON
  analyze --jsonl IN.jsonl       one {"id", "text"} per input line -> one {"id", "analysis"} per output line
                                 (IN.jsonl may be - for standard input)
  --help                         this text

Output goes to standard output, messages to standard error.
Exit codes: 0 done, 2 bad command line or input (missing file, empty text, invalid line), 1 anything else.
`;

/** Writes a chunk and waits when the stream asks us to, so a long JSONL run never buffers in memory. */
async function write(out: Writable, chunk: string): Promise<void> {
  if (!out.write(chunk)) await once(out, 'drain');
}

async function compare(args: string[], io: CliIo): Promise<void> {
  const json = args.includes('--json');
  const files = args.filter((a) => a !== '--json');
  const unknown = files.find((f) => f.startsWith('--'));
  if (unknown) throw new CliError(`compare: unknown option ${unknown}`);
  if (files.length !== 2) throw new CliError('compare: give exactly two files: compare A.txt B.txt [--json]');
  const [fa = '', fb = ''] = files;
  const a = readArticleFile(fa);
  const b = readArticleFile(fb);
  const comparison = compareArticles({ text: a }, { text: b });
  await write(
    io.stdout,
    json ? `${JSON.stringify(comparison, null, 2)}\n` : formatReport(comparison, [fa, fb], [a, b]),
  );
}

async function analyze(args: string[], io: CliIo): Promise<void> {
  const at = args.indexOf('--jsonl');
  const file = at >= 0 ? args[at + 1] : undefined;
  if (!file || args.length !== 2) throw new CliError('analyze: usage: analyze --jsonl IN.jsonl');
  let input: Readable;
  if (file === '-') {
    if (!io.stdin) throw new CliError('analyze: no standard input');
    input = io.stdin;
  } else {
    try {
      if (statSync(file).isDirectory()) throw new CliError(`${file}: is a folder, not a JSONL file`);
    } catch (err) {
      if (err instanceof CliError) throw err;
      throw new CliError(`${file}: no such file`);
    }
    input = createReadStream(file, 'utf8');
  }
  const lines = createInterface({ input, crlfDelay: Number.POSITIVE_INFINITY });
  let lineNo = 0;
  let done = 0;
  try {
    for await (const line of lines) {
      lineNo++;
      if (!line.trim()) continue; // blank lines (a trailing newline) carry no record
      const { id, text } = parseJsonlLine(line, lineNo, file);
      await write(io.stdout, `${JSON.stringify({ id, analysis: analyzeArticle(text) })}\n`);
      done++;
    }
  } finally {
    lines.close();
  }
  io.stderr.write(`analysed ${done} article${done === 1 ? '' : 's'}\n`);
}

/** Runs one CLI command; resolves to the process exit code. */
export async function runCli(argv: readonly string[], io: CliIo): Promise<number> {
  const [command, ...rest] = argv;
  try {
    if (!command || command === '--help' || command === '-h' || command === 'help') {
      (command ? io.stdout : io.stderr).write(USAGE);
      return command ? 0 : 2;
    }
    if (command === 'compare') await compare(rest, io);
    else if (command === 'analyze') await analyze(rest, io);
    else throw new CliError(`unknown command '${command}' (try --help)`);
    return 0;
  } catch (err) {
    if (err instanceof CliError) {
      io.stderr.write(`framelens: ${err.message}\n`);
      return err.exitCode;
    }
    io.stderr.write(
      `framelens: unexpected error: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`,
    );
    return 1;
  }
}
