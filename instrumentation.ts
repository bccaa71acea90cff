// Runs once when the server starts: load the language model and lexicons now, so the first reader's
// request does not pay for it.
export async function register(): Promise<void> {
  if (process.env.NEXT_RUNTIME !== 'nodejs') return;
  const { warmUp } = await import('@/lib/analysis');
  warmUp();
}
