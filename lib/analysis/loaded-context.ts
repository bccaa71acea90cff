/**
 * Context rules for loaded-term matches: whether a listed word is used in its loaded sense where it stands (not
 * a word of a body's name, a fixed compound, a ranked superlative, a unit of measure; within its entry's sense
 * rule) and whether a report verb reports someone's words (not a negated or agentless passive, a poll's or a
 * court's finding, a territorial claim, an appointment confirmed, ...). The loaded-terms detector composes
 * them; the frame and naming detectors share the test for a body's name, the naming detector the sense rules.
 */
import type { LoadedEntry } from '@/lib/lexicons/loaded-terms';
import { reportVerbOf, type SenseRule } from '@/lib/lexicons/report-verbs';
import type { AnalysisDoc } from './detector';
import type { PhraseMatch } from './phrase-matcher';
import { BODY_NAME_WORDS, claimsPlace, isPossessive, NAME_GLUE, NGO_NAME_ENDS } from './speaker-words';
import { mentionsOf } from './speakers';
import type { Token } from './tokenize';

/** A capitalised word of the same sentence as `near`; its first word only when tagged a proper noun. */
function capitalisedAt(tokens: readonly Token[], k: number, near: Token): boolean {
  const t = tokens[k];
  if (!t?.isWord || !t.cap || t.sentence !== near.sentence) return false;
  return t.pos === 'PROPN' || tokens[k - 1]?.sentence === t.sentence;
}

/**
 * Whether a match of a lowercase lexicon entry is a word of a body's name instead: every word capitalised,
 * inside a run of capitalised words that holds a word naming a body or joins capitalised words with 'of'
 * or 'for' ('the Environmental Protection Agency', 'Everytown for Gun Safety', 'People's Liberation
 * Army'), outside a headline (whose title case capitalises everything). The body chose those words, not
 * the article. ('Crooked Hillary', 'President Obama' stay: no body's name; so does the body's own head
 * word, 'Supreme Court', 'Republican Party': the institution itself.)
 */
export function inProperName(doc: AnalysisDoc, m: PhraseMatch<unknown>): boolean {
  if (m.pattern.words.some((w) => w !== w.toLowerCase())) return false;
  const { tokens } = doc;
  const first = tokens[m.first] as Token;
  if (doc.blockKinds[first.block] === 'headline') return false;
  for (let k = m.first; k < m.last; k++) {
    const t = tokens[k] as Token;
    if (t.isWord && !t.cap) return false;
  }
  let body = false;
  // ('The Patriotic Front', 'the Popular Front': a front is a movement's or party's name.)
  // ('the Kids Online Safety Act', 'the Affordable Care Act': a law's or treaty's name, too.)
  // ('the Patriotic Electoral Bloc': a bloc is a party's or an alliance's name.)
  const bodyWord = (t: Token) =>
    BODY_NAME_WORDS.has(t.lower) ||
    NGO_NAME_ENDS.has(t.lower) ||
    PARTY_NAME_ENDS.has(t.lower) ||
    LAW_NAME_ENDS.has(t.lower);
  // The body's own head ('Supreme Court', 'Republican Party', 'Police') is the institution the text is about.
  for (let k = m.first; k < m.last; k++) if (bodyWord(tokens[k] as Token)) return false;
  // ('Amnesty Kenya', 'Moms Demand Action', 'Hayat Tahrir al-Sham': a word of a name the scan read as one,
  // a body's or a group's; a person's first word may still be an epithet, 'Crooked Hillary'.)
  const { at, list } = mentionsOf(doc);
  const named = list[at[m.first] ?? -1];
  if (
    named?.kind === 'entity' &&
    named.entity &&
    (named.last - named.first > m.last - m.first ||
      // ("Amnesty's Americas director": a body's short name, capitalised, is the body.)
      (named.entity.type === 'organisation' && named.last >= m.last && !!tokens[m.first]?.cap)) &&
    (named.entity.type !== 'person' || named.first < m.first)
  )
    return true;
  // Out to the right, then to the left, over capitalised words and the glue between them.
  for (const step of [1, -1]) {
    let k = step > 0 ? m.last : m.first - 1;
    for (let n = 0; n < 6; n++, k += step) {
      const t = tokens[k];
      if (!t) break;
      if (capitalisedAt(tokens, k, first) || isPossessive(t.text)) {
        if (bodyWord(t)) body = true;
        continue;
      }
      // ('Framework Convention on Climate Change': 'on' joins a body's or treaty's name too.)
      if ((NAME_GLUE.has(t.lower) || t.lower === 'on') && capitalisedAt(tokens, k + step, first)) {
        if (t.lower === 'of' || t.lower === 'for') body = true;
        continue;
      }
      // ('the Patriotic bloc', 'the Socialist party': capitalised inside a sentence before a lowercase word
      // for a party is the party's short name; a sentence's first word may be capitalised for its place.)
      if (
        step > 0 &&
        PARTY_NAME_ENDS.has(t.lower) &&
        t.sentence === first.sentence &&
        tokens[m.first - 1]?.sentence === first.sentence &&
        tokens[m.first - 1]?.isWord
      )
        body = true;
      break;
    }
  }
  return body;
}

/** Last words of a party's, movement's or armed group's name ('the Patriotic Electoral Bloc', 'the Popular Front'). */
const PARTY_NAME_ENDS = new Set(['army', 'front', 'bloc', 'party', 'alliance', 'movement', 'coalition']);

/** Last words of a law's or treaty's name ('Act', 'Treaty'). */
const LAW_NAME_ENDS = new Set([
  'act',
  'bill',
  'amendment',
  'treaty',
  'accord',
  'accords',
  'convention',
  'protocol',
  'charter',
]);

/** Forms of 'be' before a participle: 'could not be confirmed', 'was denied'. */
const BE = new Set(['be', 'been', 'being', 'is', 'are', 'was', 'were']);

/**
 * Whether a report verb at `i` is a negated passive ('could not be immediately confirmed', 'was not
 * denied'), or a vouching verb in a passive naming no agent: nobody is shown reporting anything, so the verb
 * frames no speaker.
 */
function passive(tokens: readonly Token[], i: number, endorsing: boolean): boolean {
  let k = i - 1;
  while (k > i - 3 && tokens[k]?.pos === 'ADV' && tokens[k]?.lower !== 'not') k--;
  if (!BE.has(tokens[k]?.lower ?? '')) return false;
  const neg = tokens[k - 1]?.lower;
  if (neg === 'not' || neg === "n't" || tokens[k + 1]?.lower === 'not') return true;
  // ('famine conditions had been confirmed', 'the deaths were confirmed in Zamzam': a verb that vouches for a
  // fact, in a passive naming no one who vouched; 'was confirmed by the ministry' still shows the ministry
  // confirming, and 'was slammed', 'was accused' still dramatise or doubt.)
  if (!endorsing || tokens[i]?.lower.endsWith('ing')) return false;
  for (let j = i + 1; j <= i + 3; j++) if (tokens[j]?.lower === 'by') return false;
  return true;
}

/** Words that negate the verb right after them. */
const NEGATIONS = new Set(['not', "n't", 'never']);

/**
 * Whether a report verb at `i` is negated in the active ('has not acknowledged defeat', 'never admitted
 * wrongdoing'): as with a negated passive, nobody is shown saying anything.
 */
function negated(tokens: readonly Token[], i: number): boolean {
  let k = i - 1;
  while (k > i - 3 && tokens[k]?.pos === 'ADV' && !NEGATIONS.has(tokens[k]?.lower ?? '')) k--;
  return NEGATIONS.has(tokens[k]?.lower ?? '');
}

/** What a poll or a study does: find, show, report; not a speaker's choice of verb. */
const DOCUMENT_NOUNS = new Set([
  'poll',
  'polls',
  'study',
  'studies',
  'survey',
  'surveys',
  'analysis',
  'data',
  'research',
  'polling',
  'review',
  'audit',
  'census',
  'figures',
  // 'The text confirms', 'the footage shows': a document, not a speaker.
  'text',
  'report',
  'document',
  'documents',
  'records',
  'results',
  'evidence',
  'footage',
  'video',
  // 'Investors shrugged off the outcome', 'markets brushed aside': a market moving, not a speaker.
  'investors',
  'markets',
  'traders',
  'stocks',
  'shares',
]);

/** Whether the subject right before a report verb at `i` is a poll, study or the like ('A poll found that'). */
function documentSubject(tokens: readonly Token[], i: number): boolean {
  let k = i - 1;
  while (k > i - 3 && (tokens[k]?.pos === 'ADV' || tokens[k]?.pos === 'AUX')) k--;
  if (DOCUMENT_NOUNS.has(tokens[k]?.lower ?? '')) return true;
  // ('A survey by Elabe for BFMTV found that': the document heads a subject that names who made it; 'Data from
  // the Armed Conflict Location and Event Data Project, or ACLED, show that': over an apposition or a bracket
  // naming the maker too, up to a verb.)
  const sentence = tokens[i]?.sentence;
  for (let j = k; j >= i - 16 && tokens[j]?.sentence === sentence; j--) {
    const t = tokens[j] as Token;
    // ('A survey conducted by the Nezopont Institute found that', 'The latest opinion poll released Friday shows
    // that': a participle right after the document says who made it or when; any other verb ends the subject.)
    if (t.pos === 'VERB') return t.lower.endsWith('ed') && DOCUMENT_NOUNS.has(tokens[j - 1]?.lower ?? '');
    if (t.text === ';') return false;
    if (DOCUMENT_NOUNS.has(t.lower) && (tokens[j + 1]?.lower === 'by' || tokens[j + 1]?.lower === 'from'))
      return true;
  }
  return false;
}

/** First halves of compounds whose second half loses its own sense ('low-lying', 'far-reaching'). */
// ('knee-jerk': a reflex, no insult.)
const COMPOUND_HEADS = new Set(['low', 'long', 'far', 'well', 'ever', 'never', 'fast', 'slow', 'knee']);

/** Whether the word at `i` ends a fixed compound: 'low' + '-' + 'lying', written together. */
export function fixedCompound(tokens: readonly Token[], i: number): boolean {
  const dash = tokens[i - 1];
  const head = tokens[i - 2];
  return (
    dash?.text === '-' &&
    dash.end === tokens[i]?.start &&
    head?.end === dash.start &&
    COMPOUND_HEADS.has(head.lower)
  );
}

/** Superlatives that open standard compounds ('the worst-hit areas', 'worst-performing', 'best-selling'). */
const SUPERLATIVE_HEADS = new Set(['worst', 'best']);

/** Whether the word at `i` opens such a compound, written together with its hyphen. */
export function superlativeCompound(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i];
  const dash = tokens[i + 1];
  return (
    !!t &&
    SUPERLATIVE_HEADS.has(t.lower) &&
    dash?.text === '-' &&
    dash.start === t.end &&
    tokens[i + 2]?.start === dash.end
  );
}

/**
 * Report verbs that also say what an event or a thing made visible ('the crisis exposed deeper frustration',
 * 'the leak revealed that talks had stalled', 'the dispute showed that ...').
 */
const THING_SUBJECT_VERBS = new Set(['expose', 'reveal', 'show', 'confirm']);

/** Verbs of a parenthetical attribution set inside a relative clause: 'charges that critics say confirm ...'. */
const PARENTHETICAL_SAY = new Set(['say', 'says', 'said', 'argue', 'argues', 'believe', 'believes']);

/**
 * Whether a verb of showing at `i` has a thing as its subject ('The crisis had exposed deeper frustration',
 * 'the war exposed the army's weakness'): a common noun right before it (over adverbs and auxiliaries) that
 * the speaker scan reads as no one. Nobody is reported; a person or body ('Reporters exposed', 'the ministry
 * exposed') still is.
 */
export function thingSubject(doc: AnalysisDoc, i: number): boolean {
  const { tokens } = doc;
  // ('The scandal has already claimed the House Speaker', 'the fire claimed 12 lives': an event that cost
  // someone a post or a life; 'claimed that' and 'claimed to' still report a claim.)
  // ('which state news media claimed now allows ...': a claim with its clause, no object, still reports.)
  const claims =
    tokens[i]?.lemma === 'claim' &&
    /^(DET|NUM|PROPN|PRON)$/.test(tokens[i + 1]?.pos ?? '') &&
    tokens[i + 1]?.lower !== 'that';
  if (!claims && !THING_SUBJECT_VERBS.has(tokens[i]?.lemma ?? '')) return false;
  let k = i - 1;
  while (k > i - 4 && (tokens[k]?.pos === 'ADV' || tokens[k]?.pos === 'AUX')) k--;
  // ('charges that critics say confirm what ...': over a parenthetical 'critics say' after a relative pronoun,
  // the subject of the verb is the noun the relative clause hangs on; the critics' verb is 'say'.)
  const parenthetical = PARENTHETICAL_SAY.has(tokens[k]?.lower ?? '');
  if (parenthetical) {
    let j = k - 1;
    while (j > k - 4 && ['NOUN', 'PROPN', 'DET', 'ADJ', 'PRON'].includes(tokens[j]?.pos ?? '')) {
      if (RELATIVES.has(tokens[j]?.lower ?? '')) break;
      j--;
    }
    if (!RELATIVES.has(tokens[j]?.lower ?? '') || j === k - 1) return false;
    k = j - 1;
  } else if (tokens[i]?.lemma === 'confirm') return false;
  const t = tokens[k];
  if (t?.pos !== 'NOUN' || t.sentence !== tokens[i]?.sentence) return false;
  const { at } = mentionsOf(doc);
  return (at[k] ?? -1) < 0;
}

/** Relative pronouns that open a clause on the noun before them. */
const RELATIVES = new Set(['that', 'which']);

/** Superlatives that rank one thing among others as well as judge it ('the worst unrest of his presidency'). */
const RANKING_SUPERLATIVES = new Set(['worst']);
/** Words that open the range a superlative ranks within: 'of his presidency', 'in decades', 'since 2008'. */
const RANGE_WORDS = new Set(['of', 'in', 'since', 'on', 'for', 'ever']);

/**
 * Whether a superlative at `i` ranks what it qualifies within a stated range ('the worst unrest of his
 * presidency', 'the worst flooding in decades', 'the worst drought since 1950', 'its worst year on record'):
 * a comparison the text measures, not a verdict. 'The worst of the crisis is over' (no noun between) and 'the
 * worst abuses' still judge.
 */
export function rankedSuperlative(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i];
  if (!t || !RANKING_SUPERLATIVES.has(t.lower)) return false;
  let k = i + 1;
  while (
    k < i + 4 &&
    (tokens[k]?.pos === 'NOUN' || tokens[k]?.pos === 'ADJ') &&
    tokens[k]?.sentence === t.sentence
  )
    k++;
  if (k === i + 1 || tokens[k]?.sentence !== t.sentence) return false;
  if (RANGE_WORDS.has(tokens[k]?.lower ?? '')) return true;
  // ('the worst violence between the South Asian neighbours since the Taliban seized power': a phrase naming
  // who took part may come between the noun and the range; only 'since' or 'ever' then open it, since 'in' or
  // 'on' after such a phrase is as likely a place: 'the worst clashes between police and fans in Paris'.)
  if (!RANGE_INTERVENING.has(tokens[k]?.lower ?? '')) return false;
  for (let j = k + 1; j < k + 9 && tokens[j]?.sentence === t.sentence; j++) {
    const w = tokens[j] as Token;
    if (w.lower === 'since' || w.lower === 'ever') return true;
    if (w.pos === 'VERB' || w.pos === 'AUX' || w.text === ',' || w.text === ';') return false;
  }
  return false;
}

/** Prepositions of a phrase naming the parties between a ranked noun and its range: 'the worst violence between X'. */
const RANGE_INTERVENING = new Set(['between', 'among', 'against', 'involving']);

/** Who finds as a court does: 'found that' is their ruling, not a verb chosen to vouch for a speaker. */
const COURT_WORDS = new Set([
  'judge',
  'court',
  'jury',
  'jurors',
  'tribunal',
  'coroner',
  'inquest',
  'panel',
  'justices',
]);

/**
 * Whether 'found that' or 'denied' at `i` has a court, judge or jury as its subject, a few words before it: a
 * ruling ('A federal judge denied the motion to dismiss'), not a verb chosen to frame a speaker. ('The judge
 * denied that he was biased' still reports words.)
 */
function courtFinding(tokens: readonly Token[], i: number): boolean {
  const lemma = tokens[i]?.lemma;
  if (lemma !== 'find' && (lemma !== 'deny' || tokens[i + 1]?.lower === 'that')) return false;
  const sentence = tokens[i]?.sentence;
  for (let k = i - 1; k >= i - 6 && tokens[k]?.sentence === sentence; k--)
    if (COURT_WORDS.has(tokens[k]?.lower ?? '')) return true;
  return false;
}

/**
 * Whether a match ending in 'that' at `last - 1` uses it as a determiner: a noun follows and then no verb
 * ('find that setting if ...'; 'found that prices rose' and 'found that the ...' are clauses).
 */
export function determinerThat(tokens: readonly Token[], last: number): boolean {
  if (tokens[last - 1]?.lower !== 'that' || tokens[last]?.pos !== 'NOUN') return false;
  // ('to prove that gun control is not the solution': a compound noun, then the clause's verb.)
  let k = last + 1;
  while (k < last + 3 && tokens[k]?.pos === 'NOUN') k++;
  const after = tokens[k]?.pos;
  return after !== 'VERB' && after !== 'AUX';
}

/**
 * Whether a match of an entry keeps to its sense rule (`onlyNear`, `notNear`, `onlyAfterPos`,
 * `onlyBeforePos`, parsed by the loader: see `senseRuleFields` in lib/lexicons/report-verbs.ts); entries
 * without one always do. Loaded terms and naming variants carry the same rules, so both detectors use it.
 */
export function inSense(doc: AnalysisDoc, m: PhraseMatch<{ sense?: SenseRule }>): boolean {
  const rule = m.data.sense;
  if (!rule) return true;
  const { tokens } = doc;
  const head = tokens[m.first] as Token;
  const tagged = (k: number, tags: readonly string[]) => {
    const t = tokens[k];
    // (wink tags a capitalised noun or adjective as a name, so NOUN and ADJ take PROPN too.)
    return (
      !!t &&
      t.block === head.block &&
      (tags.includes(t.pos) || (t.pos === 'PROPN' && (tags.includes('NOUN') || tags.includes('ADJ'))))
    );
  };
  if (rule.onlyAfterPos && !tagged(m.first - 1, rule.onlyAfterPos)) return false;
  if (rule.onlyBeforePos && !tagged(m.last, rule.onlyBeforePos)) return false;
  if (!rule.onlyNear && !rule.notNear) return true;
  const sentence = doc.sentences[head.sentence];
  if (!sentence) return true;
  let near = false;
  for (let k = sentence.first; k < sentence.last; k++) {
    if (k >= m.first && k < m.last) continue;
    const t = tokens[k] as Token;
    if (rule.notNear?.has(t.lower) || rule.notNear?.has(t.lemma)) return false;
    if (rule.onlyNear?.has(t.lower) || rule.onlyNear?.has(t.lemma)) near = true;
  }
  return near || !rule.onlyNear;
}

/** Quotation marks that open a quoted label. */
const OPENING_MARKS = new Set(['"', '“', "'", '‘']);

/** Possessive pronouns: 'their disputed frontier' is a participle describing a noun. */
const POSSESSIVES = new Set(['my', 'your', 'his', 'her', 'its', 'our', 'their']);

/**
 * Whether a report verb's participle at `i` describes the noun after it ('formed after disputed elections',
 * 'the disputed South China Sea', 'their disputed frontier', 'four further disputed areas', 'over claimed
 * savings'): after a preposition, a determiner, a number or a possessive (over any adverbs and adjectives)
 * and before a noun, nobody is reported disputing or claiming anything. A dramatising participle after a
 * determiner still judges ('their vaunted defence').
 */
function attributiveParticiple(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i];
  const next = tokens[i + 1];
  if (!t?.lower.endsWith('ed') || !next || !['NOUN', 'PROPN', 'ADJ'].includes(next.pos)) return false;
  let k = i - 1;
  // ('a "confirmed extremist" organisation': a quotation mark opening the label.)
  if (OPENING_MARKS.has(tokens[k]?.text ?? '')) k--;
  while (k > i - 5 && (tokens[k]?.pos === 'ADV' || tokens[k]?.pos === 'ADJ')) k--;
  const before = tokens[k];
  if (!before || before.sentence !== t.sentence) return false;
  // ('reports that disputed claims', 'officials who disputed': a relative pronoun is a subject.)
  if (['that', 'which', 'who', 'whom'].includes(before.lower)) return false;
  if (before.pos === 'ADP') return true;
  // ('their vaunted defence', 'the much-touted plan': a dramatising participle judges the noun itself.)
  if (reportVerbOf(t)?.stance === 'dramatising') return false;
  return (
    before.pos === 'DET' ||
    before.pos === 'NUM' ||
    POSSESSIVES.has(before.lower) ||
    before.lower === "'s" ||
    before.lower === '’s'
  );
}

/** Words that only measure out a place claimed ('almost the entire South China Sea', 'all of Kashmir'). */
const CLAIM_QUANTIFIERS = new Set([
  'entire',
  'whole',
  'all',
  'most',
  'much',
  'part',
  'parts',
  'swathes',
  'large',
]);
/** Words that may come between 'claims' and the place claimed. */
const CLAIM_FILLERS = new Set([
  'almost',
  'nearly',
  'virtually',
  'practically',
  'the',
  'a',
  'of',
  'its',
  'their',
]);
/** What a state claims as land or sea: 'claims the islands', 'claims the disputed waters'. */
const TERRITORY_NOUNS = new Set([
  'territory',
  'territories',
  'sea',
  'seas',
  'waters',
  'island',
  'islands',
  'islets',
  'reef',
  'reefs',
  'shoal',
  'land',
  'lands',
  'region',
  'province',
  'airspace',
  'peninsula',
  'strait',
  'archipelago',
]);

/**
 * Whether 'claims' before `next` claims a place ('Beijing claims Taiwan as its own territory', 'China claims
 * almost the entire South China Sea', 'claims the Spratly Islands'): a territorial claim, not a statement doubted.
 */
function claimsTerritory(tokens: readonly Token[], next: number): boolean {
  if (claimsPlace(tokens, next)) return true;
  let k = next;
  let measured = false;
  while (
    k < next + 5 &&
    (CLAIM_FILLERS.has(tokens[k]?.lower ?? '') || CLAIM_QUANTIFIERS.has(tokens[k]?.lower ?? ''))
  ) {
    if (CLAIM_QUANTIFIERS.has(tokens[k]?.lower ?? '')) measured = true;
    k++;
  }
  const head = tokens[k];
  if (!head) return false;
  // ('all of Kashmir': a measured-out capitalised name is a place; 'the South China Sea': a name ending in one.)
  if (head.cap && head.pos === 'PROPN') {
    if (measured) return true;
    let j = k;
    while (tokens[j + 1]?.cap && tokens[j + 1]?.sentence === head.sentence) j++;
    return TERRITORY_NOUNS.has(tokens[j]?.lower ?? '');
  }
  return TERRITORY_NOUNS.has(head.lower);
}

/** Who confirms an appointment: 'the Senate confirmed Hegseth', 'lawmakers voted to confirm her'. */
const CONFIRMING_BODIES = new Set([
  'senate',
  'senators',
  'parliament',
  'lawmakers',
  'legislators',
  'legislature',
  'congress',
  'assembly',
  'committee',
  'session',
  'vote',
]);

/**
 * Whether 'confirm' at `i` confirms an appointment ('a session meant to confirm Lopez as president',
 * 'confirmed him as chief', 'the Senate confirmed Hegseth'), not a statement.
 */
function confirmsAppointment(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i];
  if (t?.lemma !== 'confirm' || tokens[i + 1]?.lower === 'that') return false;
  // The person confirmed, then 'as' and the post.
  for (let k = i + 1; k <= i + 4; k++) {
    const w = tokens[k];
    if (!w || w.sentence !== t.sentence) break;
    if (w.lower === 'as') return k > i + 1;
    if (!['PROPN', 'PRON', 'DET', 'NOUN'].includes(w.pos)) break;
  }
  for (let k = i - 1; k >= i - 5; k--) {
    const w = tokens[k];
    if (!w || w.sentence !== t.sentence) break;
    if (CONFIRMING_BODIES.has(w.lower))
      return tokens[i + 1]?.pos === 'PROPN' || tokens[i + 1]?.pos === 'PRON';
  }
  return false;
}

/**
 * Whether a report verb's object, after a determiner, number, adjective or possessive, is one of the words
 * its entry lists as false friends after it ('confirmed a case of clade Ib', 'confirmed two new infections',
 * 'claimed the lives of'): the words the entry rules out next to the verb are ruled out a few words on too.
 */
function objectRuledOut(tokens: readonly Token[], m: PhraseMatch<LoadedEntry>): boolean {
  const notBefore = m.data.notBefore;
  if (!notBefore?.length) return false;
  let k = m.last;
  // ('denied OpenAI's motion to dismiss': a name's possessive before the object too.)
  const possessor = (j: number) =>
    tokens[j]?.pos === 'PROPN' && (tokens[j + 1]?.lower === "'s" || tokens[j + 1]?.lower === '’s');
  while (k < m.last + 4) {
    const t = tokens[k];
    if (['DET', 'NUM', 'ADJ'].includes(t?.pos ?? '') || POSSESSIVES.has(t?.lower ?? '')) k++;
    else if (possessor(k)) k += 2;
    else break;
  }
  const head = tokens[k];
  return (
    k > m.last && !!head && head.sentence === tokens[m.first]?.sentence && notBefore.includes(head.lower)
  );
}

/**
 * Whether the head noun a few words after a loaded phrase ending in a preposition, over determiners, numbers, adjectives, possessives
 * and the nouns of a compound ('attacks on farming communities', 'an attack on rural villages'), is one of the
 * words its entry lists as false friends after it: the literal sense the entry rules out next to it.
 */
export function headRuledOut(tokens: readonly Token[], m: PhraseMatch<LoadedEntry>): boolean {
  const notBefore = m.data.notBefore;
  if (!notBefore?.length || tokens[m.last - 1]?.pos !== 'ADP') return false;
  const sentence = tokens[m.first]?.sentence;
  let k = m.last;
  while (k < m.last + 4) {
    const t = tokens[k];
    if (!t || t.sentence !== sentence) return false;
    const compound = t.pos === 'NOUN' && tokens[k + 1]?.pos === 'NOUN';
    if (compound || ['DET', 'NUM', 'ADJ'].includes(t.pos) || POSSESSIVES.has(t.lower)) k++;
    else break;
  }
  const head = tokens[k];
  return k > m.last && !!head && head.sentence === sentence && notBefore.includes(head.lower);
}

/** Nouns of measure that some informal phrases open: 'tons of', 'loads of'. */
const MEASURE_NOUNS = new Set(['tons', 'tonnes', 'loads', 'heaps', 'piles', 'barrels']);

/**
 * Whether a phrase opening with a noun of measure follows a number ('300,000 tons of rice', 'two loads of
 * gravel'): a unit, not a colloquial 'a lot of'.
 */
export function measured(tokens: readonly Token[], m: PhraseMatch<LoadedEntry>): boolean {
  const t = tokens[m.first];
  const prev = tokens[m.first - 1];
  if (!t || !MEASURE_NOUNS.has(t.lower) || !prev || prev.sentence !== t.sentence) return false;
  return prev.pos === 'NUM' || /\d/.test(prev.text) || QUANTITY_WORDS.has(prev.lower);
}

/** Phrases of war that name a war before a country or an armed group ('war on Ukraine', 'war on the Taliban'). */
const WAR_PHRASES = new Set(['war on', 'war against']);

/**
 * Whether a phrase of war is followed by a capitalised name, over 'the' ('war on Ukraine', 'the war on the
 * Taliban'): a war fought on a country or an armed group, not a policy cast as one ('war on farmers'). A name the
 * speaker scan reads as another body ('Trump's war on the Fed') is an institution, and a war on it a policy cast
 * as one; in a headline, whose title case capitalises every word ('Trump's War on the Fed'), only a country or an
 * armed group the scan reads counts as a war.
 */
export function warOnName(doc: AnalysisDoc, m: PhraseMatch<LoadedEntry>): boolean {
  if (!WAR_PHRASES.has(m.data.key)) return false;
  const { tokens } = doc;
  const k = tokens[m.last]?.lower === 'the' ? m.last + 1 : m.last;
  const t = tokens[k];
  if (!t?.cap || t.sentence !== tokens[m.first]?.sentence) return false;
  const { at, list } = mentionsOf(doc);
  const entity = list[at[k] ?? -1]?.entity;
  if (entity) return entity.aff.sector === 'armed-group' || entity.name === entity.aff.country;
  return doc.blockKinds[t.block] !== 'headline';
}

/** Quotation marks that close a quoted term. */
const CLOSING_MARKS = new Set(['"', '”', "'", '’']);
/** What opens the explanation of a term just introduced: 'a so-called "scout" who sounds out the parties'. */
const EXPLAINING_WORDS = new Set(['who', 'which', 'that', '(', ':', '–', '—']);

/**
 * Whether 'so-called' introduces a term of art: after 'a' or 'an', before a short lowercase term in quotation
 * marks that a relative clause, a bracket, a colon or a dash explains right there ('the parliament appoints a
 * so-called "scout" who sounds out the parties'). The writer names the term for the reader and keeps no distance
 * from it; 'the so-called Renaissance Dam' and 'the so-called "experts"' still distance.
 */
export function termOfArt(tokens: readonly Token[], m: PhraseMatch<LoadedEntry>): boolean {
  if (m.data.key !== 'so-called') return false;
  const article = tokens[m.first - 1]?.lower;
  if ((article !== 'a' && article !== 'an') || !OPENING_MARKS.has(tokens[m.last]?.text ?? '')) return false;
  const sentence = tokens[m.first]?.sentence;
  let k = m.last + 1;
  while (k < m.last + 5 && tokens[k]?.isWord && !tokens[k]?.cap && tokens[k]?.sentence === sentence) k++;
  if (k === m.last + 1 || !CLOSING_MARKS.has(tokens[k]?.text ?? '')) return false;
  const next = tokens[k + 1];
  return !!next && next.sentence === sentence && EXPLAINING_WORDS.has(next.lower);
}

/** Forms of 'be' before a progressive: 'were screaming'. */
const BE_PROGRESSIVE = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'being', "'m", "'re", "'s"]);
/** What may close the clause of a verb that reports no words. */
const CLAUSE_ENDS = new Set([',', '.', '!', '?', ';', ')', '"', '”', '’', "'", 'and', 'or']);

/**
 * Whether a report verb at `i` is a progressive that ends its clause ('"My children were screaming," he said',
 * 'protesters were chanting and crying'): it says what people were doing, and reports no words.
 */
function progressiveWithoutWords(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i];
  if (!t?.lower.endsWith('ing')) return false;
  let k = i - 1;
  while (k > i - 3 && tokens[k]?.pos === 'ADV') k--;
  if (!BE_PROGRESSIVE.has(tokens[k]?.lower ?? '')) return false;
  const next = tokens[i + 1];
  if (!next || next.block !== t.block) return true;
  if (!CLAUSE_ENDS.has(next.lower)) return false;
  // ('he was yelling, "Get out!"': the words follow, after a space; '...screaming,"' closes a quotation.)
  const after = tokens[i + 2];
  return !(
    (next.text === ',' || next.text === ':') &&
    after &&
    ['"', '“'].includes(after.text) &&
    after.start > next.end
  );
}

/**
 * Whether a capitalised word inside a run of capitalised words ('the Ta Moan Thom temple', 'the Court of
 * Claims') outside a headline is a word of a name: a name's words are not verbs.
 */
export function capitalisedInName(doc: AnalysisDoc, i: number): boolean {
  const { tokens } = doc;
  const t = tokens[i];
  if (!t?.cap || doc.blockKinds[t.block] === 'headline') return false;
  const prev = tokens[i - 1];
  if (!prev || prev.sentence !== t.sentence || !prev.isWord) return false;
  const next = tokens[i + 1];
  const capWord = (w: Token | undefined) => !!w && w.isWord && w.cap && w.sentence === t.sentence;
  return capWord(prev) || capWord(next);
}

/** Words that open a condition: 'If it confirms the count', 'unless he denies it'. */
const CONDITIONS = new Set(['if', 'unless', 'whether']);

/**
 * Whether a report verb at `i` is the verb of a condition ('If it confirms the count, ...', 'unless the
 * ministry denies it'): 'if' or 'unless', its subject and the verb. Nobody is shown saying anything yet.
 */
function conditional(tokens: readonly Token[], i: number): boolean {
  const sentence = tokens[i]?.sentence;
  for (let k = i - 1; k >= i - 5 && tokens[k]?.sentence === sentence; k--) {
    const t = tokens[k] as Token;
    if (CONDITIONS.has(t.lower)) return k < i - 1;
    if (!['PRON', 'PROPN', 'NOUN', 'DET', 'ADJ', 'ADV', 'AUX', 'PART'].includes(t.pos)) return false;
  }
  return false;
}

/** Prepositions before a gerund that names an act a person is punished, praised or known for. */
const ACT_PREPOSITIONS = new Set(['for']);

/**
 * Whether a report verb's gerund at `i` follows 'for' ('dismissed from the force for denouncing corruption',
 * 'jailed for criticising the king'): the act someone was punished or praised for, which the outlet names
 * with the plain word, not a speaker's words it frames.
 */
function actNamed(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i];
  return !!t?.lower.endsWith('ing') && ACT_PREPOSITIONS.has(tokens[i - 1]?.lower ?? '');
}

/** Words of quantity before a plural noun: 'a dozen brands', 'several claims'. */
const QUANTITY_WORDS = new Set([
  'dozen',
  'dozens',
  'several',
  'many',
  'few',
  'some',
  'other',
  'these',
  'those',
  'various',
  'numerous',
  'hundreds',
  'thousands',
]);

/**
 * Whether a report verb's form in -s at `i` is a plural noun: after a number or a word of quantity ('a dozen
 * brands', 'two claims', 'several pleas'), nobody brands or claims anything.
 */
function pluralNoun(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i];
  const prev = tokens[i - 1];
  if (!t?.lower.endsWith('s') || t.lower.endsWith('ss') || !prev || prev.sentence !== t.sentence)
    return false;
  return prev.pos === 'NUM' || QUANTITY_WORDS.has(prev.lower);
}

/** Words that may open a time phrase after an election concession: 'less than two hours after', 'within minutes'. */
const TIME_PHRASE_OPENERS = new Set([
  'less',
  'more',
  'than',
  'about',
  'around',
  'nearly',
  'almost',
  'just',
  'only',
  'barely',
  'some',
  'within',
  'a',
  'an',
  'few',
  'two',
  'several',
]);
/** Units of time that close such a phrase. */
const TIME_UNITS = new Set(['hour', 'hours', 'minute', 'minutes', 'day', 'days', 'night', 'week', 'weeks']);

/**
 * Whether 'conceded' at `i` has no object and no clause but a time phrase after it ('Jara conceded less than two
 * hours after polls closed', 'conceded within minutes'): a candidate accepting defeat, which reports no words.
 * (The entry's false friends after it cover 'conceded shortly', 'conceded late'.)
 */
function concededElection(tokens: readonly Token[], i: number): boolean {
  if (tokens[i]?.lemma !== 'concede') return false;
  const sentence = tokens[i]?.sentence;
  for (let k = i + 1; k < i + 6; k++) {
    const t = tokens[k];
    if (!t || t.sentence !== sentence) return false;
    if (TIME_UNITS.has(t.lower)) return k > i + 1;
    if (!TIME_PHRASE_OPENERS.has(t.lower) && t.pos !== 'NUM') return false;
  }
  return false;
}

/**
 * Whether a report verb's -ing form at `i` closes a compound written with a hyphen after a noun ('ride-hailing
 * services', 'fact-finding mission'): a modifier naming a kind of thing, not a verb reporting words.
 */
function hyphenCompound(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i];
  const dash = tokens[i - 1];
  const head = tokens[i - 2];
  return (
    !!t?.lower.endsWith('ing') &&
    dash?.text === '-' &&
    dash.end === t.start &&
    head?.end === dash.start &&
    (head.pos === 'NOUN' || head.pos === 'PROPN')
  );
}

/**
 * Whether a report-verb match reports someone's words: not a participle describing a noun, a territorial
 * claim, an appointment confirmed, an object the entry rules out, a progressive that reports nothing, a
 * negated or agentless vouching passive, a poll's finding or a court's.
 */
export function reportsWords(doc: AnalysisDoc, m: PhraseMatch<LoadedEntry>): boolean {
  const { tokens } = doc;
  const single = m.last - m.first === 1;
  if (single && attributiveParticiple(tokens, m.first)) return false;
  // ('Beijing claims Taiwan as its own territory': a claim to a place, not a statement doubted.)
  if (tokens[m.first]?.lemma === 'claim' && claimsTerritory(tokens, m.last)) return false;
  if (confirmsAppointment(tokens, m.first) || objectRuledOut(tokens, m)) return false;
  if (single && progressiveWithoutWords(tokens, m.first)) return false;
  if (single && (actNamed(tokens, m.first) || pluralNoun(tokens, m.first))) return false;
  if (single && (concededElection(tokens, m.first) || hyphenCompound(tokens, m.first))) return false;
  if (conditional(tokens, m.first)) return false;
  return !(
    passive(tokens, m.first, reportVerbOf(tokens[m.first] as Token)?.stance === 'endorsing') ||
    negated(tokens, m.first) ||
    documentSubject(tokens, m.first) ||
    courtFinding(tokens, m.first) ||
    thingSubject(doc, m.first)
  );
}

/**
 * Whether a match read a sentence's capitalised first word as the plural of a lexicon noun ('Mobs set fire
 * to', see `initialPluralBases`) where the word is a person's name the article uses ('Crooks fired eight
 * shots' after 'Thomas Crooks').
 */
export function personAsPlural(doc: AnalysisDoc, m: PhraseMatch<LoadedEntry>): boolean {
  const head = doc.tokens[m.first];
  const word = m.pattern.words[0];
  if (!head || head.lower === word || head.lemma === word) return false;
  const { at, list } = mentionsOf(doc);
  const named = list[at[m.first] ?? -1];
  return named?.kind === 'entity' && named.entity?.type === 'person';
}

/** Heads of the hedges that cite a group of people unnamed ('observers say', 'experts say', 'critics say'). */
const UNNAMED_GROUP_HEADS = new Set(['observers', 'experts', 'critics', 'analysts', 'monitors']);

/**
 * Whether a hedge citing a group ('observers said') names the body the group belongs to: the speaker scan
 * reads a body's name into it or right before it ('European Union observers said', 'OSCE observers', 'Human
 * Rights Watch experts'). Sources of a body ('Kremlin sources said') stay unnamed people.
 */
export function groupNamed(doc: AnalysisDoc, m: PhraseMatch<LoadedEntry>): boolean {
  if (!UNNAMED_GROUP_HEADS.has(doc.tokens[m.first]?.lower ?? '')) return false;
  const { at, list } = mentionsOf(doc);
  const own = list[at[m.first] ?? -1];
  if (own?.kind === 'entity' && own.first < m.first && own.entity?.organisation) return true;
  const before = list[at[m.first - 1] ?? -1];
  return before?.kind === 'entity' && before.last === m.first && before.entity?.type === 'organisation';
}

/** Verbs of seeming that open a hedge: 'appeared to', 'seems to'. */
const SEEMING = new Set(['appear', 'seem']);

/**
 * Whether a hedge of seeming at `m` names an appearance someone produced, not the writer's doubt: the complement
 * of a causative 'make' ('the edit falsely made President Trump appear to incite violence') or the verb of a
 * result clause ('spliced so that he appeared to tell supporters ...'), over the subject between them. What an
 * edit or a staging made someone seem to do is the fact reported; 'the strike appeared to target a depot' still
 * hedges.
 */
export function producedAppearance(tokens: readonly Token[], m: PhraseMatch<LoadedEntry>): boolean {
  if (m.data.category !== 'hedge' || !SEEMING.has(tokens[m.first]?.lemma ?? '')) return false;
  const sentence = tokens[m.first]?.sentence;
  const subject = (t: Token) => ['NOUN', 'PROPN', 'PRON', 'DET', 'ADJ'].includes(t.pos);
  for (let k = m.first - 1; k >= m.first - 5; k--) {
    const t = tokens[k];
    if (!t || t.sentence !== sentence) return false;
    if (t.lemma === 'make') return k < m.first - 1;
    if (t.lower === 'that' && tokens[k - 1]?.lower === 'so') return k < m.first - 1;
    if (!subject(t) || t.lower === 'that') return false;
  }
  return false;
}
