import type { Entity } from './speakers';
import type { TokenizedDoc } from './tokenize';
import type {
  BlockKind,
  FrameDimension,
  FrameHit,
  LoadedTerm,
  NamingVariant,
  Quote,
  SourceMention,
  SourceType,
  Statement,
} from './types';

/** A cited source at one place in the text, before aggregate.ts groups mentions by source. */
export interface SourceMentionFinding extends SourceMention {
  name: string;
  type: SourceType;
  affiliation: string | null;
  camp: string | null;
}

/**
 * Where a quote or a statement names its speaker, as token range [first, last): the quotes detector finds
 * the speakers, and sources.ts cites each one named ('John Smith, a ministry spokesman, said'). Not part of
 * the analysis JSON.
 */
export interface SpeakerMentionFinding {
  first: number;
  last: number;
  entity: Entity;
  /** The report verb as written ('said', 'according to'), or null for a dash attribution. */
  verb: string | null;
}

/** What detectors find: spans with a label. Counting and grouping happen later, in aggregate.ts. */
export type Finding =
  | { kind: 'quote'; value: Quote }
  | { kind: 'statement'; value: Statement }
  | { kind: 'loaded-term'; value: LoadedTerm }
  | { kind: 'naming'; value: NamingVariant }
  | { kind: 'source-mention'; value: SourceMentionFinding }
  | { kind: 'speaker-mention'; value: SpeakerMentionFinding }
  | { kind: 'frame-hit'; value: FrameHit & { dimension: FrameDimension } };

export type FindingKind = Finding['kind'];
export type FindingValue<K extends FindingKind> = Extract<Finding, { kind: K }>['value'];

/** A document as detectors see it: the tokens plus the kind of each block (headline, caption, body...). */
export interface AnalysisDoc extends TokenizedDoc {
  blockKinds: BlockKind[];
  /** The outlet that published the article, as the reader or the import gave it ('The Guardian'), if known. */
  outlet?: string | null;
}

/**
 * Every detector has this signature. `prior` holds the findings of the detectors listed before it in the
 * registry (e.g. quotes, so a loaded-term detector can tell the outlet's voice from a quotation).
 */
export type Detector = (doc: AnalysisDoc, prior: readonly Finding[]) => Finding[];

/** The values of one kind of finding, in the order they were found. */
export function findingsOf<K extends FindingKind>(findings: readonly Finding[], kind: K): FindingValue<K>[] {
  const out: FindingValue<K>[] = [];
  for (const f of findings) if (f.kind === kind) out.push(f.value as FindingValue<K>);
  return out;
}
