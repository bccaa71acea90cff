import { ImportControl } from '@/components/compare/import-control';
import type { ImportedArticle } from '@/lib/ingest/imported-article';
import { MAX_ARTICLE_CHARS } from '@/lib/limits';

export interface Draft {
  text: string;
  title: string;
  outlet: string;
  date: string;
  url: string;
}

export const EMPTY_DRAFT: Draft = { text: '', title: '', outlet: '', date: '', url: '' };

const fmt = (n: number) => n.toLocaleString('en-US');

function Field({
  side,
  name,
  label,
  value,
  error,
  onChange,
  type = 'text',
  placeholder,
}: {
  side: 'a' | 'b';
  name: keyof Draft;
  label: string;
  value: string;
  error?: string;
  onChange: (v: string) => void;
  type?: string;
  placeholder?: string;
}) {
  const id = `field-${side}-${name}`;
  return (
    <div className="min-w-0">
      <label htmlFor={id} className="block text-sm font-medium">
        {label} <span className="font-normal text-stone-600">(optional)</span>
      </label>
      <input
        id={id}
        name={`${side}.${name}`}
        type={type}
        value={value}
        placeholder={placeholder}
        onChange={(e) => onChange(e.target.value)}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${id}-error` : undefined}
        className="mt-1 w-full rounded border border-stone-300 bg-white px-2 py-1.5 aria-[invalid=true]:border-red-600"
      />
      {error ? (
        <p id={`${id}-error`} role="alert" className="mt-1 text-sm text-red-700">
          {error}
        </p>
      ) : null}
    </div>
  );
}

/** One article's part of the form: text with a live character count, metadata, and the import control. */
export function ArticleFields({
  side,
  draft,
  errors,
  onChange,
  onImported,
}: {
  side: 'a' | 'b';
  draft: Draft;
  errors: Partial<Record<string, string>>;
  onChange: (patch: Partial<Draft>) => void;
  onImported: (art: ImportedArticle) => void;
}) {
  const S = side.toUpperCase();
  const id = `field-${side}-text`;
  const textError = errors[`${side}.text`];
  const over = draft.text.length > MAX_ARTICLE_CHARS;
  return (
    <fieldset className="min-w-0 space-y-3 rounded-lg border border-stone-200 bg-white p-4">
      <legend className="px-1 font-semibold">
        <span className={`side-badge side-${side}`}>{S}</span> Article {S}
      </legend>
      <ImportControl name={side} label={`Import article ${S} from a web address`} onImported={onImported} />
      <div>
        <label htmlFor={id} className="block text-sm font-medium">
          Text of article {S}
        </label>
        <textarea
          id={id}
          name={`${side}.text`}
          value={draft.text}
          rows={10}
          onChange={(e) => onChange({ text: e.target.value })}
          aria-invalid={textError ? true : undefined}
          aria-describedby={`${id}-count${textError ? ` ${id}-error` : ''}`}
          className="mt-1 w-full rounded border border-stone-300 bg-white p-2 font-serif aria-[invalid=true]:border-red-600"
        />
        <p id={`${id}-count`} className={`text-xs ${over ? 'font-semibold text-red-700' : 'text-stone-600'}`}>
          {fmt(draft.text.length)} / {fmt(MAX_ARTICLE_CHARS)} characters
          {over ? ` — ${fmt(draft.text.length - MAX_ARTICLE_CHARS)} too many` : ''}
        </p>
        {textError ? (
          <p
            id={`${id}-error`}
            role="alert"
            className="mt-1 text-sm text-red-700"
            data-testid={`error-${side}-text`}
          >
            {textError}
          </p>
        ) : null}
      </div>
      <div className="grid gap-3 sm:grid-cols-2">
        <Field
          side={side}
          name="title"
          label="Title"
          value={draft.title}
          error={errors[`${side}.title`]}
          onChange={(v) => onChange({ title: v })}
        />
        <Field
          side={side}
          name="outlet"
          label="Outlet"
          value={draft.outlet}
          error={errors[`${side}.outlet`]}
          onChange={(v) => onChange({ outlet: v })}
        />
        <Field
          side={side}
          name="date"
          label="Date"
          value={draft.date}
          placeholder="2023-07-07"
          error={errors[`${side}.date`]}
          onChange={(v) => onChange({ date: v })}
        />
        <Field
          side={side}
          name="url"
          label="Address"
          type="url"
          value={draft.url}
          placeholder="https://…"
          error={errors[`${side}.url`]}
          onChange={(v) => onChange({ url: v })}
        />
      </div>
    </fieldset>
  );
}
