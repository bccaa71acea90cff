import type { ReactNode } from 'react';
import { LOADED_CATEGORY_LABELS } from '@/lib/analysis/loaded-labels';
import type { LoadedCategory } from '@/lib/analysis/types';
import { frameEntryText, frameLexicons } from '@/lib/lexicons/frames';
import { organisations, outlets } from '@/lib/lexicons/gazetteer';
import { loadedTermEntries } from '@/lib/lexicons/loaded-terms';
import { namingGroups } from '@/lib/lexicons/naming-variants';
import { reportVerbs } from '@/lib/lexicons/report-verbs';

const key = (...parts: (string | null | undefined)[]) => parts.filter(Boolean).join(' ').toLowerCase();

function Group({ title, count, children }: { title: string; count: number; children: ReactNode }) {
  return (
    <details data-group="" className="rounded border border-stone-200 bg-white">
      <summary className="cursor-pointer px-3 py-2 font-medium">
        {title} <span className="font-normal text-stone-600">({count})</span>
      </summary>
      <div className="border-t border-stone-200 px-3 py-2">{children}</div>
    </details>
  );
}

function EntryList({ children }: { children: ReactNode }) {
  return <ul className="divide-y divide-stone-100 text-sm">{children}</ul>;
}

function Entry({
  word,
  explanation,
  neutral,
  source,
}: {
  word: string;
  explanation: string;
  neutral?: string | null;
  source: string;
}) {
  return (
    <li data-entry={key(word, explanation, neutral)} className="wrap-anywhere py-1.5">
      <span className="font-semibold">{word}</span>: {explanation}
      {neutral ? <span className="text-stone-700"> More neutral: {neutral}.</span> : null}
      <span className="block text-xs text-stone-600">Source: {source}</span>
    </li>
  );
}

/** Every loaded term, by category; generated entries share one explanation, so they are listed as words. */
export function LoadedTermLists() {
  const entries = loadedTermEntries();
  const categories = Object.keys(LOADED_CATEGORY_LABELS) as LoadedCategory[];
  return (
    <div className="space-y-2">
      {categories.map((c) => {
        const own = entries.filter(
          (e) => e.category === c && (e.origin === 'curated' || e.origin === 'report-verb'),
        );
        const generated = entries.filter(
          (e) => e.category === c && (e.origin === 'hedges' || e.origin === 'afinn'),
        );
        return (
          <Group key={c} title={LOADED_CATEGORY_LABELS[c]} count={own.length + generated.length}>
            <EntryList>
              {own.map((e) => (
                <Entry
                  key={`${e.key}|${e.mode}`}
                  word={e.key}
                  explanation={e.explanation}
                  neutral={e.neutral}
                  source={e.source}
                />
              ))}
            </EntryList>
            {generated.length > 0 ? (
              <div className="mt-3 text-sm">
                <p className="font-medium">
                  From a maintained word list ({generated.length}): {generated[0]?.source}
                </p>
                <p className="text-stone-700">Each is explained like this: “{generated[0]?.explanation}”</p>
                <ul className="mt-1 flex flex-wrap gap-x-3 gap-y-1">
                  {generated.map((e) => (
                    <li key={e.key} data-entry={key(e.key, e.explanation)}>
                      {e.key}
                    </li>
                  ))}
                </ul>
              </div>
            ) : null}
          </Group>
        );
      })}
    </div>
  );
}

const STANCES = ['neutral', 'doubting', 'dramatising', 'endorsing', 'conceding'] as const;

export function ReportVerbLists() {
  const verbs = reportVerbs();
  return (
    <div className="space-y-2">
      {STANCES.map((s) => {
        const list = verbs.filter((v) => v.stance === s);
        return (
          <Group key={s} title={`Report verbs: ${s}`} count={list.length}>
            <EntryList>
              {list.map((v) => (
                <Entry
                  key={v.lemma}
                  word={v.lemma}
                  explanation={v.explanation}
                  neutral={v.neutral}
                  source={v.source}
                />
              ))}
            </EntryList>
          </Group>
        );
      })}
    </div>
  );
}

export function NamingLists() {
  const groups = namingGroups();
  return (
    <Group title="Naming-variant groups" count={groups.length}>
      <EntryList>
        {groups.map((g) => (
          <li
            key={g.id}
            data-entry={key(g.label, g.note, ...g.variants.flatMap((v) => v.phrases))}
            className="wrap-anywhere py-2"
          >
            <span className="font-semibold">{g.label}</span>:{' '}
            {/* (A variant with phrases under a sense rule has a second entry: each name once.) */}
            {g.variants
              .filter((v, i) => g.variants.findIndex((x) => x.variant === v.variant) === i)
              .map((v) => `‘${v.variant}’${v.neutral ? ' (stance-free)' : ''}`)
              .join(', ')}
            <span className="block">{g.note}</span>
            {g.falseFriends ? (
              <span className="block text-stone-700">Not counted: {g.falseFriends}</span>
            ) : null}
            <span className="block text-xs text-stone-600">Source: {g.source}</span>
          </li>
        ))}
      </EntryList>
    </Group>
  );
}

export function FrameLists() {
  return (
    <div className="space-y-2">
      {frameLexicons().map((f) => (
        <Group key={f.dimension} title={f.label} count={f.entries.length}>
          <p className="text-sm">{f.definition}</p>
          <p className="text-xs text-stone-600">Reference: {f.reference}</p>
          <EntryList>
            {f.entries.map((e) => (
              <Entry
                key={`${frameEntryText(e)}|${e.pos?.join() ?? ''}`}
                word={frameEntryText(e)}
                explanation={e.explanation}
                source={e.source}
              />
            ))}
          </EntryList>
        </Group>
      ))}
    </div>
  );
}

export function GazetteerLists() {
  const outletList = outlets();
  const orgList = organisations();
  const row = (e: {
    name: string;
    aliases: string[];
    country: string | null;
    type: string;
    explanation: string;
    source: string;
  }) => (
    <li
      key={e.name}
      data-entry={key(e.name, ...e.aliases, e.type, e.country)}
      className="wrap-anywhere py-1.5"
    >
      <span className="font-semibold">{e.name}</span>
      <span className="text-stone-700">
        {' '}
        · {e.type}
        {e.country ? ` · ${e.country}` : ''}
        {e.aliases.length ? ` · also: ${e.aliases.join(', ')}` : ''}
      </span>
      <span className="block">{e.explanation}</span>
      <span className="block text-xs text-stone-600">Source: {e.source}</span>
    </li>
  );
  return (
    <div className="space-y-2">
      <Group title="News outlets" count={outletList.length}>
        <EntryList>{outletList.map(row)}</EntryList>
      </Group>
      <Group title="Organisations" count={orgList.length}>
        <EntryList>{orgList.map(row)}</EntryList>
      </Group>
    </div>
  );
}
