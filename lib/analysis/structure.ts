import type { Block, TokenizedDoc } from './tokenize';
import type { BlockKind } from './types';

/**
 * Photo credits: '© Aris Messinis / AFP', 'Photo: Reuters', 'AP Photo/Efrem Lukatsky', '(Photo by X/AFP via
 * Getty Images)'. An agency joined to a pollster is a poll, not a credit ('A Reuters/Ipsos poll found',
 * 'the latest Reuters/Ipsos opinion poll', 'an Ipsos/Reuters survey').
 */
const CREDIT_MARK =
  /(©|\(c\)\s|\b(photo|photograph|image|picture|video|illustration|graphic)s?\s*(:|by\b|credit\b)|\bcredit:|\bgetty images\b|\bap photo\b|\b(reuters|afp|epa|ap|anadolu|sputnik|tass|ria novosti|xinhua)\s*\/(?!(?:[\w-]+\s+){1,2}(poll|survey)s?\b)|\/\s*(afp|reuters|ap|epa|efe|getty|tass|sputnik|ria novosti|anadolu|xinhua|shutterstock|alamy)\b(?!(?:\s+[\w-]+)?\s+(poll|survey)s?\b)|\bvia getty\b|\bfile photo\b)/i;
/**
 * A cheap necessary condition for CREDIT_MARK: every one of its alternatives contains one of these. Most
 * lines have none, and this test costs a quarter of the full pattern's.
 */
const MAYBE_CREDIT = /[©/]|\(c\)|photo|image|picture|video|illustration|graphic|credit|getty/i;
/** A line that is nothing but a credit (no sentence of its own). */
const CREDIT_ONLY =
  /^(©|\(c\)|photo|photograph|image|picture|credit|source:|getty|ap photo|reuters\/|afp\/|\(photo)/i;
const BOILERPLATE =
  /^(read more|read also|read next|see also|related( articles?| stories| coverage)?:?|more on this|advertisement|advert|ad|sponsored|subscribe|sign up|share( this| on)?|click here|follow us|follow (the|our)|listen to this|watch:|watch the video|recommended|most read|trending|copyright|all rights reserved|this (article|story) (was|has been) (updated|amended|corrected)|updated:?|published:?|last updated|skip to|jump to|comments?|\d+ comments?|image caption|media caption|getty images)\b/i;
/** A name in a byline: capitalised words, with the lowercase particles of names ('Ursula von der Leyen'). */
const BYLINE_NAME = String.raw`\p{Lu}[\p{L}.'’-]*(?:\s+(?:(?:de|da|del|der|van|von|la|le|al|bin)\s+)*\p{Lu}[\p{L}.'’-]*){0,3}`;
/**
 * 'By John Smith', 'By John Smith and Jane Doe, CNN', 'By Lucía Morales in Houston | The Guardian' (not 'By
 * Monday, Smith said the talks had failed.').
 */
const BYLINE = new RegExp(
  String.raw`^[Bb]y\s+${BYLINE_NAME}(?:\s*(?:,|and|&)\s*${BYLINE_NAME}){0,4}(?:\s+in\s+${BYLINE_NAME})?(?:\s*[|–—,]\s*(?:[Tt]he\s+)?${BYLINE_NAME})?\.?$`,
  'u',
);
/** Newsroom roles on a line of their own: 'Editor: Wang Xiaoyu', 'Edited by Jane Roe', 'Reporters: ...'. */
const STAFF_LINE =
  /^((editor|reporter|writer|producer|translator|photographer|correspondent)s?\s*:\s*\p{Lu}|(edited|written|produced|translated|compiled)\s+by\s+\p{Lu})/iu;
/** Promotion of the outlet itself: 'Follow RT on Telegram', 'Read our full analysis at thesun.co.uk'. */
const PROMO =
  /(^follow\s+[\p{L}\d .'’-]{1,30}\s+on\s+(telegram|twitter|x|facebook|instagram|tiktok|youtube|whatsapp|vk)\b)|\b(read|visit|download|subscribe|sign up)\b[^.]*\b[\w-]+\.(com|co\.uk|org|net|ru|cn|in)\b/iu;
/** Corrections and editors' notes appended to an article: the newsroom's voice, not the article's. */
const EDITORS_NOTE =
  /^(correction|clarification|editor['’]s note|editors['’] note)s?\s*(\([^)]{1,40}\)\s*)?[:.—–-]/i;
/** A line on how the story was funded or made: 'This story was produced with support from ...'. */
const FUNDING_LINE =
  /^this (article|story|report|series|coverage|project|reporting) (was|is) (produced|supported|funded|made possible|part of|published)\b/i;
/** Staff credits: '(Reporting by X; Editing by Y)', '—Additional reporting by X', 'Contributing: X' at a line's start... */
const STAFF_CREDIT_HEAD =
  /^[—–-]?\s*\(?\s*(?:[Ww]ith\s+)?((?:(?:[Aa]dditional|[Ff]urther)\s+)?(?:[Rr]eporting|[Ww]riting|[Ee]diting|[Rr]esearch|[Tt]ranslation|[Gg]raphics|[Cc]ompiled)\s+by\s+\p{Lu}|[Cc]ontributing:)/u;
/** ... or 'X contributed to this report.' at its end (searched only in lines that say 'contributed '). */
const STAFF_CREDIT_TAIL =
  /\bcontributed (?:reporting|to this (?:report|story|article))(?: from [^.]*)?\.?\)?$/u;
/**
 * ... or 'Associated Press writer Raf Casert reported from Brussels.', 'Reuters correspondents Jane Doe and John
 * Roe contributed to this report.': the newsroom's staff named by their job.
 */
const STAFF_BY_JOB = new RegExp(
  String.raw`^(?:\p{Lu}[\p{L}.&'’-]*\s+){0,4}(?:staff\s+)?(?:writer|reporter|correspondent|journalist|photographer)s?\s+${BYLINE_NAME}(?:\s*(?:,|and)\s*${BYLINE_NAME}){0,3}\s+(?:reported|contributed(?:\s+reporting)?)\s+(?:from(?:\s+\p{Lu}[\p{L}'’.-]*,?){1,4}|to\s+this\s+(?:report|story|article))\.?$`,
  'u',
);
const isStaffCredit = (text: string) =>
  STAFF_CREDIT_HEAD.test(text) ||
  (text.includes('contributed ') && STAFF_CREDIT_TAIL.test(text)) ||
  ((text.includes(' reported ') || text.includes(' contributed ')) && STAFF_BY_JOB.test(text));
/** Date and time lines: '7 July 2023, 10:32 GMT', 'Updated 3:04 PM EDT, Fri July 7, 2023'. */
const DATELINE =
  /^(updated|published|posted)?\s*[\w ,.:]*\b(\d{1,2}:\d{2}|\d{4})\b[\w ,.:]*(gmt|utc|[ecmp][sd]t|am|pm|\d{4})\.?$/i;

function isHeadline(text: string, index: number, firstBodySeen: boolean): boolean {
  if (firstBodySeen || index > 1) return false;
  if (text.length > 160 || !/^["“‘']?\p{Lu}/u.test(text)) return false;
  // A first line in title case is a headline even when it ends in a full stop ('The Fed Just Chose Wall
  // Street Over Working Families. Again.').
  return !/[.!?:]["”’)]*$/.test(text) || (index === 0 && titleCase(text));
}

/** Words a title-case headline may leave in lowercase. */
const MINOR_WORDS = new Set([
  'a',
  'an',
  'the',
  'and',
  'or',
  'but',
  'of',
  'to',
  'in',
  'on',
  'at',
  'for',
  'by',
  'with',
  'as',
  'vs',
]);

/**
 * `minWords` or more words (four by default), every one capitalised but minor words: title case, as
 * headlines are written.
 */
export function titleCase(text: string, minWords = 4): boolean {
  const words = text
    .split(/\s+/)
    .map((w) => w.replace(/^[^\p{L}\d]+|[^\p{L}\d]+$/gu, ''))
    .filter(Boolean);
  if (words.length < minWords) return false;
  return words.every((w) => /^[\p{Lu}\d]/u.test(w) || MINOR_WORDS.has(w));
}

/** Decides which lines are headline, caption, credit or boilerplate, so they stay out of body counts and sources. */
export function classifyBlocks(doc: TokenizedDoc): BlockKind[] {
  let bodySeen = false;
  return doc.blocks.map((block: Block, index) => {
    const text = doc.text.slice(block.start, block.end);
    const kind = kindOf(text, index, bodySeen);
    if (kind === 'body') bodySeen = true;
    return kind;
  });
}

function kindOf(text: string, index: number, bodySeen: boolean): BlockKind {
  const short = text.length <= 120;
  if (short && BOILERPLATE.test(text)) return 'boilerplate';
  if (short && BYLINE.test(text)) return 'boilerplate';
  if (short && (STAFF_LINE.test(text) || PROMO.test(text))) return 'boilerplate';
  if (text.length <= 60 && DATELINE.test(text)) return 'boilerplate';
  if (text.length <= 300 && isStaffCredit(text)) return 'boilerplate';
  if (text.length <= 600 && EDITORS_NOTE.test(text)) return 'boilerplate';
  if (text.length <= 400 && FUNDING_LINE.test(text)) return 'boilerplate';
  if (text.length <= 300 && MAYBE_CREDIT.test(text) && CREDIT_MARK.test(text))
    return CREDIT_ONLY.test(text) || text.length <= 40 ? 'credit' : 'caption';
  if (isHeadline(text, index, bodySeen)) return 'headline';
  return 'body';
}
