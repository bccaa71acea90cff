'use client';

import { useMemo, useState } from 'react';
import { VoiceBalanceChart } from '@/components/charts/lazy-charts';
import type { VoiceRow } from '@/components/charts/voice-balance-chart';
import type { Quote, Statement } from '@/lib/analysis/types';
import { voiceBalanceOf } from '@/lib/analysis/voice-balance';
import { type CampChoices, withCampParams } from '@/lib/highlight/camp-overrides';

export interface VoiceData {
  quotes: Pick<Quote, 'speaker' | 'kind' | 'words'>[];
  statements: Pick<Statement, 'speaker'>[];
}

function mergeRows(a: VoiceData, b: VoiceData, choices: CampChoices): VoiceRow[] {
  // voiceBalanceOf only reads the fields kept in VoiceData.
  const ra = voiceBalanceOf(a.quotes as Quote[], a.statements as Statement[], choices);
  const rb = voiceBalanceOf(b.quotes as Quote[], b.statements as Statement[], choices);
  const rows = new Map<string, VoiceRow>();
  const row = (camp: string) => {
    const r = rows.get(camp) ?? { camp, aWords: 0, bWords: 0, aStatements: 0, bStatements: 0 };
    rows.set(camp, r);
    return r;
  };
  for (const r of ra) Object.assign(row(r.camp), { aWords: r.quotedWords, aStatements: r.statements });
  for (const r of rb) Object.assign(row(r.camp), { bWords: r.quotedWords, bStatements: r.statements });
  return [...rows.values()]
    .filter((r) => r.aWords + r.bWords + r.aStatements + r.bStatements > 0)
    .sort(
      (x, y) =>
        y.aWords + y.bWords - (x.aWords + x.bWords) ||
        y.aStatements + y.bStatements - (x.aStatements + x.bStatements),
    );
}

/**
 * The voice chart plus the speaker list where a reader can move a speaker to another camp. The choice is
 * written to the URL (without a server round trip), so a shared link opens with the same view.
 */
// The option value that opens the new-camp field (an HTML attribute cannot carry a control character).
const NEW_CAMP = '__new_camp__';
const MAX_CAMP_NAME = 60;

export function VoiceExplorer({ a, b, initial }: { a: VoiceData; b: VoiceData; initial: CampChoices }) {
  const [choices, setChoices] = useState<CampChoices>(initial);
  /** The speaker whose new camp is being named, with the draft name and any problem with it. */
  const [naming, setNaming] = useState<{
    speaker: string;
    original: string;
    draft: string;
    error: string;
  } | null>(null);
  const speakers = useMemo(() => {
    const map = new Map<string, { camp: string; in: Set<string> }>();
    const add = (s: { name: string; camp: string } | null, side: string) => {
      if (!s) return;
      const e = map.get(s.name) ?? { camp: s.camp, in: new Set<string>() };
      e.in.add(side);
      map.set(s.name, e);
    };
    for (const q of a.quotes) add(q.speaker, 'A');
    for (const s of a.statements) add(s.speaker, 'A');
    for (const q of b.quotes) add(q.speaker, 'B');
    for (const s of b.statements) add(s.speaker, 'B');
    return [...map].sort(([x], [y]) => x.localeCompare(y));
  }, [a, b]);
  const camps = useMemo(
    () => [...new Set([...speakers.map(([, s]) => s.camp), ...Object.values(choices)])].sort(),
    [speakers, choices],
  );
  const rows = useMemo(() => mergeRows(a, b, choices), [a, b, choices]);

  const choose = (speaker: string, camp: string, original: string) => {
    const next = { ...choices };
    if (camp === original) delete next[speaker];
    else next[speaker] = camp;
    setChoices(next);
    writeChoices(next);
  };
  const writeChoices = (next: CampChoices) => {
    const url = `${window.location.pathname}${withCampParams(window.location.search, next)}${window.location.hash}`;
    window.history.replaceState(window.history.state, '', url);
  };
  const addCamp = () => {
    if (!naming) return;
    const camp = naming.draft.trim().replace(/\s+/g, ' ');
    if (!camp) {
      setNaming({ ...naming, error: 'Type a name for the new camp.' });
      return;
    }
    if (camp.length > MAX_CAMP_NAME) {
      setNaming({
        ...naming,
        error: `Keep the name under ${MAX_CAMP_NAME} characters (this one has ${camp.length}).`,
      });
      return;
    }
    choose(naming.speaker, camp, naming.original);
    setNaming(null);
  };
  const moved = Object.keys(choices).length;

  return (
    <div className="space-y-3">
      <VoiceBalanceChart rows={rows} />
      {speakers.length > 0 ? (
        <details className="rounded-lg border border-stone-200 bg-white p-4 print:hidden" open={moved > 0}>
          <summary className="cursor-pointer font-semibold">
            Disagree with a camp? Move a speaker ({speakers.length} speakers{moved ? `, ${moved} moved` : ''})
          </summary>
          <p className="mt-2 text-sm text-stone-600">
            Framelens groups speakers by their stated affiliation. If you read a speaker differently, pick
            another camp: the chart above follows, and the page address keeps your choice so a shared link
            shows the same view.
          </p>
          <ul className="mt-3 space-y-2 text-sm">
            {speakers.map(([name, s]) => {
              const id = `camp-${name.replace(/[^A-Za-z0-9]+/g, '-')}`;
              return (
                <li key={name} className="flex flex-wrap items-center gap-2">
                  <label htmlFor={id} className="wrap-anywhere min-w-0 flex-1 basis-48">
                    <span className="font-medium">{name}</span>{' '}
                    <span className="text-stone-600">
                      (in {[...s.in].join(' and ')}; Framelens: {s.camp})
                    </span>
                  </label>
                  <select
                    id={id}
                    data-testid="speaker-camp"
                    data-speaker={name}
                    value={choices[name] ?? s.camp}
                    onChange={(e) => {
                      if (e.target.value === NEW_CAMP) {
                        setNaming({ speaker: name, original: s.camp, draft: '', error: '' });
                      } else {
                        setNaming(null);
                        choose(name, e.target.value, s.camp);
                      }
                    }}
                    className="max-w-full rounded border border-stone-300 bg-white px-2 py-1"
                  >
                    {camps.map((c) => (
                      <option key={c} value={c}>
                        {c}
                      </option>
                    ))}
                    <option value={NEW_CAMP}>New camp…</option>
                  </select>
                  {naming?.speaker === name ? (
                    <div className="flex basis-full flex-wrap items-center gap-2" data-testid="new-camp">
                      <label htmlFor={`${id}-new`}>New camp for {name}</label>
                      <input
                        id={`${id}-new`}
                        type="text"
                        value={naming.draft}
                        maxLength={MAX_CAMP_NAME + 20}
                        aria-invalid={naming.error ? true : undefined}
                        aria-describedby={naming.error ? `${id}-new-error` : undefined}
                        onChange={(e) => setNaming({ ...naming, draft: e.target.value, error: '' })}
                        onKeyDown={(e) => {
                          if (e.key === 'Enter') {
                            e.preventDefault();
                            addCamp();
                          }
                        }}
                        className="min-w-0 flex-1 rounded border border-stone-300 px-2 py-1 aria-[invalid=true]:border-red-700"
                      />
                      <button
                        type="button"
                        onClick={addCamp}
                        className="rounded bg-stone-800 px-3 py-1 text-white hover:bg-stone-700"
                      >
                        Move
                      </button>
                      <button
                        type="button"
                        onClick={() => setNaming(null)}
                        className="rounded border border-stone-300 px-3 py-1 hover:bg-stone-100"
                      >
                        Cancel
                      </button>
                      {naming.error ? (
                        <p id={`${id}-new-error`} role="alert" className="basis-full text-red-700">
                          {naming.error}
                        </p>
                      ) : null}
                    </div>
                  ) : null}
                </li>
              );
            })}
          </ul>
          {moved > 0 ? (
            <button
              type="button"
              className="mt-3 rounded border border-stone-300 px-3 py-1 text-sm hover:bg-stone-100"
              onClick={() => {
                setChoices({});
                writeChoices({});
              }}
            >
              Restore Framelens’s camps
            </button>
          ) : null}
        </details>
      ) : null}
    </div>
  );
}
