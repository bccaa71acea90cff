'use client';

import { useRouter } from 'next/navigation';
import { type FormEvent, useEffect, useRef, useState } from 'react';
import type { ArticleInput } from '@/lib/analysis/types';
import type { ImportedArticle } from '@/lib/ingest/imported-article';
import { MAX_ARTICLE_CHARS } from '@/lib/limits';
import { articleInputSchema } from '@/lib/validation';
import { ArticleFields, type Draft, EMPTY_DRAFT } from './article-fields';

const STORAGE_KEY = 'framelens:new-comparison';

export type Errors = Partial<Record<string, string>>;

interface Drafts {
  a: Draft;
  b: Draft;
}

/** The same checks as the server's schema, so most mistakes show before anything is sent. */
function check(drafts: Drafts): Errors {
  const errors: Errors = {};
  for (const side of ['a', 'b'] as const) {
    const d = drafts[side];
    if (d.text.length > MAX_ARTICLE_CHARS) {
      errors[`${side}.text`] =
        `The text is ${d.text.length.toLocaleString('en-US')} characters long; the limit is ${MAX_ARTICLE_CHARS.toLocaleString('en-US')}.`;
      continue;
    }
    const result = articleInputSchema.safeParse(d);
    if (result.success) continue;
    for (const issue of result.error.issues) {
      const field = `${side}.${String(issue.path[0] ?? 'text')}`;
      errors[field] ??= issue.message;
    }
  }
  return errors;
}

function toInput(d: Draft): ArticleInput {
  const out: ArticleInput = { text: d.text };
  for (const k of ['title', 'outlet', 'date', 'url'] as const) if (d[k].trim()) out[k] = d[k].trim();
  return out;
}

/**
 * Two articles in, a permalink out. Everything typed is kept in sessionStorage, so neither an error nor a
 * reload loses it; the server's per-field errors are shown next to the field they name.
 */
export function NewComparisonForm({ example }: { example: { a: ArticleInput; b: ArticleInput } }) {
  const router = useRouter();
  const [drafts, setDrafts] = useState<Drafts>({ a: EMPTY_DRAFT, b: EMPTY_DRAFT });
  const [errors, setErrors] = useState<Errors>({});
  const [formError, setFormError] = useState('');
  const [busy, setBusy] = useState(false);
  const restored = useRef(false);

  useEffect(() => {
    try {
      const saved = sessionStorage.getItem(STORAGE_KEY);
      if (saved) {
        const parsed = JSON.parse(saved) as Partial<Drafts>;
        setDrafts({ a: { ...EMPTY_DRAFT, ...parsed.a }, b: { ...EMPTY_DRAFT, ...parsed.b } });
      }
    } catch {
      // A corrupt or blocked store only means starting from an empty form.
    }
    restored.current = true;
  }, []);

  useEffect(() => {
    if (!restored.current) return;
    try {
      sessionStorage.setItem(STORAGE_KEY, JSON.stringify(drafts));
    } catch {
      // Private modes may refuse storage; the form still works, it just does not survive a reload.
    }
  }, [drafts]);

  const update = (side: 'a' | 'b', patch: Partial<Draft>) => {
    setDrafts((d) => ({ ...d, [side]: { ...d[side], ...patch } }));
    setErrors((e) => {
      const next = { ...e };
      for (const k of Object.keys(patch)) delete next[`${side}.${k}`];
      return next;
    });
  };

  const imported = (side: 'a' | 'b', art: ImportedArticle) =>
    update(side, {
      text: art.text,
      title: art.title ?? '',
      outlet: art.outlet ?? '',
      date: art.date ?? '',
      url: art.url,
    });

  const fillExample = () => {
    const fill = (x: ArticleInput): Draft => ({
      text: x.text,
      title: x.title ?? '',
      outlet: x.outlet ?? '',
      date: x.date ?? '',
      url: x.url ?? '',
    });
    setDrafts({ a: fill(example.a), b: fill(example.b) });
    setErrors({});
    setFormError('');
  };

  const submit = async (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    setFormError('');
    const found = check(drafts);
    setErrors(found);
    const first = Object.keys(found)[0];
    if (first) {
      document.getElementById(`field-${first.replace('.', '-')}`)?.focus();
      return;
    }
    setBusy(true);
    try {
      const res = await fetch('/api/comparisons', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ a: toInput(drafts.a), b: toInput(drafts.b) }),
      });
      const body = (await res.json().catch(() => ({}))) as {
        id?: string;
        url?: string;
        error?: { code?: string; message?: string; field?: string };
      };
      if (res.ok && body.id) {
        sessionStorage.removeItem(STORAGE_KEY);
        router.push(`/c/${encodeURIComponent(body.id)}`);
        return;
      }
      const message =
        body.error?.message ?? `The server could not save the comparison (status ${res.status}).`;
      const field = body.error?.field;
      if (field && /^[ab]\.(text|title|outlet|date|url)$/.test(field)) {
        setErrors({ [field]: message });
        document.getElementById(`field-${field.replace('.', '-')}`)?.focus();
      } else setFormError(message);
      setBusy(false);
    } catch {
      setFormError('Framelens could not be reached. Your text is kept here; try again in a moment.');
      setBusy(false);
    }
  };

  return (
    <form
      onSubmit={submit}
      noValidate
      aria-labelledby="new-heading"
      className="space-y-6"
      data-testid="new-comparison"
    >
      <div className="flex flex-wrap items-baseline justify-between gap-3">
        <h2 id="new-heading" className="text-2xl font-semibold">
          Compare two articles
        </h2>
        <button
          type="button"
          onClick={fillExample}
          className="rounded border border-stone-300 bg-white px-3 py-1.5 text-sm font-medium hover:bg-stone-100"
        >
          Use the example
        </button>
      </div>
      <p className="text-stone-700">
        Paste the text of each article (or import it from its address). Title, outlet, date and address are
        optional but make the comparison easier to read. Your text stays in this browser tab until you submit.
      </p>
      <div className="grid gap-6 md:grid-cols-2">
        {(['a', 'b'] as const).map((side) => (
          <ArticleFields
            key={side}
            side={side}
            draft={drafts[side]}
            errors={errors}
            onChange={(patch) => update(side, patch)}
            onImported={(art) => imported(side, art)}
          />
        ))}
      </div>
      {formError ? (
        <p role="alert" className="rounded border border-red-300 bg-red-50 p-3 text-red-800">
          {formError}
        </p>
      ) : null}
      <button
        type="submit"
        disabled={busy}
        className="rounded bg-stone-900 px-5 py-2.5 font-semibold text-white hover:bg-stone-700 disabled:opacity-60"
      >
        {busy ? 'Analysing…' : 'Compare'}
      </button>
    </form>
  );
}
