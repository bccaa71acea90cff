/** Thrown when an analysis runs past its deadline; callers turn it into a clear error for the reader. */
export class AnalysisTimeout extends Error {
  constructor() {
    super('The analysis ran past its time budget.');
    this.name = 'AnalysisTimeout';
  }
}

/** A wall-clock deadline in ms since the epoch; undefined means no budget. */
export type Deadline = number | undefined;

/**
 * Stages are linear in the text, so checking between them bounds the overrun by one stage.
 * `>=` makes a zero budget fail at the first check, whatever the clock's resolution.
 */
export function checkDeadline(deadline: Deadline): void {
  if (deadline !== undefined && Date.now() >= deadline) throw new AnalysisTimeout();
}
