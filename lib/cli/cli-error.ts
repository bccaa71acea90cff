/** A problem with the command line or its input: the CLI prints the message and exits with code 2. */
export class CliError extends Error {
  readonly exitCode = 2;
}
