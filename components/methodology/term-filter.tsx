'use client';

import { useState } from 'react';

/**
 * Narrows the long lists below to the entries containing a word. It works on the server-rendered rows
 * (each carries `data-entry` with its searchable text), so the lists stay plain HTML without JavaScript.
 */
export function TermFilter() {
  const [query, setQuery] = useState('');
  const [shown, setShown] = useState<number | null>(null);
  const apply = (q: string) => {
    setQuery(q);
    const needle = q.trim().toLowerCase();
    let count = 0;
    for (const el of document.querySelectorAll<HTMLElement>('[data-entry]')) {
      const hit = !needle || (el.dataset.entry ?? '').includes(needle);
      el.hidden = !hit;
      if (hit) count++;
    }
    for (const d of document.querySelectorAll<HTMLDetailsElement>('details[data-group]')) {
      const any = d.querySelector('[data-entry]:not([hidden])');
      d.hidden = Boolean(needle) && !any;
      if (needle) d.open = Boolean(any);
    }
    setShown(needle ? count : null);
  };
  return (
    <div className="sticky top-0 z-10 -mx-4 border-b border-stone-200 bg-stone-50/95 px-4 py-3 print:hidden">
      <label htmlFor="term-filter" className="block text-sm font-medium">
        Find a word in the lists
      </label>
      <input
        id="term-filter"
        type="search"
        value={query}
        onChange={(e) => apply(e.target.value)}
        placeholder="e.g. controversial, Kiev, claimed"
        className="mt-1 w-full max-w-md rounded border border-stone-300 bg-white px-2 py-1.5"
        aria-describedby="term-filter-status"
      />
      <p id="term-filter-status" role="status" className="mt-1 text-xs text-stone-600">
        {shown === null
          ? 'Showing every list (closed; open a group to read it).'
          : `${shown} matching entries.`}
      </p>
    </div>
  );
}
