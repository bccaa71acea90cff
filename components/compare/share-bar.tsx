'use client';

import { useRouter } from 'next/navigation';
import { useState } from 'react';

const button =
  'inline-block rounded border border-stone-300 bg-white px-3 py-1.5 text-sm font-medium no-underline hover:bg-stone-100 disabled:opacity-60';

/**
 * Copy link, exports, print and re-analysis. Re-analysing reads the stored input back from the API and
 * saves it again as a new permalink; the old one never changes.
 */
export function ShareBar({ id, outdated }: { id: string; outdated: boolean }) {
  const router = useRouter();
  const [status, setStatus] = useState('');
  const [busy, setBusy] = useState(false);
  const api = `/api/comparisons/${encodeURIComponent(id)}`;

  const copy = async () => {
    try {
      await navigator.clipboard.writeText(window.location.href);
      setStatus('Link copied.');
    } catch {
      setStatus(`Copy this link: ${window.location.href}`);
    }
  };

  const reanalyse = async () => {
    setBusy(true);
    setStatus('Analysing again with the current model…');
    try {
      const stored = await fetch(api, { headers: { accept: 'application/json' } });
      if (!stored.ok) throw new Error(`could not read this comparison (${stored.status})`);
      const { input } = (await stored.json()) as { input?: unknown };
      const res = await fetch('/api/comparisons', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(input),
      });
      const body = (await res.json().catch(() => ({}))) as {
        url?: string;
        id?: string;
        error?: { message?: string };
      };
      if (!res.ok || !(body.url || body.id))
        throw new Error(body.error?.message ?? `the server answered ${res.status}`);
      router.push(body.url ?? `/c/${encodeURIComponent(body.id ?? '')}`);
    } catch (e) {
      setStatus(`Re-analysis failed: ${e instanceof Error ? e.message : String(e)}`);
      setBusy(false);
    }
  };

  return (
    <div className="print:hidden">
      <ul aria-label="Share and export" className="flex flex-wrap gap-2">
        <li>
          <button type="button" className={button} onClick={copy}>
            Copy link
          </button>
        </li>
        <li>
          <a className={button} href={api} download={`framelens-${id}.json`}>
            Export JSON
          </a>
        </li>
        <li>
          <a className={button} href={`${api}?format=csv`} download={`framelens-${id}.csv`}>
            Export CSV
          </a>
        </li>
        <li>
          <button type="button" className={button} onClick={() => window.print()}>
            Print handout
          </button>
        </li>
        <li>
          <button type="button" className={button} onClick={reanalyse} disabled={busy}>
            {outdated ? 'Re-analyse with the current model' : 'Re-analyse (same model, new link)'}
          </button>
        </li>
      </ul>
      <p role="status" className={status ? 'wrap-anywhere mt-2 text-sm text-stone-700' : 'sr-only'}>
        {status}
      </p>
    </div>
  );
}
