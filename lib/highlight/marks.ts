import { countNamingUse, namingClause } from '@/lib/analysis/contrasts';
import { LOADED_CATEGORY_LABELS } from '@/lib/analysis/loaded-labels';
import type {
  ArticleAnalysis,
  Comparison,
  LoadedCategory,
  NamingRow,
  Side,
  SourceType,
} from '@/lib/analysis/types';

/** The highlight categories a reader can toggle, outermost first when two cover the same words. */
export const MARK_CATEGORIES = ['quote', 'source', 'naming', 'loaded', 'hedge', 'report-verb'] as const;
export type MarkCategory = (typeof MARK_CATEGORIES)[number];

export const MARK_LABELS: Record<MarkCategory, string> = {
  quote: 'Quote',
  source: 'Cited source',
  naming: 'Naming choice',
  loaded: 'Loaded term',
  hedge: 'Hedge',
  'report-verb': 'Report verb',
};

/** One line a reader sees in the legend, saying what the highlight means and how it looks. */
export const MARK_HINTS: Record<MarkCategory, string> = {
  quote: 'words put in a speaker’s mouth, dotted underline, coloured by the speaker’s camp',
  source: 'an outlet, organisation or person the article rests on, boxed',
  naming: 'a name where the other article may choose a different one, double underline',
  loaded: 'a word that carries a judgement, thick underline',
  hedge: 'distance or doubt (“reportedly”, “allegedly”), wavy underline',
  'report-verb': 'a verb that colours what someone said (“claimed”, “admitted”), dashed underline',
};

export const SOURCE_LABELS: Record<SourceType, string> = {
  outlet: 'News outlet',
  wire: 'Wire agency',
  government: 'Government body',
  military: 'Military',
  organisation: 'Organisation',
  person: 'Person',
  anonymous: 'Anonymous source',
};

/** What the card says about a highlight. Every field is plain text rendered as React text. */
export interface MarkCard {
  category: MarkCategory;
  /** e.g. 'Loaded term · Evaluative label' */
  heading: string;
  /** The words as they stand in the text. */
  text: string;
  explanation: string;
  neutral: string | null;
  /** What the other article does instead, e.g. "B writes 'Kyiv' (3×)". */
  counterpart: string | null;
  /** Extra facts such as 'In a quotation: the speaker’s words, not the outlet’s'. */
  notes: string[];
}

export interface Mark {
  id: string;
  /** What the mark stands for, so panels can find its first place: 'naming:kyiv:Kiev', 'loaded:ammo', 'source:CNN', 'quote:3'. */
  ref: string;
  start: number;
  end: number;
  category: MarkCategory;
  camp: string | null;
  card: MarkCard;
}

export const markOrder = (m: Mark) => MARK_CATEGORIES.indexOf(m.category);

export const sideLabel = (side: Side) => (side === 'a' ? 'A' : 'B');
const other = (side: Side): Side => (side === 'a' ? 'b' : 'a');
const times = (n: number) => `${n}×`;

export function markCategoryOf(category: LoadedCategory): MarkCategory {
  if (category === 'hedge') return 'hedge';
  if (category === 'report-verb') return 'report-verb';
  return 'loaded';
}

const IN_QUOTE = 'Inside a quotation: these are the speaker’s words, not the outlet’s own voice.';
const IN_REPORTED =
  'In reported speech: the outlet’s paraphrase of what someone else said, so it is not counted as the outlet’s own voice.';
const STANCE_FREE =
  'The stance-free name of this group: the form neutral style guides use; it is marked so the two articles can be compared.';

/** Every highlight of one article, with the card text that explains it against the other article. */
export function marksFor(comparison: Comparison, side: Side): Mark[] {
  const [a, b] = comparison.articles;
  const mine: ArticleAnalysis = side === 'a' ? a : b;
  const theirs: ArticleAnalysis = side === 'a' ? b : a;
  const O = sideLabel(other(side));
  const marks: Mark[] = [];
  const push = (
    ref: string,
    category: MarkCategory,
    start: number,
    end: number,
    camp: string | null,
    card: MarkCard,
  ) => marks.push({ id: `${side}-${category}-${marks.length}`, ref, start, end, category, camp, card });

  mine.namingVariants.forEach((n) => {
    const theirRows: NamingRow[] = [];
    for (const t of theirs.namingVariants) if (t.group === n.group) countNamingUse(theirRows, t);
    const counterpart =
      theirRows.length === 0
        ? `${O} does not name this.`
        : `${namingClause(O, theirRows, (r) => `‘${r.variant}’ (${times(r.count)})`)}.`;
    push(`naming:${n.group}:${n.variant}`, 'naming', n.start, n.end, null, {
      category: 'naming',
      heading: `${MARK_LABELS.naming} · ${n.groupLabel}`,
      text: n.text,
      explanation: n.note,
      // The stance-free name as the neutral wording, unless this already is it.
      neutral: n.neutralVariant && n.neutralVariant !== n.variant ? n.neutralVariant : null,
      counterpart,
      notes: [...(n.neutralVariant === n.variant ? [STANCE_FREE] : []), ...(n.inQuote ? [IN_QUOTE] : [])],
    });
  });

  for (const t of mine.loadedTerms) {
    const category = markCategoryOf(t.category);
    const same = theirs.loadedTerms.filter((x) => x.term === t.term).length;
    const sameCategory = theirs.loadedTerms.filter(
      (x) => x.category === t.category && !x.inQuote && !x.inReportedSpeech,
    ).length;
    const counterpart =
      same > 0
        ? `${O} also uses ‘${t.term}’ (${times(same)}).`
        : `${O} does not use ‘${t.term}’; it has ${sameCategory} ${LOADED_CATEGORY_LABELS[t.category].toLowerCase()} term${sameCategory === 1 ? '' : 's'} in its own voice.`;
    push(`loaded:${t.term}`, category, t.start, t.end, null, {
      category,
      heading:
        category === 'loaded'
          ? `${MARK_LABELS.loaded} · ${LOADED_CATEGORY_LABELS[t.category]}`
          : MARK_LABELS[category],
      text: t.text,
      explanation: t.explanation,
      neutral: t.neutral,
      counterpart,
      notes: [
        ...(t.inQuote ? [IN_QUOTE] : []),
        ...(t.inReportedSpeech ? [IN_REPORTED] : []),
        `Source of this entry: ${t.source}`,
      ],
    });
  }

  for (const s of mine.sources) {
    const cited = theirs.sources.find((x) => x.name.toLowerCase() === s.name.toLowerCase());
    const sameType = theirs.sources.filter((x) => x.type === s.type).length;
    const counterpart = cited
      ? `${O} also cites ${s.name} (${times(cited.mentions.length)}).`
      : `${O} does not cite ${s.name}; it cites ${sameType} ${SOURCE_LABELS[s.type].toLowerCase()} source${sameType === 1 ? '' : 's'}.`;
    const detail = [SOURCE_LABELS[s.type], s.affiliation].filter(Boolean).join(', ');
    for (const m of s.mentions) {
      push(`source:${s.name}`, 'source', m.start, m.end, s.camp, {
        category: 'source',
        heading: `${MARK_LABELS.source} · ${SOURCE_LABELS[s.type]}`,
        text: s.name,
        explanation:
          s.type === 'anonymous'
            ? 'The article rests on a source it does not name, so a reader cannot check who is speaking.'
            : `The article attributes information to ${s.name} (${detail}).`,
        neutral: null,
        counterpart,
        notes: m.cue ? [`Attribution cue: “${m.cue}”`] : [],
      });
    }
  }

  mine.quotes.forEach((q, i) => {
    const camp = q.speaker?.camp ?? null;
    const theirWords = camp
      ? theirs.quotes
          .filter((x) => x.speaker?.camp === camp && x.kind !== 'scare')
          .reduce((n, x) => n + x.words, 0)
      : 0;
    const who = q.speaker
      ? [q.speaker.name, q.speaker.affiliation].filter(Boolean).join(', ')
      : 'No speaker identified';
    const kind =
      q.kind === 'scare'
        ? 'Scare quote: the outlet puts distance between itself and the word.'
        : q.kind === 'partial'
          ? 'Partial quote, embedded in the outlet’s own sentence.'
          : 'Direct quote.';
    push(`quote:${i}`, 'quote', q.start, q.end, camp, {
      category: 'quote',
      heading: `${MARK_LABELS.quote} · ${who}`,
      text: q.text,
      explanation: `${kind}${q.verb ? ` Introduced with “${q.verb}”${q.verbStance && q.verbStance !== 'neutral' ? ` (${q.verbStance})` : ''}.` : ''}`,
      neutral: null,
      counterpart: camp ? `${O} quotes ${theirWords} word${theirWords === 1 ? '' : 's'} from ${camp}.` : null,
      notes: [camp ? `Camp: ${camp}` : 'Camp: unknown', `${q.words} word${q.words === 1 ? '' : 's'}`],
    });
  });
  return marks;
}

/** The id of the first mark standing for `ref`, for panel links. */
export function firstMarkId(marks: readonly Mark[], ref: string): string | null {
  let best: Mark | null = null;
  for (const m of marks) if (m.ref === ref && (!best || m.start < best.start)) best = m;
  return best?.id ?? null;
}
