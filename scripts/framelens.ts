// The framelens command-line tool: `npm run --silent framelens -- --help`. Logic lives in lib/cli.
import { runCli } from '@/lib/cli/run';

runCli(process.argv.slice(2), { stdout: process.stdout, stderr: process.stderr, stdin: process.stdin }).then(
  (code) => {
    process.exitCode = code;
  },
);
