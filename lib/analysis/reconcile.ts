/**
 * One person, one camp across the two articles. Each article is read on its own, so a person one article
 * describes fully ('U.S. President Joe Smith') and the other only in part ('President Joe Smith', or just
 * 'Joe Smith said') would land in two camps, and the voice-balance comparison would set a person against
 * themself. Here the vaguer description takes the fuller one's camp when the two agree as far as the vaguer
 * goes: a government with no country named takes a country's government, never its military or a party.
 */
import type { Finding } from './detector';
import type { Speaker } from './types';

const UNKNOWN = 'Unaffiliated or unknown';

/** Vague camps (campOf's 'country not named' forms) and what a fuller camp must end with to refine them. */
const REFINES: ReadonlyMap<string, (camp: string) => boolean> = new Map([
  ['Government (country not named)', (c: string) => c.endsWith(' government') && !c.includes('local')],
  ['Military (country not named)', (c: string) => c.endsWith(' military')],
  ['Security services (country not named)', (c: string) => c.endsWith(' security services')],
  [
    'Regional and local government (country not named)',
    (c: string) => c.endsWith(' regional and local government') || c.endsWith(' state and local government'),
  ],
  ['Politics', (c: string) => c.endsWith(' politics') || c.includes(' politics (')],
  [UNKNOWN, (c: string) => c !== UNKNOWN && c !== 'Anonymous sources'],
]);

/** Whether camp `full` says more than `vague` and agrees with it. */
function refines(vague: string, full: string): boolean {
  return full !== vague && (REFINES.get(vague)?.(full) ?? false);
}

/**
 * How official and how exact a country's camp is: its regional and local government (a title that named the
 * state or city: 'California Insurance Commissioner Ricardo Lara' beside 'Insurance Commissioner Ricardo
 * Lara', which reads as the national government), then its government, then its politics.
 */
function officeRank(camp: string): number {
  if (/ (regional and local|state and local) government$/.test(camp)) return 1;
  if (camp.endsWith(' government')) return 2;
  if (camp.endsWith(' politics') || camp.includes(' politics (')) return 3;
  return 0;
}

/**
 * Whether camp `other` should stand for `camp` too: the same country's camp (same first word), one the
 * person holds an office in rather than a party role ('Buenos Aires Governor Axel Kicillof' in one article,
 * 'Opposition leader Axel Kicillof' in the other: one person, one camp, the office's).
 */
function outranks(camp: string, other: string): boolean {
  const a = officeRank(camp);
  const b = officeRank(other);
  return a > 0 && b > 0 && b < a && camp.split(' ')[0] === other.split(' ')[0];
}

interface Who {
  name: string;
  type: string;
  affiliation: string | null;
  camp: string | null;
}

/** The named people of one article's findings, by name: the camp each is given (the first, if several). */
function peopleOf(findings: readonly Finding[]): Map<string, Who> {
  const out = new Map<string, Who>();
  const add = (w: Who) => {
    if (w.type === 'person' && w.camp && !out.has(w.name)) out.set(w.name, w);
  };
  for (const f of findings) {
    if (f.kind === 'quote') {
      if (f.value.speaker) add(f.value.speaker);
    } else if (f.kind === 'statement' || f.kind === 'source-mention')
      add('speaker' in f.value ? f.value.speaker : f.value);
  }
  return out;
}

/** Findings with each person's camp refined by the other article's description of the same name. */
function refined(findings: readonly Finding[], other: ReadonlyMap<string, Who>): Finding[] {
  const better = (w: Who): Who | null => {
    const o = w.type === 'person' && w.camp ? other.get(w.name) : undefined;
    if (!o?.camp) return null;
    // (A one-word name may be two people; a full name alike in both articles is one.)
    const full = w.name.includes(' ');
    return refines(w.camp ?? '', o.camp) || (full && outranks(w.camp ?? '', o.camp)) ? o : null;
  };
  const speaker = (s: Speaker): Speaker => {
    const o = better(s);
    return o ? { ...s, affiliation: o.affiliation, camp: o.camp ?? s.camp } : s;
  };
  let changed = false;
  const out = findings.map((f): Finding => {
    if (f.kind === 'quote' && f.value.speaker) {
      const s = speaker(f.value.speaker);
      if (s === f.value.speaker) return f;
      changed = true;
      return { kind: 'quote', value: { ...f.value, speaker: s } };
    }
    if (f.kind === 'statement') {
      const s = speaker(f.value.speaker);
      if (s === f.value.speaker) return f;
      changed = true;
      return { kind: 'statement', value: { ...f.value, speaker: s } };
    }
    if (f.kind === 'source-mention') {
      const o = better(f.value);
      if (!o) return f;
      changed = true;
      return { kind: 'source-mention', value: { ...f.value, affiliation: o.affiliation, camp: o.camp } };
    }
    return f;
  });
  return changed ? out : (findings as Finding[]);
}

/** Both articles' findings, each person given the fuller camp either article describes them with. */
export function reconcileSpeakers(a: readonly Finding[], b: readonly Finding[]): [Finding[], Finding[]] {
  const inA = peopleOf(a);
  const inB = peopleOf(b);
  return [refined(a, inB), refined(b, inA)];
}
