'use client';

import { type KeyboardEvent, useEffect, useId, useRef, useState } from 'react';
import type { ImportedArticle } from '@/lib/ingest/imported-article';

type ImportState =
  | { state: 'idle' }
  | { state: 'loading' }
  | { state: 'done'; title: string | null }
  | { state: 'error'; code: string; message: string };

export interface ImportControlProps {
  /** Receives the imported article; the form fills its fields from it. */
  onImported: (article: ImportedArticle) => void;
  /** Visible label of the address field. */
  label?: string;
  /** Suffix for data-testid when a page has more than one control ('a', 'b'). */
  name?: string;
  disabled?: boolean;
}

/**
 * An address field and an Import button that asks the server to fetch and extract the article.
 * Not a <form>: it sits inside the new-comparison form, so Enter imports instead of submitting that form.
 */
export function ImportControl({
  onImported,
  label = 'Import from a web address',
  name,
  disabled = false,
}: ImportControlProps) {
  const id = useId();
  const inputId = `${id}-url`;
  const errorId = `${id}-error`;
  const [url, setUrl] = useState('');
  const [status, setStatus] = useState<ImportState>({ state: 'idle' });
  const inFlight = useRef<AbortController | null>(null);
  const loading = status.state === 'loading';
  const testId = name ? `import-control-${name}` : 'import-control';

  useEffect(() => () => inFlight.current?.abort(), []);

  async function runImport() {
    if (loading || disabled) return;
    const address = url.trim();
    if (!address) {
      setStatus({ state: 'error', code: 'bad_url', message: 'Enter the web address of an article.' });
      return;
    }
    const controller = new AbortController();
    inFlight.current = controller;
    setStatus({ state: 'loading' });
    try {
      const res = await fetch('/api/import', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ url: address }),
        signal: controller.signal,
      });
      const body: unknown = await res.json().catch(() => null);
      if (controller.signal.aborted) return;
      if (!res.ok || !isImportedArticle(body)) {
        setStatus({ state: 'error', ...describeError(body, res.status) });
        return;
      }
      setStatus({ state: 'done', title: body.title });
      onImported(body);
    } catch {
      if (controller.signal.aborted) return;
      setStatus({
        state: 'error',
        code: 'network',
        message: 'Framelens could not be reached. Check your connection and try again.',
      });
    }
  }

  function onKeyDown(event: KeyboardEvent<HTMLInputElement>) {
    if (event.key !== 'Enter') return;
    event.preventDefault(); // never submit the surrounding form from here
    void runImport();
  }

  const error = status.state === 'error' ? status : null;
  return (
    <div data-testid={testId} className="space-y-1">
      <label htmlFor={inputId} className="block text-sm font-medium">
        {label}
      </label>
      <div className="flex gap-2">
        <input
          id={inputId}
          type="text"
          inputMode="url"
          autoComplete="url"
          spellCheck={false}
          placeholder="https://…"
          value={url}
          disabled={disabled}
          onChange={(e) => {
            setUrl(e.target.value);
            if (status.state === 'error') setStatus({ state: 'idle' });
          }}
          onKeyDown={onKeyDown}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? errorId : undefined}
          data-testid={`${testId}-url`}
          className="min-w-0 flex-1 rounded border border-stone-300 bg-white px-3 py-2 text-sm aria-[invalid=true]:border-red-700"
        />
        <button
          type="button"
          onClick={() => void runImport()}
          // aria-disabled rather than disabled while loading, so keyboard focus stays on the button.
          aria-disabled={loading || disabled}
          disabled={disabled}
          data-testid={`${testId}-button`}
          className="shrink-0 rounded bg-stone-800 px-4 py-2 text-sm font-medium text-white hover:bg-stone-700 aria-disabled:cursor-wait aria-disabled:opacity-70"
        >
          {loading ? 'Importing…' : 'Import'}
        </button>
      </div>
      {error && (
        <p id={errorId} role="alert" data-code={error.code} className="text-sm text-red-700">
          {error.message}
        </p>
      )}
      <p
        role="status"
        className={`text-sm text-stone-600 ${error ? '' : 'min-h-5'}`}
        data-testid={`${testId}-status`}
      >
        {loading
          ? 'Fetching the page and finding the article…'
          : status.state === 'done'
            ? `Imported ${status.title ? `“${status.title}”` : 'the article'}. Check the text before comparing.`
            : ''}
      </p>
    </div>
  );
}

function isImportedArticle(value: unknown): value is ImportedArticle {
  if (!value || typeof value !== 'object') return false;
  const v = value as Record<string, unknown>;
  const optional = (x: unknown) => x === null || typeof x === 'string';
  return (
    typeof v.text === 'string' &&
    typeof v.url === 'string' &&
    optional(v.title) &&
    optional(v.outlet) &&
    optional(v.date)
  );
}

function describeError(body: unknown, status: number): { code: string; message: string } {
  const error = body && typeof body === 'object' ? (body as { error?: unknown }).error : undefined;
  if (error && typeof error === 'object') {
    const { code, message } = error as { code?: unknown; message?: unknown };
    if (typeof message === 'string' && message) {
      return { code: typeof code === 'string' ? code : 'unknown', message };
    }
  }
  if (status === 429)
    return { code: 'rate_limited', message: 'Too many imports at once; wait a minute and try again.' };
  return {
    code: 'unknown',
    message: `The import failed (HTTP ${status}). Try again or paste the text instead.`,
  };
}
