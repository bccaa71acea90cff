/**
 * The public contract of the framing model. Comparisons are stored as JSON snapshots and served to
 * researchers, so fields are only ever added, never renamed or removed. Every `start`/`end` is a
 * JavaScript string index into the exact input text of that article.
 */

export interface Span {
  start: number;
  end: number;
}

/** One article as a reader or the API hands it in. */
export interface ArticleInput {
  text: string;
  title?: string;
  outlet?: string;
  date?: string;
  url?: string;
}

/** A line-level block of the text: paragraphs, and the lines kept out of the body counts. */
export type BlockKind = 'headline' | 'caption' | 'credit' | 'boilerplate' | 'body';

export interface TextBlock extends Span {
  kind: BlockKind;
}

export type LoadedCategory =
  | 'evaluative'
  | 'legality'
  | 'harm'
  | 'intensifier'
  | 'informal'
  | 'hedge'
  | 'report-verb';

export interface LoadedTerm extends Span {
  /** The exact slice of the input. */
  text: string;
  /** The lexicon entry that matched (its `term`, `lemma` or `phrase`). */
  term: string;
  category: LoadedCategory;
  /** Inside a quotation: the speaker's words, not the outlet's own voice. */
  inQuote: boolean;
  /**
   * Outside quotation marks, in what the text attributes to a speaker ('Witnesses described scenes of
   * chaos'): the outlet's paraphrase of someone else's account, not its own assertion. Absent in snapshots
   * made before model 0.3.4.
   */
  inReportedSpeech?: boolean;
  explanation: string;
  /** A more neutral wording, where one exists. */
  neutral: string | null;
  /** Provenance of the lexicon entry. */
  source: string;
}

export interface NamingVariant extends Span {
  /** Group id, stable across versions (e.g. 'kyiv'). */
  group: string;
  /** Human label of the group (e.g. 'Kyiv / Kiev'). */
  groupLabel: string;
  /** The variant used here, in its canonical spelling (e.g. 'Kiev'). */
  variant: string;
  text: string;
  inQuote: boolean;
  /**
   * Outside quotation marks but in what the text attributes to a speaker ('Dunmore said employers who hire
   * illegal immigrants should face prison'), from model 0.3.6: the speaker's name, not the outlet's.
   */
  inReportedSpeech?: boolean;
  /** Who uses which variant and since when. */
  note: string;
  /**
   * The group's stance-free variant (e.g. 'Kyiv' for Kyiv / Kiev; equal to `variant` when this is it), or
   * null when every name in the group belongs to a side. Absent for spelling variants and in snapshots made
   * before model 0.2.0.
   */
  neutralVariant?: string | null;
  /** 'lexicon' for curated groups; 'spelling' for proper-name spellings found by comparing the two articles. */
  origin: 'lexicon' | 'spelling';
}

export type SourceType =
  | 'outlet'
  | 'wire'
  | 'government'
  | 'military'
  | 'organisation'
  | 'person'
  | 'anonymous';

export interface SourceMention extends Span {
  /** The attribution pattern that made this a citation ('according to', 'citing', 'told', 'said', ...). */
  cue: string | null;
}

export interface SourceCited {
  name: string;
  type: SourceType;
  /** Country and/or sector, e.g. 'United States government', 'Rights group', 'Russia, state-affiliated'. */
  affiliation: string | null;
  camp: string | null;
  mentions: SourceMention[];
}

export type QuoteKind = 'direct' | 'partial' | 'scare';
export type SpeakerType = 'person' | 'organisation' | 'anonymous';

export interface Speaker {
  name: string;
  type: SpeakerType;
  affiliation: string | null;
  /** Voice-balance group: country + sector, e.g. 'United States government', 'Rights groups', 'NATO'. */
  camp: string;
}

/** How a report verb positions the reporter: 'neutral' (said, told), or loaded in one direction. */
export type VerbStance = 'neutral' | 'doubting' | 'dramatising' | 'endorsing' | 'conceding';

export interface Quote extends Span {
  /** The quoted words without their quotation marks; `start`/`end` cover the words only. */
  text: string;
  kind: QuoteKind;
  speaker: Speaker | null;
  verb: string | null;
  verbStance: VerbStance | null;
  words: number;
}

/** An attributed statement, direct (a quote) or indirect (paraphrase after 'X said that ...'). */
export interface Statement extends Span {
  speaker: Speaker;
  verb: string | null;
  direct: boolean;
}

export interface VoiceBalanceRow {
  camp: string;
  quotedWords: number;
  statements: number;
}

export type FrameDimension =
  | 'economic'
  | 'capacity-resources'
  | 'morality'
  | 'fairness-equality'
  | 'legality'
  | 'policy'
  | 'crime-punishment'
  | 'security-defense'
  | 'health-safety'
  | 'quality-of-life'
  | 'cultural-identity'
  | 'public-opinion'
  | 'political'
  | 'external-regulation'
  | 'other';

export interface FrameHit extends Span {
  text: string;
}

export interface FrameScore {
  dimension: FrameDimension;
  label: string;
  per1000: number;
  hits: FrameHit[];
}

export interface ToneSentence extends Span {
  /** wink-nlp sentence sentiment, -1 (negative) to +1 (positive). */
  score: number;
}

export interface ArticleAnalysis {
  /** Words in body blocks (headline, captions, credits and boilerplate excluded). */
  wordCount: number;
  blocks: TextBlock[];
  namingVariants: NamingVariant[];
  loadedTerms: LoadedTerm[];
  sources: SourceCited[];
  quotes: Quote[];
  statements: Statement[];
  voiceBalance: VoiceBalanceRow[];
  /** Camps that appear as cited sources but are never quoted or given a statement. */
  campsNamedNotHeard: string[];
  frames: FrameScore[];
  tone: ToneSentence[];
  toneMean: number;
}

export type Side = 'a' | 'b';

export interface NamingContrast {
  kind: 'naming';
  group: string;
  groupLabel: string;
  origin: 'lexicon' | 'spelling';
  /** Per variant: how often the side uses it, and how many of those uses are inside quotations (absent in
   * comparisons saved before model 0.3) or, from model 0.3.6, in reported speech; `written`, from model 0.3.2,
   * the words as the article wrote them when every use reads the same and differs from the variant's
   * canonical name ('illegal migrants'). */
  a: NamingRow[];
  b: NamingRow[];
}

export interface NamingRow {
  variant: string;
  count: number;
  quoted?: number;
  reported?: number;
  written?: string;
}

export interface LoadedCategoryContrast {
  kind: 'loaded-category';
  category: LoadedCategory;
  aPer1000: number;
  bPer1000: number;
}

export interface SourcingContrast {
  kind: 'sourcing';
  measure: 'anonymous' | 'named-speakers' | 'outlets' | 'organisations';
  a: number;
  b: number;
}

export interface VoiceContrast {
  kind: 'voice';
  camp: string;
  aQuotedWords: number;
  bQuotedWords: number;
  aStatements: number;
  bStatements: number;
}

export interface FrameContrast {
  kind: 'frame';
  dimension: FrameDimension;
  aPer1000: number;
  bPer1000: number;
}

export interface ToneContrast {
  kind: 'tone';
  aMean: number;
  bMean: number;
}

export type Contrast =
  | NamingContrast
  | LoadedCategoryContrast
  | SourcingContrast
  | VoiceContrast
  | FrameContrast
  | ToneContrast;

export type OverlapStatus = 'both' | 'only-a' | 'only-b';

export interface OverlapSentence extends Span {
  status: OverlapStatus;
  /** The best-matching sentence in the other article, when the status is 'both'. */
  match: Span | null;
  similarity: number;
}

export interface Overlap {
  a: OverlapSentence[];
  b: OverlapSentence[];
  /** Share of each article's sentences (by count) also reported by the other. */
  sharedShareA: number;
  sharedShareB: number;
}

export interface DistinctiveWord {
  word: string;
  /** z-score of the log-odds ratio with an informative Dirichlet prior; positive leans to A. */
  z: number;
  countA: number;
  countB: number;
}

export interface Distinctive {
  /** |z| above which a word is shown. */
  threshold: number;
  a: DistinctiveWord[];
  b: DistinctiveWord[];
  /** Plain note for the reader, e.g. when nothing passes the threshold. */
  note: string | null;
}

/** Plain rows for the charts, computed on the server; the client only draws them. */
export interface ChartRows {
  loadedCategories: { category: LoadedCategory; label: string; a: number; b: number }[];
  voice: { camp: string; aWords: number; bWords: number; aStatements: number; bStatements: number }[];
  frames: { dimension: FrameDimension; label: string; a: number; b: number }[];
  distinctive: { word: string; z: number; side: Side }[];
  tone: { side: Side; sentence: number; position: number; score: number }[];
}

export interface Comparison {
  modelVersion: string;
  articles: [ArticleAnalysis, ArticleAnalysis];
  contrasts: Contrast[];
  /** A handful of plain-language sentences chosen from the largest contrasts. */
  findings: string[];
  overlap: Overlap;
  distinctive: Distinctive;
  charts: ChartRows;
}
