import { describe, expect, it } from 'vitest';
import { analyzeArticle, detectAll, readArticle } from '@/lib/analysis/analyze';
import { compareArticles } from '@/lib/analysis/compare';
import { findingsOf } from '@/lib/analysis/detector';
import { detectSources } from '@/lib/analysis/detectors/sources';

const sources = (text: string) =>
  findingsOf(detectSources(readArticle(text), []), 'source-mention').map((s) => [s.name, s.type, s.cue]);
/** Sources with the registry run in order, so the speakers the quotes detector found are there to cite. */
const cited = (text: string) =>
  findingsOf(detectAll(readArticle(text)), 'source-mention').map((s) => [s.name, s.type, s.cue]);

describe('detectSources', () => {
  it.each([
    ['The talks stalled, Politico reported on Thursday.', ['Politico', 'outlet', 'reported']],
    ['According to Reuters, the talks stalled.', ['Reuters', 'wire', 'according to']],
    ['The minister told CNN that the talks stalled.', ['CNN', 'outlet', 'told']],
    ['He spoke in a BBC interview on Monday.', ['BBC', 'outlet', 'interview']],
    [
      'The talks stalled, the paper said, citing the Associated Press.',
      ['Associated Press', 'wire', 'citing'],
    ],
    ['The plan was confirmed by the Pentagon on Friday.', ['Pentagon', 'government', 'confirmed by']],
    // Police and intelligence services are civilian state bodies.
    ['The FBI said it would investigate.', ['Federal Bureau of Investigation', 'government', 'said']],
    ['Former Miss Universe Alicia Machado said she was humiliated.', ['Alicia Machado', 'person', 'said']],
    ['Human Rights Watch said the strikes were unlawful.', ['Human Rights Watch', 'organisation', 'said']],
    // A place, a known body and a title before the name: one person, not 'Virginia AFL-CIO'.
    [
      'Turnout rose, according to Virginia AFL-CIO President Doris Crouse-Mays.',
      ['Doris Crouse-Mays', 'person', 'according to'],
    ],
    ['The NRA said the bill went too far.', ['National Rifle Association', 'organisation', 'said']],
    [
      'A person familiar with the matter said the deal was close.',
      ['A person familiar with the matter', 'anonymous', 'said'],
    ],
    [
      'Two senior Israeli officials said the operation would continue.',
      ['Two senior Israeli officials', 'anonymous', 'said'],
    ],
    ['The U.S. says it has enough shells in stock.', ['United States', 'government', 'says']],
    [
      'Agence France-Presse (AFP) teams on the ground have seen the damage.',
      ['Agence France-Presse', 'wire', 'reporting'],
    ],
    [
      'Haaretz published the letter on Monday. The newspaper reported that talks had stalled.',
      ['Haaretz', 'outlet', 'reported'],
    ],
  ])('%s', (text, expected) => {
    expect(sources(text)).toContainEqual(expected);
  });

  // Not citations: actors, places, credits and mere mentions.
  it.each([
    'The United States sent more weapons to Ukraine on Friday.',
    'Russia and Ukraine both use the munitions.',
    'Soldiers prepare to fire. © Aris Messinis / AFP',
    'Photo: Reuters',
    'She once worked at CNN before moving to Paris.',
    'NATO members meet in Vilnius next week.',
    'The Pentagon did not disclose further details.',
  ])('cites nobody in: %s', (text) => {
    expect(sources(text)).toEqual([]);
  });

  // A speaker named with a description between name and verb is cited like 'X said'.
  it.each([
    ['John Smith, a spokesman for the ministry, said the talks failed.', ['John Smith', 'person', 'said']],
    [
      '"We are targeting infrastructure," Lt. Col. Nadav Shoshani, an Israeli military spokesman, told reporters.',
      ['Nadav Shoshani', 'person', 'told'],
    ],
    ['Hamas, which runs Gaza, said the talks had failed.', ['Hamas', 'organisation', 'said']],
    [
      'Leonard E. Burman, director of the Tax Policy Center, said the plan would cost more.',
      ['Leonard E. Burman', 'person', 'said'],
    ],
    [
      '"It is over," said Jens Laerke, a spokesman for the agency, in Geneva.',
      ['Jens Laerke', 'person', 'said'],
    ],
    [
      'A senior Egyptian official, speaking on condition of anonymity because he was not authorized to brief the media, said the offer was rejected.',
      ['A senior Egyptian official', 'anonymous', 'said'],
    ],
    ['The claims are lies, the Hamas movement said in a statement.', ['Hamas', 'organisation', 'said']],
    [
      'The United Nations humanitarian office, OCHA, warned that famine was imminent.',
      ['United Nations', 'organisation', 'warned'],
    ],
    ['Police said two men were arrested.', ['Police', 'government', 'said']],
    ["Israel's military said the strike hit a command centre.", ["Israel's military", 'military', 'said']],
    ['The company said sales fell.', ['The company', 'organisation', 'said']],
  ])('cites the speaker in: %s', (text, expected) => {
    expect(cited(text)).toContainEqual(expected);
  });

  // Named in an attribution, and still no source: the subject of what was said, a pronoun, a sentence opener.
  it.each([
    ['The White House said Biden would travel to Cairo.', 'Joe Biden'],
    ['An adviser said Smith had left the campaign.', 'Smith'],
    ['Having said that, the minister left early.', 'Having'],
    ['The crowd waited. Keeps saying the same thing, the man left.', 'Keeps'],
  ])('does not cite in: %s', (text, name) => {
    expect(cited(text).map(([n]) => n)).not.toContain(name);
  });

  it('cites "he said" only through the name it stands for', () => {
    expect(cited('"We will win," he said.')).toEqual([]);
  });

  it('keeps a surname with the one person of that name, and two people of one surname apart', () => {
    const one = analyzeArticle(
      'Loretta E. Lynch told the graduates to be brave. Lynch said the law protects everyone.',
    ).sources;
    expect(one.map((s) => [s.name, s.mentions.length])).toEqual([['Loretta E. Lynch', 2]]);
    const two = analyzeArticle(
      'Bill Clinton told the crowd to vote. Hillary Clinton told them the same.',
    ).sources.map((s) => s.name);
    expect(two).toEqual(['Bill Clinton', 'Hillary Clinton']);
  });

  it("reads a spokesperson's camp from the body they speak for", () => {
    const camp = (text: string) => analyzeArticle(text).sources.map((s) => s.camp);
    expect(camp('A spokesperson for the foundation said the talks failed.')).toEqual([
      'Unaffiliated or unknown',
    ]);
    expect(camp('A spokeswoman for the company said sales fell.')).toEqual(['Business']);
    expect(camp('A spokesman for the Kremlin said the talks failed.')).toEqual(['Russian government']);
  });

  // A post with no body of its own speaks for the body or person the text refers back to.
  it.each([
    [
      'UN chief Antonio Guterres condemned the killing of civilians, his spokesman Stephane Dujarric said.',
      'Stephane Dujarric',
      'United Nations',
    ],
    [
      'The UN refugee agency warned of famine. Jens Laerke, a spokesman for the agency, said aid was blocked.',
      'Jens Laerke',
      'UNHCR',
    ],
    [
      "The Hamas-run health ministry said 38 people were killed. Israeli officials disputed it. Ashraf al-Qidra, the ministry's spokesman, said most were women and children.",
      'Ashraf al-Qidra',
      'Palestinian government',
    ],
  ])('reads whose post it is in: %s', (text, name, camp) => {
    const found = analyzeArticle(text).sources.find((s) => s.name === name);
    expect(found?.camp).toBe(camp);
  });

  it.each([
    // Which of two countries 'the government' is needs a reader.
    [
      'Israel struck Gaza overnight. John Roe, a spokesman for the government, said the strikes would go on.',
      'John Roe',
      ['Palestinian government', 'Israeli government'],
    ],
    // 'its' looks within its sentence: World Athletics is unknown, and the White House is not it.
    [
      'The White House said it would act. Coping is a challenge World Athletics will meet, its president Sebastian Coe said.',
      'Sebastian Coe',
      ['United States government'],
    ],
  ])('does not guess whose post it is in: %s', (text, name, wrong) => {
    const found = analyzeArticle(text).sources.find((s) => s.name === name);
    expect(found).toBeDefined();
    expect(wrong).not.toContain(found?.camp);
  });

  // Figures and reports name the body that published them.
  it.each([
    [
      'Arrests fell, according to figures released Tuesday by U.S. Customs and Border Protection.',
      ['Customs and Border Protection', 'government', 'released by'],
    ],
    ['Data from the United Nations show a rise.', ['United Nations', 'organisation', 'data from']],
    ['A study by Human Rights Watch found abuse.', ['Human Rights Watch', 'organisation', 'study by']],
    [
      'According to sources inside Border Patrol, thousands still cross.',
      ['sources inside Border Patrol', 'anonymous', 'according to'],
    ],
    ['Sen. John Cornyn, R-Texas, called the policy "a stunt."', ['John Cornyn', 'person', 'called']],
    [
      'The Israeli Ministry of Foreign Affairs said the report was wrong.',
      ['Israeli Ministry of Foreign Affairs', 'government', 'said'],
    ],
  ])('cites the body in: %s', (text, expected) => {
    expect(cited(text)).toContainEqual(expected);
  });

  it.each([
    ['Troops were sent by the Pentagon.', 'Pentagon'],
    ["The footage released Friday by Scott's family was unclear. Scott had left.", 'Scott'],
    ['Migrants interviewed in Tijuana said they were confused.', 'Tijuana'],
    ['Sen. John Cornyn, R-Texas, called the policy "a stunt."', 'R-Texas'],
    [
      'Texas Gov. Greg Abbott blasted the White House, saying Biden "has completely abandoned" border states.',
      'Joe Biden',
    ],
  ])('does not cite in: %s', (text, name) => {
    expect(cited(text).map(([n]) => n)).not.toContain(name);
  });

  it.each([
    ["Russia's Ministry of Defence said the village was taken.", 'Russian government'],
    ['The Israeli Ministry of Foreign Affairs said the report was wrong.', 'Israeli government'],
    ['Diplomats at the United Nations said the vote would fail.', 'United Nations'],
    ['Officials in Kyiv said the talks failed.', 'Ukrainian government'],
  ])('reads the camp in: %s', (text, camp) => {
    expect(analyzeArticle(text).sources.map((s) => s.camp)).toContain(camp);
  });

  it('does not make people familiar with the talks members of the public', () => {
    const [source] = analyzeArticle('Two people familiar with the talks said they failed.').sources;
    expect(source?.type).toBe('anonymous');
    expect(source?.camp).not.toMatch(/public/i);
  });

  // Where the speaker is, whose post it is, and names with a lowercase syllable.
  it.each([
    ['The U.S. Embassy in Kyiv said the strike hit a residential area.', 'U.S. Embassy', 'Ukraine'],
    ['A spokesman for the Kremlin said the talks failed.', 'A spokesman for the Kremlin', 'Kremlin'],
    [
      'Bonnie Glaser, managing director at the German Marshall Fund, a Washington think tank, said the drills were bigger.',
      'Bonnie Glaser',
      'United States',
    ],
    ['Lai Ching-te said Taiwan would not yield.', 'Lai Ching-te', 'Lai Ching'],
  ])('cites the speaker, not a place or body near it, in: %s', (text, name, not) => {
    const names = cited(text).map(([n]) => n);
    expect(names).toContain(name);
    expect(names).not.toContain(not);
  });

  it('gives a spokesman the camp of the body he speaks for', () => {
    const [source] = analyzeArticle('A spokesman for the Kremlin said the talks failed.').sources;
    expect(source?.camp).toBe('Russian government');
  });

  it('finds a person named family name first by that name alone', () => {
    const sources = analyzeArticle(
      'Foreign Ministry spokesperson Guo Jiakun told reporters the drills were legal. "We urge restraint," Guo said.',
    ).sources;
    expect(sources.map((s) => [s.name, s.mentions.length])).toEqual([['Guo Jiakun', 2]]);
  });

  it('cites one source for one phrase, and experts as experts', () => {
    const sources = analyzeArticle(
      'According to Russian military experts, the plant repaired tanks.',
    ).sources;
    expect(sources.map((x) => [x.name, x.camp])).toEqual([
      ['Russian military experts', 'Experts and analysts'],
    ]);
  });

  // A speaker the quotes name only by a pronoun is cited where the text named them.
  it.each([
    [
      'Mayor Jane Roe toured the site on Monday.\n"We will rebuild," she said.',
      ['Jane Roe', 'Mayor Jane Roe'],
    ],
    [
      'Sen. John Cornyn visited the border on Friday. He said the policy had failed.',
      ['John Cornyn', 'Sen. John Cornyn'],
    ],
  ])('cites the person a pronoun stands for in: %s', (text, [name, mention]) => {
    const found = analyzeArticle(text).sources.find((s) => s.name === name);
    expect(found?.mentions.map((m) => text.slice(m.start, m.end))).toEqual([mention]);
  });

  it.each([
    // Nobody named before: the pronoun cites nobody.
    ['"We will win," he said. John Roe was not there.', 'John Roe'],
    // 'he' stands for Smith, who spoke; Jones was only mentioned, in another sentence.
    ['Alan Smith met Bob Jones on Monday. Smith spoke first. He said the deal was done.', 'Bob Jones'],
  ])('cites only the person the pronoun stands for in: %s', (text, name) => {
    expect(analyzeArticle(text).sources.map((s) => s.name)).not.toContain(name);
  });

  // A post with a place, then the name in apposition: the post is the person's.
  it.each([
    [
      'The mayor of Springfield, Jane Roe, said the city would rebuild.',
      'Jane Roe',
      'Regional and local government (country not named)',
    ],
    [
      'The governor of Texas, Greg Abbott, said the border was open.',
      'Greg Abbott',
      'United States state and local government',
    ],
    // 'Acme' is no place: the president's post says nothing of a government.
    ['The president of Acme, John Smith, said sales fell.', 'John Smith', 'Unaffiliated or unknown'],
  ])('reads the post before the name in: %s', (text, name, camp) => {
    const found = analyzeArticle(text).sources.find((s) => s.name === name);
    expect(found?.camp).toBe(camp);
  });

  // Capitalised words that are no person, even when a pronoun follows.
  it.each([
    [
      "The president's Pacific roots came into play. He told island leaders that the stakes were high.",
      'Pacific',
    ],
    ['Gender Equality.\nHe has championed the rights of women, he said.', 'Gender Equality'],
    ['Limited Tools to Fight Terrorism: The United Nations has struggled, he said.', 'Limited Tools'],
    ['Limited Tools to Fight Terrorism: The United Nations has struggled, he said.', 'Fight Terrorism'],
  ])('names no person in: %s', (text, name) => {
    expect(analyzeArticle(text).sources.map((s) => s.name)).not.toContain(name);
    expect(analyzeArticle(text).quotes.map((q) => q.speaker?.name)).not.toContain(name);
  });

  // Rights to one cause make a side's advocates; human and civil rights are everyone's.
  it.each([
    ['Abortion-rights groups said the ruling was cruel.', 'Abortion-rights groups', 'Abortion-rights groups'],
    ['Gun rights advocates said the bill went too far.', 'Gun rights advocates', 'Gun-rights groups'],
    [
      'Voting-rights activists said the new map was unfair.',
      'Voting-rights activists',
      'Advocacy groups and unions',
    ],
    ['Human rights groups said the strikes were unlawful.', 'Human rights groups', 'Rights groups'],
    ['The new rights groups said the law was unfair.', 'rights groups', 'Rights groups'],
  ])('reads the camp of the groups in: %s', (text, name, camp) => {
    const found = analyzeArticle(text).sources.find((s) => s.name.endsWith(name));
    expect(found?.camp).toBe(camp);
  });

  it.each([
    ['The AFL-CIO backed the bill, its president said.', 'Labour unions'],
    ['Human Rights Watch published the report on Monday, its president said.', 'Rights groups'],
    // 'its' names no body here: Russia and Ukraine are countries, and which one needs a reader.
    ['Russia and Ukraine traded blame, its president said.', 'Government (country not named)'],
  ])("gives a post after 'its' the body it refers to in: %s", (text, camp) => {
    const found = analyzeArticle(text).sources.find((s) => s.name.endsWith('president'));
    expect(found?.camp).toBe(camp);
  });

  it('cites no body for a name that only describes the noun after it', () => {
    expect(cited('Clinton would need a Senate majority to confirm Supreme Court justices.')).toEqual([]);
  });

  it.each([
    ['Israeli defense officials accused Tehran of "using civilians as cover".', 'Iran'],
    ['Israeli Defence Minister Avi Shaked said Israel "will not wait."', 'Israel'],
    ['Trump accused Holt of being a Democrat.', 'Holt'],
  ])('cites no object of a report verb in: %s', (text, name) => {
    expect(cited(text).map(([n]) => n)).not.toContain(name);
  });

  it.each([
    ['Home Front Command said schools would close.', 'Home Front Command', 'Military (country not named)'],
    [
      'The Riverport Immigrant Rights Coalition said the raid was unlawful.',
      'Riverport Immigrant Rights Coalition',
      'Rights groups',
    ],
    ['Power was cut, a claim the Islamic Republic denies.', 'Iran', 'Iranian government'],
    ['The Security Council said the vote would be held on Friday.', 'United Nations', 'United Nations'],
    [
      '"Tehran drew red lines," said Dr. Michal Sapir, a senior researcher at the Institute for National Security Studies.',
      'Michal Sapir',
      'Experts and analysts',
    ],
  ])('names the source and its camp in: %s', (text, name, camp) => {
    expect(analyzeArticle(text).sources.map((s) => [s.name, s.camp])).toContainEqual([name, camp]);
  });

  it.each([
    ['The strike hit a base, according to Western intelligence assessments.', 'Western'],
    ['He was jailed, according to Hamlin County court records.', 'Hamlin County'],
  ])('takes no name before a common noun for a person in: %s', (text, name) => {
    expect(analyzeArticle(text).sources.map((s) => s.name)).not.toContain(name);
  });

  it.each([
    // The person speaks; the body they are 'of' is their affiliation, not a second source.
    ['Marcos Teixeira of the Getulio Vargas Foundation said: "Not yet."', ['Marcos Teixeira']],
    [
      "Dr. Hannah Lindqvist of Britain's University of Reading told reporters the data was clear.",
      ['Hannah Lindqvist'],
    ],
    // A name closing a 'who' clause is not the speaker.
    [
      'Amina Wekesa, who directs the think tank Power Shift Africa, said the deal was weak.',
      ['Amina Wekesa'],
    ],
    // One source for an unnamed official after a quotation.
    ['"We are watching," a State Department official told reporters.', ['a State Department official']],
  ])('cites the speaker alone in: %s', (text, names) => {
    expect(analyzeArticle(text).sources.map((s) => s.name)).toEqual(names);
  });

  it.each([
    [
      'According to an analysis by the campaign group Global Witness, emissions rose.',
      ['Global Witness', 'organisation', 'analysis by'],
    ],
    [
      'According to the think tank Chatham House, trade fell.',
      ['Chatham House', 'organisation', 'according to'],
    ],
    [
      'According to the nonpartisan Congressional Budget Office, the top 1 percent paid more.',
      ['Congressional Budget Office', 'organisation', 'according to'],
    ],
  ])('cites a body described before its name in: %s', (text, expected) => {
    expect(cited(text)).toContainEqual(expected);
  });

  it("gives a post at a known body, named in apposition, the body's camp", () => {
    const text = 'A White House spokesperson, Karen Delgado, said the president was briefed.';
    expect(analyzeArticle(text).sources.map((s) => [s.name, s.camp])).toEqual([
      ['Karen Delgado', 'United States government'],
    ]);
  });

  it.each([
    ["Israel's foreign minister, Eli Cohen, said the talks had failed.", 'Israeli government'],
    ["Tuvalu's foreign minister, Simon Kofe, said the deal was a lifeline.", 'Tuvaluan government'],
    ["Hamas's spokesman, Abu Obeida, said the talks had failed.", 'Hamas'],
  ])("gives a post at a country's or body's possessive, named in apposition, its camp: %s", (text, camp) => {
    expect(analyzeArticle(text).sources.map((s) => s.camp)).toEqual([camp]);
  });

  it('gives no camp from a body that is only the subject of an earlier clause', () => {
    // False friend: the comma ends a clause about Israel, not a post there.
    const text = "Israel's army withdrew, Eli Cohen said.";
    expect(analyzeArticle(text).sources.find((s) => s.name === 'Eli Cohen')?.camp).not.toBe(
      'Israeli government',
    );
  });

  it.each([
    [
      'Chief Tom Reyes told the Riverside Ledger that the cuts were reckless.',
      ['Riverside Ledger', 'outlet', 'told'],
    ],
    [
      'The plan is dead, the Riverport Courier-Journal reported.',
      ['Riverport Courier-Journal', 'outlet', 'reported'],
    ],
    [
      'According to the Kansas City Star, the vote was close.',
      ['Kansas City Star', 'outlet', 'according to'],
    ],
  ])('cites a newspaper the gazetteer does not list by its name: %s', (text, expected) => {
    expect(cited(text)).toContainEqual(expected);
  });

  it('gives an unlisted newspaper the country a place in its name says, and says it is not listed', () => {
    const sources = analyzeArticle('According to the Kansas City Star, the vote was close.').sources;
    expect(sources.map((s) => [s.name, s.affiliation, s.camp])).toEqual([
      ['Kansas City Star', 'United States, newspaper not in the gazetteer', 'News media'],
    ]);
  });

  it.each([
    ['The officer was placed on leave, the Chronicle reported.', ['Chronicle', 'outlet', 'reported']],
    ['Dunn told the Tampa Bay Times that supplies ran short.', ['Tampa Bay Times', 'outlet', 'told']],
  ])('cites a one-word paper name and a paper named after a known one: %s', (text, expected) => {
    expect(cited(text)).toContainEqual(expected);
  });

  it("reads a chapter's place after a body's name as part of it, not as a person", () => {
    const text =
      'Keisha Brown, an organizer with Black Lives Matter Riverside, claimed the cuts were too small.';
    expect(analyzeArticle(text).sources.map((s) => s.name)).toEqual(['Keisha Brown']);
  });

  it('gives a rank less weight than the union the apposition names', () => {
    const text =
      'Sgt. Tom Kowalski, president of the Fraternal Order of Police Lodge 12, said the plan was a surrender.';
    expect(analyzeArticle(text).sources.map((s) => [s.name, s.camp])).toContainEqual([
      'Tom Kowalski',
      'Labour unions',
    ]);
  });

  it.each([
    // False friends: a paper's word inside a longer name, a paper's name before a noun, a one-word name.
    'Crowds filled the Times Square area, police said.',
    'The Lone Star State said it would appeal.',
    'According to the Post, the vote was close.',
    'The Star said the vote was close.',
  ])('makes no unlisted newspaper of: %s', (text) => {
    expect(analyzeArticle(text).sources.filter((s) => s.type === 'outlet')).toEqual([]);
  });

  it.each([
    ['According to the National Weather Service, the storm will weaken.', 'National Weather Service'],
    ['The National Guard said the roads were impassable.', 'National Guard'],
  ])('reads a longer name that starts like an outlet as that name: %s', (text, name) => {
    const sources = analyzeArticle(text).sources;
    expect(sources.map((s) => [s.name, s.type === 'outlet'])).toEqual([[name, false]]);
  });

  it.each([
    // A storm, a court case's party and a body's name are no people.
    ['The agency defended its response to Hurricane Delia, saying attacks were baseless.', 'Hurricane Delia'],
    ['The 6-3 decision in Carter v. Ohio rejected arguments from the plaintiffs.', 'Ohio'],
    [
      'Kevin Guthrie, director of the Florida Division of Emergency Management, said his staff had waited.',
      'Emergency Management',
    ],
  ])('cites no person for the name in: %s', (text, name) => {
    expect(analyzeArticle(text).sources.map((s) => s.name)).not.toContain(name);
  });

  it.each([
    [
      'Attorney Daniel Ortiz, who represents the family, said the family would sue.',
      'Lawyers (defence or private)',
    ],
    [
      'District Attorney Daniel Ortiz said the officer would be charged.',
      'United States state and local government',
    ],
    [
      'Dr. Lena Whitfield, a criminologist at Riverside State University, said research was mixed.',
      'Experts and analysts',
    ],
    ['"It is over," one veteran patrol officer said.', 'Security services (country not named)'],
  ])('gives the camp a post says: %s', (text, camp) => {
    expect(analyzeArticle(text).sources.map((s) => s.camp)).toEqual([camp]);
  });

  it('cites no one inside a quotation, and reads an abbreviated rank before a name', () => {
    const text =
      '"We will not allow the regime to threaten Israel," IDF spokesperson Rear Adm. Nadav Eshel said.';
    expect(analyzeArticle(text).sources.map((s) => [s.name, s.camp])).toEqual([
      ['Nadav Eshel', 'Israeli military'],
    ]);
  });

  it('keeps a name wink splits at a letter whole', () => {
    const text = '"It works," COP31 President Mehmet Aydın said.';
    expect(analyzeArticle(text).sources.map((s) => s.name)).toEqual(['Mehmet Aydın']);
  });

  it('keeps groups on opposite sides of one issue in separate camps', () => {
    const camps = analyzeArticle(
      'The NRA said the bill went too far. Everytown for Gun Safety said it did not go far enough. ' +
        'The AFL-CIO said workers would lose. The U.S. Chamber of Commerce said businesses would gain.',
    ).sources.map((s) => [s.name, s.camp]);
    expect(camps).toEqual([
      ['National Rifle Association', 'Gun-rights groups'],
      ['Everytown for Gun Safety', 'Gun-control groups'],
      ['AFL-CIO', 'Labour unions'],
      ['U.S. Chamber of Commerce', 'Business lobbies'],
    ]);
  });

  it("steps back over a 'who' clause that holds a comma of its own", () => {
    expect(cited('Maria Lopez, who lives in Pueblo, Colo., said her grandson has asthma.')).toContainEqual([
      'Maria Lopez',
      'person',
      'said',
    ]);
  });

  it.each([
    // A 'who' clause with no commas: its head speaks, not a name inside the clause.
    [
      'A woman who worked for Mayor Tom Smith said the office was closed.',
      ['A woman', 'Civilians and public'],
    ],
    [
      'One young man who arrived in Dover on Monday said he had paid smugglers.',
      ['One young man', 'Civilians and public'],
    ],
    [
      'Many parents who spoke at the meeting said the books were harmful.',
      ['Many parents', 'Civilians and public'],
    ],
    [
      'Officials who declined to be named said talks had stalled.',
      ['Officials who declined to be named', 'Anonymous officials'],
    ],
  ])('reads the head of a restrictive "who" clause as the speaker: %s', (text, expected) => {
    expect(analyzeArticle(text).sources.map((s) => [s.name, s.camp])).toEqual([expected]);
  });

  it.each([
    // False friends: a clause whose own subject is named ('who Smith said'), a body before 'who', a clause set
    // off by commas (read by the usual apposition rules).
    ['The man who Smith said was responsible denied it.', ['Smith']],
    ['John Bentel, a tech staffer at the State Department who told his staff nothing, left in May.', []],
    ['Chase Strangio, an ACLU lawyer who argued the case, slammed the ruling.', ['Chase Strangio']],
  ])('keeps other speakers of a "who" clause: %s', (text, names) => {
    expect(analyzeArticle(text).sources.map((s) => s.name)).toEqual(names);
  });

  it.each([
    ['The ISPR statement said several Indian posts were destroyed.', 'Inter-Services Public Relations'],
    ['A Pentagon statement said the strike was precise.', 'Pentagon'],
    ['Senator John Hale denied the charges. His statement said he was innocent.', 'John Hale'],
  ])('cites whoever issued the statement that speaks: %s', (text, name) => {
    expect(analyzeArticle(text).sources.map((s) => s.name)).toEqual([name]);
  });

  it.each([
    // False friends: a document nobody is named as issuing.
    'A 2019 report said the river was polluted.',
    'The statement said the plan was flawed.',
  ])('cites nobody for a document with no issuer: %s', (text) => {
    expect(analyzeArticle(text).sources).toEqual([]);
  });

  it.each([
    ['Democrats in the state legislature accused the governor of staging photo ops.', 'Democrats'],
    ['Republican leaders in several states have defended the flights.', 'Republican leaders'],
    ['Residents of the town said the water was brown.', 'Residents'],
  ])('reads a place or body after the speaker as where they are, not who speaks: %s', (text, name) => {
    expect(analyzeArticle(text).sources.map((s) => s.name)).toEqual([name]);
  });

  it.each([
    // False friends: the body itself before the verb; a place phrase after a name that is no speaker.
    ['Officials at the ministry said the talks had stalled.', ['Officials at the ministry']],
    ['Fighting in the capital said little about the war.', []],
  ])('keeps other subjects before a place phrase: %s', (text, names) => {
    expect(analyzeArticle(text).sources.map((s) => s.name)).toEqual(names);
  });

  it.each([
    // A person named right after an anaphor-free sentence is who 'she' means next.
    [
      'Graham Whitlock said the demand was unaffordable. Among them was Margaret Pryce, 74, a retired teacher. "I have been in agony," she said.',
      'Margaret Pryce',
    ],
  ])('puts the person a subjectless sentence names before the reader: %s', (text, name) => {
    expect(analyzeArticle(text).quotes.map((q) => q.speaker?.name)).toEqual([name]);
  });

  it.each([
    [
      'Consumer groups urged FEMA to act. The agency declined to comment.',
      'Federal Emergency Management Agency',
    ],
    ['The talks collapsed, Reuters reported. The agency said it had seen the letter.', 'Reuters'],
    ['Documents were reviewed by the Guardian. The agency declined to comment.', null],
  ])("reads 'the agency' as a wire or a public body, never a newspaper: %s", (text, name) => {
    const agency = analyzeArticle(text).sources.find((s) =>
      s.mentions.some((m) => text.slice(m.start, m.end) === 'The agency'),
    );
    expect(agency?.name ?? null).toBe(name);
  });

  it.each([
    ['Figures from the General Medical Council show the rise.', []],
    ["It was under Mr. Ban's watch that the General Assembly established U.N. Women.", []],
  ])("reads 'General' before a body's word as part of its name, not a rank: %s", (text, people) => {
    expect(
      analyzeArticle(text)
        .sources.filter((s) => s.type === 'person')
        .map((s) => s.name),
    ).toEqual(people);
  });

  it.each([
    ['"I love this job," said Dr Amira Hassan, a doctor at Leeds General Infirmary.', 'Civilians and public'],
    ['Gen. Mark Milley said the war was a stalemate.', 'Military (country not named)'],
    [
      'The State Department Refugee Processing Center said most refugees were Sunni.',
      'United States government',
    ],
    ['The Oregon Health Authority said cases rose.', 'United States state and local government'],
    ['A company spokesman said sales fell.', 'Business'],
    ['A Northlight spokeswoman said the firm would comply.', 'Unaffiliated or unknown'],
    ['A Kremlin spokesman said the talks were useful.', 'Russian government'],
  ])('gives the camp the words say: %s', (text, camp) => {
    expect(analyzeArticle(text).sources[0]?.camp).toBe(camp);
  });

  it.each([
    // Review of world and domestic pairs: each quote's speaker as a reader names it.
    [
      'The World Food Programme warned that famine was near. The Sovereignty Council condemned what it called the "shameful silence" of Western capitals.',
      'Sovereignty Council',
    ],
    [
      'Climate activist Lena Brandt claimed the guards had used "excessive force," a charge the organisers denied.',
      'Lena Brandt',
    ],
    [
      'Russia\'s deputy energy minister, Pavel Strelnikov, said Moscow would "continue to supply energy," according to the Interfax news agency.',
      'Pavel Strelnikov',
    ],
    [
      'Senator Graciela Paz, of the opposition Frente Federal, said the vote was "an outrage".',
      'Graciela Paz',
    ],
    [
      'In a hearing before the Senate antitrust panel, Okafor dodged questions and insisted that Northlight faces "fierce competition".',
      'Okafor',
    ],
    [
      'Sen. Janet Moore, R-Tenn., by contrast, said the deal "looks an awful lot like a merger".',
      'Janet Moore',
    ],
    ['Okafor said users could opt out. Moore shot back: "Could they find it?"', 'Moore'],
    [
      'A consultant at a London teaching hospital, who asked not to be named, told The Telegraph: "Five days is too much."',
      'A consultant',
    ],
  ])('gives the quote to the speaker a reader names: %s', (text, name) => {
    expect(analyzeArticle(text).quotes.map((q) => q.speaker?.name)).toEqual([name]);
  });

  it.each([
    // False friends: no words reported, or a clause whose own subject is elsewhere.
    'Officers fired back at the gunman.',
    'The team shot back into the lead.',
    'She recorded video of herself pleading with officers not to shoot and begging her husband to get out.',
    'His aides say it is too early to discuss a Senate run but noted that he won state races.',
  ])('cites no shooter, team or object as a speaker in: %s', (text) => {
    const names = analyzeArticle(text).sources.map((s) => s.name);
    expect(names.filter((n) => /officers|team|Senate|Congress|Officers/.test(n))).toEqual([]);
  });

  it.each([
    [
      'An RSF commander, who spoke to Reuters on condition of anonymity, said the city was surrounded.',
      'anonymous',
    ],
    ['One miner, who asked not to be named, said the pit was closed.', 'anonymous'],
    ['One miner, who has worked there for 30 years, said the pit was closed.', 'person'],
  ])('types someone described as anonymous only when the text says so: %s', (text, type) => {
    expect(analyzeArticle(text).sources.find((s) => s.type !== 'wire')?.type).toBe(type);
  });

  it.each([
    ["Pablo Arregui, the CGT's secretary-general, told the crowd the plan had failed.", 'Labour unions'],
    ['UN Secretary-General Antonio Guterres said the war must end.', 'United Nations'],
    [
      'The rule came from the Oregon Department of Education, which defended it.',
      'United States state and local government',
    ],
  ])("reads a hyphenated 'secretary-general' and a state's own department: %s", (text, camp) => {
    expect(analyzeArticle(text).sources[0]?.camp ?? analyzeArticle(text).quotes[0]?.speaker?.camp).toBe(camp);
  });

  it.each([
    [
      'Fighting between the army and the paramilitary Rapid Support Forces (RSF) intensified. The RSF denied targeting civilians.',
      'Rapid Support Forces',
    ],
    [
      'Reporters Without Borders (RSF) said the journalist was detained. RSF said it was alarmed.',
      'Reporters Without Borders',
    ],
  ])('reads an acronym as the text itself expands it: %s', (text, name) => {
    expect(analyzeArticle(text).sources.map((s) => s.name)).toEqual([name]);
  });

  it.each([
    ['Union leaders say the cuts have fallen hardest on pensioners.', 'Union leaders', 'Labour unions'],
    ['Business leaders argued that investment would follow.', 'Business leaders', 'Business'],
    [
      'Ed Davey, leader of the Liberal Democrats, said the strike was avoidable.',
      'Ed Davey',
      'British politics (Liberal Democrats)',
    ],
    // A party no single word names is known by its name; 'Liberal Democrat' is not the US Democrats.
    [
      'Reform UK leader Nigel Farage said the deal was a betrayal.',
      'Nigel Farage',
      'British politics (Reform UK)',
    ],
    ['Liberal Democrat leader Ed Davey said the strike was avoidable.', 'Ed Davey', 'Politics'],
    [
      'Shadow health secretary Victoria Hartley said ministers were to blame.',
      'Victoria Hartley',
      'Politics',
    ],
    [
      'Central bank governor Tomás Ferreyra said the bank had sold reserves.',
      'Tomás Ferreyra',
      'Government (country not named)',
    ],
    [
      '"Nobody got to review it," said Sen. Maria Delgado, the Arizona Democrat.',
      'Maria Delgado',
      'United States politics (Congress, Democratic)',
    ],
    [
      'The ACLU of Florida slammed the decision. "This is discrimination," said Andre Bishop, a staff attorney with the group.',
      'Andre Bishop',
      'Rights groups',
    ],
  ])('gives the speaker the camp a reader sees: %s', (text, name, camp) => {
    const source = analyzeArticle(text).sources.find((s) => s.name === name);
    expect(source?.camp).toBe(camp);
  });

  it('makes no person of a chapter\'s place ("The ACLU of Florida")', () => {
    const text = 'The ACLU of Florida slammed the decision.';
    expect(analyzeArticle(text).sources.map((s) => [s.name, s.type])).toEqual([
      ['American Civil Liberties Union', 'organisation'],
    ]);
  });

  it.each([
    ['WASHINGTON (Reuters) - Dr. Samira Adam told Reuters the hospital was full.', []],
    ['KYIV, Ukraine (AP) — The mayor told The Associated Press the city was calm.', []],
    // False friends: no dateline, or another outlet than the dateline's.
    ['Dr. Samira Adam told Reuters the hospital was full.', ['Reuters']],
    ['WASHINGTON (Reuters) - Smith told the BBC it was over.', ['BBC']],
  ])(
    "does not cite the article's own outlet, named in its dateline, for an interview: %s",
    (text, outlets) => {
      const cited = analyzeArticle(text).sources.filter((s) => s.type === 'outlet' || s.type === 'wire');
      expect(cited.map((s) => s.name)).toEqual(outlets);
    },
  );

  it.each([
    [
      'A senior official who asked not to be named because the talks are private said a deal was near.',
      'A senior official who asked not to be named',
      'Anonymous officials',
    ],
    [
      "OPEC's secretary-general, Karim Al-Mansouri, wrote to member countries. Al-Mansouri said the text was fair.",
      'Karim Al-Mansouri',
      'OPEC',
    ],
    [
      "At least 14 people were injured, according to the Buenos Aires ombudsman's office.",
      "Buenos Aires ombudsman's office",
      'Argentine (sector not named)',
    ],
  ])('names and places the source as the words say: %s', (text, name, camp) => {
    expect(analyzeArticle(text).sources.map((s) => [s.name, s.camp])).toContainEqual([name, camp]);
  });

  it('still cites a country after "according to" when no noun follows it', () => {
    expect(analyzeArticle('According to Russia, the strike failed.').sources.map((s) => s.name)).toEqual([
      'Russia',
    ]);
  });

  it.each([
    [
      'A former Northlight engineer, who spoke on condition of anonymity, said the option was "buried". "Everyone knew," the former engineer said.',
      ['A former Northlight engineer', 'A former Northlight engineer'],
    ],
    [
      'A senior Labour MP, who did not want to be named, said there was "growing unease". "A deal can be done," the MP said.',
      ['A senior Labour MP', 'A senior Labour MP'],
    ],
    [
      'Debates rarely alter a race, noted NBC\'s Dante Chinni. "Voters have made up their minds," he wrote.',
      ['Dante Chinni'],
    ],
    [
      'Transport unions have said buses will stop. For Medina, it is simple. "I worked 35 years," she said.',
      [undefined],
    ],
    [
      'A senior Democratic strategist familiar with the projections said the ballots would have to break 70-30. "It\'s a long shot," the strategist said.',
      ['A senior Democratic strategist familiar with the projections'],
    ],
  ])('keeps one speaker for one person described twice, and none for a plural: %s', (text, speakers) => {
    expect(analyzeArticle(text).quotes.map((q) => q.speaker?.name)).toEqual(speakers);
  });

  it.each([
    'The Sudanese Armed Forces, who have defended the city for a year, repelled three assaults.',
    'Troops defended their positions overnight.',
  ])('reads a place held as no statement: %s', (text) => {
    expect(analyzeArticle(text).sources).toEqual([]);
  });

  it.each([
    ['Speaking to Sky News, Whitlock accused the union of "holding patients to ransom".', 'Sky News'],
    ['Inflation ran at 4.2%, according to the national statistics agency INDEC.', 'INDEC'],
    ['Industry groups said the outcome avoided new targets.', 'Industry groups'],
    ['Environmental groups said the deal was weak.', 'Environmental groups'],
    ['Turnout fell, according to a recent Reuters survey of voter lists.', 'Reuters'],
  ])('cites the source in: %s', (text, name) => {
    expect(analyzeArticle(text).sources.map((s) => s.name)).toContain(name);
  });

  it.each([
    // False friends: a name that only describes the noun after it.
    ['Kirby spoke, citing the current US policies on the matter.', 'United States'],
    ['More than half is wrong, according to the top British medical journal.', 'United Kingdom'],
  ])('does not cite a name that describes a noun: %s', (text, name) => {
    expect(analyzeArticle(text).sources.map((s) => s.name)).not.toContain(name);
  });

  it.each([
    [
      'A government spokesman, Martín Oyarzábal, said the delays were isolated.',
      'Government (country not named)',
    ],
    // False friend: a description with no post says nothing of a camp; everyday work is the public's.
    ['A former boxer, Jane Roe, said the plan failed.', 'Unaffiliated or unknown'],
    ['A former teacher, Jane Roe, said the plan failed.', 'Civilians and public'],
  ])('reads a post in an indefinite description before the name: %s', (text, camp) => {
    expect(analyzeArticle(text).sources[0]?.camp).toBe(camp);
  });

  it.each([
    [
      'Amnesty International condemned the police. The interior ministry said in a statement that "violent radical elements" were to blame.',
      'The interior ministry',
    ],
    ['One adviser to the prime minister said the government was "genuinely worried".', 'One adviser'],
    [
      'Senate Minority Leader Richard Halvorsen said he was "confident" the seat would flip.',
      'Richard Halvorsen',
    ],
    [
      'A Republican poll watcher, who asked not to be named, told Fox News that observers were kept "30 feet away".',
      'A Republican poll watcher',
    ],
  ])('gives the quote to its speaker, not a body or person named nearby: %s', (text, name) => {
    expect(analyzeArticle(text).quotes.map((q) => q.speaker?.name)).toEqual([name]);
  });

  it('does not make a plural "rights groups" the group that denies', () => {
    const text =
      'The militia has been accused by rights groups of killings. The group denies the allegations.';
    const groups = analyzeArticle(text).sources.find((s) => s.name === 'rights groups');
    expect(groups?.mentions.map((m) => text.slice(m.start, m.end))).not.toContain('The group');
  });

  it('cites unnamed sources whose mention holds the "who" clause', () => {
    const text = 'The deals did not require witnesses to cooperate, sources who reviewed them told POLITICO.';
    expect(cited(text)).toContainEqual(['sources who reviewed them', 'anonymous', 'told']);
  });

  it.each([
    ['Enver Solomon of the Refugee Council said the plan was cruel.', 'Humanitarian groups'],
    ['Jane Roe from Human Rights Watch said it was unlawful.', 'Rights groups'],
    ['Dan McLaughlin at the National Review said Pence had won.', 'News media'],
  ])('gives a person the camp of the body named right after the name: %s', (text, camp) => {
    expect(analyzeArticle(text).sources[0]?.camp).toBe(camp);
  });

  it.each([
    // False friends: a place after 'of' says where, not whom for; a post already says whose.
    ['Tom Burke of Texas said he agreed.', 'Unaffiliated or unknown'],
    ['Foreign Minister Anna Berg of Sweden said the talks were useful.', 'Swedish government'],
  ])('gives no body from a place after the name: %s', (text, camp) => {
    expect(analyzeArticle(text).sources[0]?.camp).toBe(camp);
  });

  const FRANCE =
    'Clashes broke out in Paris on Thursday as France braced for a third week of strikes. The French capital was calm by night.';
  it.each([
    [
      `${FRANCE} Interior Minister Gérard Lavigne praised the security forces.`,
      'Gérard Lavigne',
      'French government',
    ],
    [`${FRANCE} The police said 40 people were arrested.`, 'The police', 'French security services'],
    [`${FRANCE} Residents said the night was loud.`, 'Residents', 'French civilians and public'],
  ])(
    'places an official the text gives no country in the country the article is set in: %s',
    (text, name, camp) => {
      expect(analyzeArticle(text).sources.map((s) => [s.name, s.camp])).toContainEqual([name, camp]);
    },
  );

  it.each([
    // Too few mentions of any one country to tell where the story is.
    [
      'Clashes broke out in Paris. Interior Minister Gérard Lavigne praised the police.',
      'Government (country not named)',
    ],
    // Several countries, none of them most of the mentions.
    [
      'Russia, Ukraine and France met in Geneva; Moscow and Kyiv traded blame and Paris mediated. Ukraine and Russia agreed. Defense Minister Ivan Petrenko said the talks had failed.',
      'Government (country not named)',
    ],
    // Rights groups and experts have no country in their camp, whatever the setting.
    [`${FRANCE} Amnesty International condemned the arrests.`, 'Rights groups'],
  ])('leaves the country out when the setting is unclear or the camp has none: %s', (text, camp) => {
    const a = analyzeArticle(text);
    expect(a.sources.at(-1)?.camp).toBe(camp);
  });

  it.each([
    ['Trump campaign spokesman Jason Miller said the poll was wrong.', 'Jason Miller', 'Politics'],
    [
      'Democratic candidate Ann Loo gained ground. Her spokesman, Bob Mal, said every vote counted.',
      'Bob Mal',
      'United States politics (Democratic)',
    ],
    // A senator's campaign manager is in the senator's party, not in Congress.
    [
      'Republican Senator Jack Hartley gained ground. His campaign manager, Al Smith, said the count was fair.',
      'Al Smith',
      'United States politics (Republican)',
    ],
    [
      'Republican Jack Hartley led. Hartley’s spokesman, Chase Whitmore, insisted the count was unfair.',
      'Chase Whitmore',
      'United States politics (Republican)',
    ],
    [
      'Hillary Clinton spoke in Ohio. Clinton spokesman Nick Merrill said she would win.',
      'Nick Merrill',
      'United States politics',
    ],
    [
      'Russian President Vladimir Putin spoke. Putin spokesman Dmitry Peskov said the talks were useful.',
      'Dmitry Peskov',
      'Russian government',
    ],
    [
      "The CGT union said 3.5 million marched. The union's deputy leader, Karim Benali, said police charged.",
      'Karim Benali',
      'Labour unions',
    ],
    [
      'Senate Majority Leader Hannah Okafor, a Democrat from Illinois, said she was confident.',
      'Hannah Okafor',
      'United States politics (Congress, Democratic)',
    ],
    [
      'The Republican National Committee said it had sent lawyers.',
      'Republican Party',
      'United States politics (Republican)',
    ],
    ['Secretary General Ban Ki-moon told the council it must act.', 'Ban Ki-moon', 'United Nations'],
    [
      'Secretary of the Commonwealth Dana Whitfield said the count would go on.',
      'Dana Whitfield',
      'Government (country not named)',
    ],
    [
      'Secretary of the Navy Carlos Del Toro said the ship was safe.',
      'Carlos Del Toro',
      'Government (country not named)',
    ],
  ])('reads whose post it is: %s', (text, name, camp) => {
    expect(analyzeArticle(text).sources.map((s) => [s.name, s.camp])).toContainEqual([name, camp]);
  });

  it.each([
    // A post after a possessive with no body known is some body's, not a politician's.
    [
      'According to the Velorum group, turnout was high. Its leader, Hélène Corbin, said it was a record.',
      'Hélène Corbin',
      'Unaffiliated or unknown',
    ],
    // 'her' does not reach back to a man.
    [
      'Republican Senator Jack Hartley gained ground. Her lawyer, Ann Bee, said the count was fair.',
      'Ann Bee',
      'Lawyers (defence or private)',
    ],
    // A union's general secretary is no minister, and no UN post either.
    [
      '"We will not back down," said Sophie Marchand, the general secretary of the Velorum union.',
      'Sophie Marchand',
      'Labour unions',
    ],
    [
      "Pablo Arregui, the Velorum's secretary-general, told the crowd the plan had failed.",
      'Pablo Arregui',
      'Unaffiliated or unknown',
    ],
  ])('gives no owner the words do not: %s', (text, name, camp) => {
    expect(analyzeArticle(text).sources.map((s) => [s.name, s.camp])).toContainEqual([name, camp]);
  });

  it('cites a party as an organisation, not a government', () => {
    const s = analyzeArticle('The Republican National Committee said it had sent lawyers.').sources[0];
    expect(s?.type).toBe('organisation');
    expect(analyzeArticle('Senate Republicans said they would block it.').sources[0]?.type).toBe('person');
  });

  it.each([
    ['According to a projection by The New York Times, she was on course to win.', 'The New York Times'],
    [
      'Video reviewed by The Philadelphia Inquirer showed observers far from the tables.',
      'Philadelphia Inquirer',
    ],
    ['Documents obtained by the Guardian show the plan was drawn up in May.', 'The Guardian'],
    ['A letter seen by Reuters says the deal is off.', 'Reuters'],
  ])(
    "cites an outlet whose reporting the text relies on ('reviewed by', 'a projection by'): %s",
    (text, name) => {
      expect(analyzeArticle(text).sources.map((s) => s.name)).toEqual([name]);
    },
  );

  it.each([
    [
      'Civil rights groups, including the NAACP and the ACLU of Pennsylvania, said they would go to court.',
      ['rights groups', 'NAACP', 'American Civil Liberties Union'],
    ],
    [
      'Leaders, including Senator Ann Smith and Governor Bob Jones, said the vote should stand.',
      ['Ann Smith', 'Bob Jones'],
    ],
    // A member whose name wink tags partly a verb ('Watch'); a list after 'among them'.
    [
      'Rights groups, including Amnesty International and Human Rights Watch, said the law was cruel.',
      ['Amnesty International', 'Human Rights Watch'],
    ],
    [
      'Several foreign outlets, among them the BBC and Der Spiegel, reported record crowds.',
      ['BBC', 'Der Spiegel'],
    ],
  ])(
    "cites each body or person a list after 'including' names, when the list's head speaks: %s",
    (text, names) => {
      expect(analyzeArticle(text).sources.map((s) => s.name)).toEqual(expect.arrayContaining(names));
    },
  );

  it.each([
    // The list's head does something other than speak.
    'Several countries, including France and Germany, have sent aid.',
    'Rights groups, including the NAACP and the ACLU, filed a lawsuit on Monday.',
    'Several countries, among them France and Germany, have sent aid.',
    // Checked by a doctor is no reporting.
    'He was seen by a doctor in Kyiv.',
  ])('cites no list member or checker that does not speak: %s', (text) => {
    expect(analyzeArticle(text).sources.map((s) => s.name)).toEqual([]);
  });

  it.each([
    'Polls suggest around two thirds of voters oppose the reform.',
    'Reports suggest the deal is near.',
    'Figures show a rise in arrests.',
  ])('reads findings at the start of a sentence as no speaker: %s', (text) => {
    expect(analyzeArticle(text).sources).toEqual([]);
  });

  it.each([
    ['A photographer for Le Monde said officers had beaten a young man.', 'News media'],
    ['A Reuters photographer said the crowd fled.', 'News media'],
  ])("hears a news photographer as the media's own witness: %s", (text, camp) => {
    expect(analyzeArticle(text).sources.map((s) => s.camp)).toContain(camp);
  });

  it.each([
    ['An Ifop survey published on Sunday found 68 percent support for the strikes.', 'Ifop'],
    ['A Pew study shows a rise in turnout.', 'Pew Research Center'],
  ])('cites a body whose survey or study reports a finding: %s', (text, name) => {
    expect(analyzeArticle(text).sources.map((s) => s.name)).toEqual([name]);
  });

  it('cites no body whose office or survey does something else', () => {
    expect(
      analyzeArticle('The Ifop office, in Paris, found a new tenant. A Pew survey was delayed.').sources,
    ).toEqual([]);
  });

  it.each([
    ['"It is wrong," said Mathilde Roche, a Socialist deputy for the Gironde.', 'Mathilde Roche', 'Politics'],
    ['"This is wrong," said Renaissance deputy Thomas Verlaine.', 'Thomas Verlaine', 'Politics'],
    // A deputy minister or a ministry's deputy is an official.
    ['Deputy Prime Minister Al Bo said the plan would pass.', 'Al Bo', 'Government (country not named)'],
    ['Health Ministry deputy Jo Ra said the plan would pass.', 'Jo Ra', 'Government (country not named)'],
  ])("reads a party's deputy as a member of parliament: %s", (text, name, camp) => {
    expect(analyzeArticle(text).sources.map((s) => [s.name, s.camp])).toContainEqual([name, camp]);
  });

  it('cites one unnamed source described twice once', () => {
    const text =
      'A senior Democratic strategist familiar with the projections said the ballots would break 70-30. "It is a long shot," the strategist said.';
    expect(analyzeArticle(text).sources.map((s) => s.name)).toEqual([
      'A senior Democratic strategist familiar with the projections',
    ]);
    // Two different unnamed people stay two.
    const two = 'A senior official said the talks failed. An analyst said the talks would resume.';
    expect(analyzeArticle(two).sources).toHaveLength(2);
  });

  it.each([
    [
      'Maria Santos, the wife of one of the injured sailors, said she had not slept.',
      'Maria Santos',
      'Civilians and public',
    ],
    ['His brother, Tom Lee, said the family wanted answers.', 'Tom Lee', 'Civilians and public'],
  ])('hears a relative as a member of the public: %s', (text, name, camp) => {
    expect(analyzeArticle(text).sources.map((s) => [s.name, s.camp])).toContainEqual([name, camp]);
  });

  it("keeps a relative's word out of a title: 'his wife Hillary Clinton' is no post, and 'Clinton said' stays his", () => {
    const text =
      'Former President Bill Clinton spoke in Flint for his wife Hillary Clinton. "It does not make any sense," Clinton said.';
    expect(analyzeArticle(text).quotes[0]?.speaker?.name).toBe('Bill Clinton');
  });

  it("cites the one who urges, not the one urged: 'urged Manila to stop'", () => {
    expect(
      analyzeArticle('The minister urged Manila to stop its provocations.').sources.map((s) => s.name),
    ).toEqual(['The minister']);
    expect(analyzeArticle('"Stop," said Manila.').sources.map((s) => s.name)).toEqual(['Philippines']);
  });

  it.each([
    // Someone at work, unnamed by a qualifier, is an unnamed source whom a later 'he said' means.
    [
      'Mayor John Carter praised the response. A supervisor at the plant described chaos. "People ran," he said.',
      'A supervisor at the plant',
    ],
    [
      'Mayor John Carter praised the response. A plant supervisor, who asked not to be named, described chaos. "People ran," he said.',
      'A plant supervisor',
    ],
    [
      'Mayor John Carter praised the response. A senior official, who spoke on condition of anonymity, said the talks failed. "It is over," he said.',
      'A senior official',
    ],
  ])('gives a pronoun after an unnamed source to that source: %s', (text, name) => {
    const a = analyzeArticle(text);
    expect(a.quotes[0]?.speaker?.name).toBe(name);
    expect(a.sources.find((s) => s.name === name)?.type).toBe('anonymous');
  });

  it.each([
    // Without a qualifier a worker is no source; in an apposition to a name the named person is.
    'A supervisor described chaos.',
    'John Bentel, a tech staffer at the State Department who told his staff to keep quiet, left in May.',
    'The plant supervisor said output fell.',
  ])('finds no unnamed worker in: %s', (text) => {
    expect(analyzeArticle(text).sources.filter((s) => s.type === 'anonymous')).toEqual([]);
  });

  it.each([
    // A body's post before the name decides the camp, over an academic title and past a lowercase field.
    [
      "NHS England's medical director, Professor Stephen Powis, said hospitals would cope.",
      'Stephen Powis',
      'British government',
    ],
    ['Professor Stephen Powis said hospitals would cope.', 'Stephen Powis', 'Experts and analysts'],
  ])('reads the post a body gives before the name: %s', (text, name, camp) => {
    expect(analyzeArticle(text).sources.map((s) => [s.name, s.camp])).toContainEqual([name, camp]);
  });

  it.each([
    // Two named together speak together, in their shared description's camp.
    [
      'Dr Robert Laurenson and Dr Vivek Trivedi, co-chairs of the BMA resident doctors committee, said: "We have no choice."',
      [
        ['Robert Laurenson', 'Labour unions'],
        ['Vivek Trivedi', 'Labour unions'],
      ],
    ],
    [
      'Both Mr. King and Mr. Schultz say the network never edited them.',
      [
        ['King', 'Unaffiliated or unknown'],
        ['Schultz', 'Unaffiliated or unknown'],
      ],
    ],
    // False friend: two named together who do something else are not cited.
    ["Mr. King and Mr. Schultz are playing into Moscow's hands.", []],
  ])('cites both of two named together in: %s', (text, expected) => {
    expect(analyzeArticle(text).sources.map((s) => [s.name, s.camp])).toEqual(expected);
  });

  it.each([
    // A portfolio between 'Acting' and the post names no body.
    [
      'Acting Labor Secretary Julie Su said both sides should return.',
      'Julie Su',
      'Government (country not named)',
    ],
    // A union the gazetteer knows by its full name.
    [
      'Jon Holden of the International Association of Machinists said the members had spoken.',
      'Jon Holden',
      'Labour unions',
    ],
  ])('reads the camp in: %s', (text, name, camp) => {
    expect(analyzeArticle(text).sources.map((s) => [s.name, s.camp])).toContainEqual([name, camp]);
  });

  it.each([
    // The modifiers before a body's name belong to the unnamed source's description.
    ['A senior EU diplomat told reporters the talks were tough.', 'A senior EU diplomat'],
    ['Two senior Pentagon officials said the strikes would continue.', 'Two senior Pentagon officials'],
  ])('names an unnamed source in full in: %s', (text, name) => {
    expect(analyzeArticle(text).sources.map((s) => s.name)).toContain(name);
  });

  it.each([
    // Nouns before the head of a body's description say which body; the body speaks.
    [
      'Floods have killed at least 57 people, the state civil defense agency said on Sunday.',
      'the state civil defense agency',
    ],
    ['The city health department said the water was safe.', 'The city health department'],
  ])('cites a body described by nouns in: %s', (text, name) => {
    expect(analyzeArticle(text).sources.map((s) => s.name)).toEqual([name]);
  });

  it.each([
    // Companies in the news are organisations in business, and 'the company' refers back to them.
    ['Pfizer said in a statement that its vaccine remains safe.', ['Pfizer', 'organisation', 'Business']],
    [
      'Boeing machinists rejected the offer. The company said it was disappointed.',
      ['Boeing', 'organisation', 'Business'],
    ],
  ])('reads a company in: %s', (text, expected) => {
    expect(analyzeArticle(text).sources.map((s) => [s.name, s.type, s.camp])).toContainEqual(expected);
  });

  it.each([
    // A body's statement or letter cites the body; a journal that published a study is cited.
    ['According to a statement from the Interior Ministry, 14 people were arrested.', 'Interior Ministry'],
    ['A 2023 study published in The Lancet found that the drug cut deaths by a third.', 'The Lancet'],
  ])('cites the issuer of a document in: %s', (text, name) => {
    expect(analyzeArticle(text).sources.map((s) => s.name)).toEqual([name]);
  });

  it('does not cite a journal merely named', () => {
    expect(analyzeArticle('She reads The Lancet every week.').sources).toEqual([]);
  });

  it('sets a story where its known office holders are, with its places and bodies', () => {
    const text =
      'The Supreme Court struck down the programs at the University of North Carolina. Chief Justice John Roberts said they were unlawful. President Biden said he disagreed, speaking at the White House.';
    expect(analyzeArticle(text).sources.map((s) => [s.name, s.camp])).toContainEqual([
      'John Roberts',
      'United States courts',
    ]);
  });

  it.each([
    // A place nothing knows after people in the plural is where they are, not a person.
    ['Residents of Muzaffarabad described hearing loud explosions.', [['Residents', 'Civilians and public']]],
    ['Witnesses in Al-Mawasi said the tents burned.', [['Witnesses', 'Civilians and public']]],
  ])('reads people and their place in: %s', (text, expected) => {
    expect(analyzeArticle(text).sources.map((s) => [s.name, s.camp])).toEqual(expected);
  });

  it.each([
    // A campaign's staff are politics, named or not, whatever office the candidate holds.
    [
      "Trump's campaign spokeswoman, Karoline Leavitt, said the former president was surging.",
      'Karoline Leavitt',
      'United States politics',
    ],
    ['A Harris campaign official said the campaign was confident.', 'A Harris campaign official', 'Politics'],
    // An institute that studies the public is no public body.
    [
      'Christopher Borick, director of the Muhlenberg College Institute of Public Opinion, said it was a coin flip.',
      'Christopher Borick',
      'Experts and analysts',
    ],
  ])('reads the camp in: %s', (text, name, camp) => {
    expect(analyzeArticle(text).sources.map((s) => [s.name, s.camp])).toContainEqual([name, camp]);
  });

  it.each([
    // A poll after 'according to' and an adjective is cited, however wink tags the adjective.
    ['The race is tied, according to a new Quinnipiac University poll.', ['Quinnipiac University Poll']],
    // False friend: a country inside the description of a poll is no cited government.
    ['The candidates are tied, according to a new Washington Post-ABC News national poll.', []],
  ])('cites the pollster in: %s', (text, names) => {
    expect(analyzeArticle(text).sources.map((s) => s.name)).toEqual(names);
  });

  it.each([
    // A fire service is a city's or county's.
    ['Fire Chief Kristin Crowley told reporters the department had been failed.', 'Kristin Crowley'],
    ['The county fire marshal, Dan Ortiz, said the blaze was contained.', 'Dan Ortiz'],
  ])('hears a fire chief as local government: %s', (text, name) => {
    expect(analyzeArticle(text).sources.map((s) => [s.name, s.camp])).toContainEqual([
      name,
      'Regional and local government (country not named)',
    ]);
  });

  it('cites the lawyers who speak for a client, not the client', () => {
    expect(
      analyzeArticle('Lawyers for Hughes argued that he was questioned for 14 hours.').sources.map(
        (s) => s.name,
      ),
    ).toEqual(['Lawyers for Hughes']);
  });

  it.each([
    // A body named for its members' trade is a business lobby.
    [
      '"This is about money," said Greg Fowler, president of the Michigan Manufacturers Council.',
      [['Greg Fowler', 'Business lobbies']],
    ],
    // 'were admitted to hospitals' is no admission; a county's department is local.
    [
      'According to the county health department, 412 people were admitted to hospitals last week.',
      [['the county health department', 'Regional and local government (country not named)']],
    ],
  ])('reads the sources in: %s', (text, expected) => {
    expect(analyzeArticle(text).sources.map((s) => [s.name, s.camp])).toEqual(expected);
  });

  it.each([
    // A company named as companies are is a business, not a person.
    [
      'Prairie Valley Beef said in a statement that it had cooperated fully.',
      ['Prairie Valley Beef', 'organisation', 'Business'],
    ],
    ['Acme Holdings said profits fell.', ['Acme Holdings', 'organisation', 'Business']],
  ])('reads an unknown company in: %s', (text, expected) => {
    expect(analyzeArticle(text).sources.map((s) => [s.name, s.type, s.camp])).toEqual([expected]);
  });

  it.each([
    // What the text calls an unknown body outranks the last word of its name.
    [
      'The Nebraska Immigrant Legal Center, an advocacy group, said that children were left without parents.',
      ['Nebraska Immigrant Legal Center', 'Advocacy groups and unions'],
    ],
    [
      'The Prairie Jobs Alliance, an industry lobby group, said the rule would cost jobs.',
      ['Prairie Jobs Alliance', 'Business lobbies'],
    ],
    // Without such words, or with words that say nothing of a side, the name's last word decides.
    [
      'The Riverside Legal Center said the ruling was flawed.',
      ['Riverside Legal Center', 'Experts and analysts'],
    ],
    [
      'The Harbor Research Institute, a nonprofit, said so.',
      ['Harbor Research Institute', 'Experts and analysts'],
    ],
  ])('reads the kind of an unknown body in: %s', (text, expected) => {
    expect(analyzeArticle(text).sources.map((s) => [s.name, s.camp])).toEqual([expected]);
  });

  it('ends an unnamed source at the verb wink tags a noun ("shot a man")', () => {
    const names = analyzeArticle(
      'An officer with the Tulsa Police Department shot a man on Friday. "I was afraid," the officer said.',
    ).sources.map((s) => s.name);
    expect(names).toContain('An officer with the Tulsa Police Department');
    expect(names.join(' ')).not.toContain('shot');
  });

  it.each([
    // Prosecutors act for the state in a case; the court judges it.
    [
      'Prosecutors noted that Hughes signed a waiver. "The confession was voluntary," said Judge Patricia Nowell.',
      [
        ['Prosecutors', 'Government (country not named)'],
        ['Patricia Nowell', 'Courts'],
      ],
    ],
    // A county's officers are local, and a district attorney an American one.
    [
      'COLUMBUS, Ohio — "We respect the ruling," said Franklin County District Attorney Robert Lindqvist.',
      [['Robert Lindqvist', 'United States state and local government']],
    ],
    [
      '"No," said Franklin County Prosecutor Jane Smith.',
      [['Jane Smith', 'Regional and local government (country not named)']],
    ],
  ])('reads prosecutors and county posts in: %s', (text, expected) => {
    expect(analyzeArticle(text).sources.map((s) => [s.name, s.camp])).toEqual(expected);
  });

  it.each([
    // Lawyers in private practice speak for a client: the defence, or a party.
    [
      'Defense attorney Samuel Okafor called the ruling "a long-overdue correction." "This was never a strong case," said Okafor, who represents Hughes.',
      [['Samuel Okafor', 'Lawyers (defence or private)']],
    ],
    ['"No," said Samuel Okafor, a lawyer for Hughes.', [['Samuel Okafor', 'Lawyers (defence or private)']]],
    [
      'Lawyers for Hughes argued that he was questioned for 14 hours.',
      [['Lawyers for Hughes', 'Lawyers (defence or private)']],
    ],
    // A sector before the lawyer says whose; attorneys general and district attorneys are public offices.
    ['"No," said Jane Roe, a human rights lawyer.', [['Jane Roe', 'Rights groups']]],
    ['"We will prosecute," Atty. Gen. Pam Bondi said.', [['Pam Bondi', 'United States government']]],
  ])('reads the camp of a lawyer in: %s', (text, expected) => {
    expect(analyzeArticle(text).sources.map((s) => [s.name, s.camp])).toEqual(expected);
  });

  it('gives a post at a centre named before to that centre', () => {
    const text =
      'The Nebraska Immigrant Legal Center, an advocacy group, set up a hotline. "These are mothers and fathers," said Leticia Armendáriz, the center\'s executive director.';
    expect(analyzeArticle(text).sources.map((s) => [s.name, s.camp])).toContainEqual([
      'Leticia Armendáriz',
      'Advocacy groups and unions',
    ]);
  });

  it.each([
    // People named only by the side they take are unnamed sources.
    [
      'Critics slammed the decision. Critics said it was wrong. Legal experts said the ruling could matter.',
      [
        ['Critics', 'anonymous', 'Anonymous sources'],
        ['experts', 'person', 'Experts and analysts'],
      ],
    ],
    ['Opponents of the bill said it would cost jobs.', [['Opponents', 'anonymous', 'Anonymous sources']]],
    // A party or a place says whose critics they are.
    [
      'Republican critics said the plan was reckless.',
      [['Republican critics', 'person', 'United States politics (Republican)']],
    ],
  ])('cites unnamed critics in: %s', (text, expected) => {
    expect(analyzeArticle(text).sources.map((s) => [s.name, s.type, s.camp])).toEqual(expected);
  });

  it.each([
    // The members' work in a body's name ('Nurses', 'Teachers') makes it no body of the public.
    [
      '"No," said Denise Howard, president of the California Nurses Association.',
      [['Denise Howard', 'Advocacy groups and unions']],
    ],
    [
      'The California Teachers Association said the plan would hurt schools.',
      [['California Teachers Association', 'Advocacy groups and unions']],
    ],
  ])('reads members named in a body in: %s', (text, expected) => {
    expect(analyzeArticle(text).sources.map((s) => [s.name, s.camp])).toEqual(expected);
  });

  it('steps back over a long description holding its own who-clause to the named speaker', () => {
    const text =
      'Dr. Ana Ruiz, a Johns Hopkins epidemiologist who advised the task force that recommended the policy, defended it, saying vaccination of staff reduced hospital outbreaks.';
    expect(analyzeArticle(text).sources.map((s) => [s.name, s.camp])).toEqual([
      ['Ana Ruiz', 'Experts and analysts'],
    ]);
  });

  it('places state lawmakers in their party, not in Congress', () => {
    const text =
      'Republican lawmakers criticized the order. State Senator Mark Ellis, a Republican from Bakersfield, said the governor had "once again chosen to govern by decree."';
    expect(analyzeArticle(text).sources.map((s) => [s.name, s.camp])).toEqual([
      ['Republican lawmakers', 'United States politics (Republican)'],
      ['Mark Ellis', 'United States politics (Republican)'],
    ]);
  });

  it.each([
    // A one-word name the text puts before a body's post is that body wherever it stands alone.
    [
      '"We have a fair offer," Voltaris CEO Helen Strand said. The union accused the company of harm, a claim Voltaris flatly denies.',
      ['Voltaris', 'organisation', 'Business'],
    ],
    // A boss is whose the word before says.
    [
      '"We call it a whitewash," Union boss Marcus Bell told reporters.',
      ['Marcus Bell', 'person', 'Labour unions'],
    ],
    // 'that' opens a clause before the people who say something; it is no part of their name.
    [
      'Nurses face so-called "safety measures" that unions say amount to punishment.',
      ['unions', 'person', 'Labour unions'],
    ],
  ])('reads who speaks in: %s', (text, expected) => {
    expect(analyzeArticle(text).sources.map((s) => [s.name, s.type, s.camp])).toContainEqual(expected);
  });

  it.each([
    // A place after 'in nearby' is where the residents are, not a person.
    [
      'Residents in nearby Romulus had complained of chemical smells for months.',
      [['Residents', 'Civilians and public']],
    ],
    // The director of a group the text calls one, whose name holds a word for people of the public.
    [
      'Lila Moreno, director of the Detroit-based group Clean Air Neighbors, said the plant was a toxic neighbor.',
      [['Lila Moreno', 'Advocacy groups and unions']],
    ],
  ])('reads residents and group posts in: %s', (text, expected) => {
    expect(analyzeArticle(text).sources.map((s) => [s.name, s.camp])).toEqual(expected);
  });

  it.each([
    // People described by their private life, and parish clergy, speak as members of the public.
    ['"He was not reaching for anything," said Marcus Bell, who lives across the street.', 'Marcus Bell'],
    [
      '"You want to know the person leaning over your bed," said Robert Alvarez, 67, who is recovering from heart surgery.',
      'Robert Alvarez',
    ],
    ['"My dad is not a criminal," said Daniela Ortiz, whose father was detained.', 'Daniela Ortiz'],
    [
      '"The fear is everywhere," said the Rev. Tomás Alvarado, pastor of St. Mary\'s Cathedral.',
      'Tomás Alvarado',
    ],
  ])('places a member of the public in: %s', (text, name) => {
    expect(analyzeArticle(text).sources.map((s) => [s.name, s.camp])).toEqual([
      [name, 'Civilians and public'],
    ]);
  });

  it('leaves a person with a who-clause about their work unplaced', () => {
    expect(
      analyzeArticle('"No," said Jane Roe, who runs the agency.').sources.map((s) => s.camp),
    ).not.toContain('Civilians and public');
  });

  it.each([
    // The agent of a participle describes the subject: it is not who signalled.
    [
      'The merger awaits the Federal Trade Commission, where regulators appointed by the previous administration have already signaled hostility to big deals.',
      'previous administration',
      false,
    ],
    // A which-clause after the agent is the agent's own.
    [
      'Apple faces a tax bill levied by the European Union, which contended that Ireland undertaxed the company.',
      'European Union',
      true,
    ],
  ])('reads the agent of a participle in: %s', (text, name, cited) => {
    expect(analyzeArticle(text).sources.some((s) => s.name === name && s.mentions.length > 0)).toBe(cited);
  });

  it.each([
    // A body named 'Academy for ...' is a body, and a research academy's scientist an expert.
    [
      'Political scientist Ursula Münch of the Academy for Political Education in Tutzing said the result reflected anger.',
      [['Ursula Münch', 'Experts and analysts']],
    ],
    // A trade, or a vote cast, makes a member of the public.
    [
      '"People are fed up," said Horst Weber, 58, a retired mechanic from Chemnitz, who voted for the AfD for the first time.',
      [['Horst Weber', 'German civilians and public']],
    ],
    // A German party's leader is its politician.
    [
      '"This is a historic day," AfD co-leader Tino Chrupalla told supporters in Dresden.',
      [['Tino Chrupalla', 'German politics (Alternative for Germany)']],
    ],
    // A word that is also a post, right after a known given name, is a surname.
    ['"No," said Adam Driver.', [['Adam Driver', 'Unaffiliated or unknown']]],
    ['"It was never edited," Larry King said.', [['Larry King', 'Unaffiliated or unknown']]],
  ])('reads the speaker in: %s', (text, expected) => {
    expect(analyzeArticle(text).sources.map((s) => [s.name, s.camp])).toEqual(expected);
  });

  it.each([
    // A body named in apposition after a description is stepped over to the person described.
    [
      'Philippe Lazzarini, head of the U.N. agency for Palestinian refugees, UNRWA, said on X that "no place is safe in Gaza."',
      [['Philippe Lazzarini', 'United Nations']],
    ],
    // 'the military' is the military named before, though it has not spoken yet.
    [
      'The Israel Defense Forces struck a Hamas command center on Thursday. The military said it was a legitimate target.',
      [['Israel Defense Forces', 'Israeli military']],
    ],
    // Critics keep no one's camp, whoever spoke near them.
    [
      'Hamas inflates the numbers, Israeli officials say. Critics of UNRWA say the agency has lost its credibility.',
      [
        ['Israeli officials', 'Israeli government'],
        ['Critics', 'Anonymous sources'],
        ['UNRWA', 'UNRWA'],
      ],
    ],
  ])('reads the sources in: %s', (text, expected) => {
    expect(analyzeArticle(text).sources.map((s) => [s.name, s.camp])).toEqual(expected);
  });

  it.each([
    // A director of a think tank the text calls one is an expert, wherever it is based.
    [
      '"It is a step, but not a solution," said Jane Roe, director of the Nairobi-based think tank Sahel Futures.',
      [['Jane Roe', 'Experts and analysts']],
    ],
    // Climate talks' bodies.
    [
      'Anne Rasmussen, the lead negotiator for the Alliance of Small Island States, said the group had not been in the room.',
      [['Anne Rasmussen', 'Alliance of Small Island States']],
    ],
  ])('reads the camp in: %s', (text, expected) => {
    expect(analyzeArticle(text).sources.map((s) => [s.name, s.camp])).toEqual(expected);
  });

  it.each([
    // Two verbs joined by 'and' share a body's subject, its own 'the' included, after a dateline too.
    ['WASHINGTON (Reuters) - The Federal Reserve held rates steady and signaled it expects cuts.', true],
    ['The Federal Reserve held interest rates steady on Wednesday and signaled it still expects cuts.', true],
    // A name after an article inside the first clause is no subject.
    ['He outlined strategies for a Senate run but noted the risks.', false],
  ])('shares the subject of coordinated verbs in: %s', (text, cited) => {
    expect(analyzeArticle(text).sources.some((s) => /Federal Reserve|Senate/.test(s.name))).toBe(cited);
  });

  it.each([
    // Doctors speak from their work with the public, unless a word of the title says whose.
    [
      '"We cannot practise," said Dr. Emily Corrigan, an obstetrician in Boise.',
      [['Emily Corrigan', 'Civilians and public']],
    ],
    ['"No," said an army doctor.', [['an army doctor', 'Military (country not named)']]],
  ])('reads the camp of a doctor in: %s', (text, expected) => {
    expect(analyzeArticle(text).sources.map((s) => [s.name, s.camp])).toEqual(expected);
  });

  it.each([
    // A country's ministry named with its owner keeps the owner in its name, so two countries' ministries
    // stay two sources; the bare name after it is the same body.
    [
      "Israel's Ministry of Foreign Affairs denied it. Lebanon's Ministry of Foreign Affairs said the strikes were illegal. The Ministry of Foreign Affairs said it had complained.",
      [
        ["Israel's Ministry of Foreign Affairs", 'Israeli government', 1],
        ["Lebanon's Ministry of Foreign Affairs", 'Lebanese government', 2],
      ],
    ],
    // After a known given name a country's word is a surname, and the surname alone then names the person.
    [
      'Tom Washington, a resident of the city, said the strikes hit his street. "We heard three blasts," Washington said.',
      [['Tom Washington', 'Civilians and public', 2]],
    ],
  ])('names the source as written in: %s', (text, expected) => {
    expect(analyzeArticle(text).sources.map((s) => [s.name, s.camp, s.mentions.length])).toEqual(expected);
  });

  it.each([
    // A participle after a report clause shares its speaker, not the subject of the sentence before it.
    [
      'Three Hezbollah operatives were eliminated, the Israeli military said, adding that "the threat was removed."',
      'Israel Defense Forces',
    ],
    ['Two soldiers died, said the army, adding that "it was an ambush."', 'the army'],
    ['Five rockets were fired, Jane Roe told the group, adding that "we are ready."', 'Jane Roe'],
  ])('gives the participle the speaker of its clause in: %s', (text, name) => {
    expect(analyzeArticle(text).quotes.map((q) => q.speaker?.name)).toEqual([name]);
  });

  it.each([
    // 'One of the people' is one of the unnamed group named before.
    [
      'Three people familiar with the matter said the strike was planned. One of the people said it was delayed.',
      [['Three people familiar with the matter', 'anonymous', 2]],
    ],
    [
      'Pentagon officials said the strike was planned. The talks are off, said one of the officials.',
      [['Pentagon officials', 'anonymous', 2]],
    ],
    // State news agencies are outlets; an armed group's umbrella name is an armed group.
    ['Strikes hit the south, the National News Agency reported.', [['National News Agency', 'outlet', 1]]],
    [
      'The Islamic Resistance in Iraq said it had fired drones.',
      [['Islamic Resistance in Iraq', 'organisation', 1]],
    ],
  ])('reads the source in: %s', (text, expected) => {
    expect(analyzeArticle(text).sources.map((s) => [s.name, s.type, s.mentions.length])).toEqual(expected);
  });

  it.each([
    ['Conservative economists said oil prices would rise.', 'Experts and analysts'],
    ['Some liberal economists said the cut was too small.', 'Experts and analysts'],
    ['Conservative MPs said the plan was dead.', 'British politics (Conservative)'],
  ])('reads a leaning apart from a party in: %s', (text, camp) => {
    expect(analyzeArticle(text).sources.map((s) => s.camp)).toEqual([camp]);
  });

  it.each([
    // A body named in full gives its initials its meaning: RSF is then the paramilitary, not the press group.
    [
      'The Rapid Support Forces shelled the hospital. The RSF denied responsibility. The paramilitary group said it had hit army positions.',
      [['Rapid Support Forces', 'Rapid Support Forces', 2]],
    ],
    ['RSF said two journalists were detained.', [['Reporters Without Borders', 'Rights groups', 1]]],
    // A relative or a described person named by a given name alone speaks as a member of the public.
    [
      "Health Secretary Victoria Atkins said the offer was fair. His wife, Janet, said the couple had considered paying. 'We have savings,' she said.",
      [
        ['Victoria Atkins', 'Government (country not named)', 1],
        ['Janet', 'Civilians and public', 1],
      ],
    ],
    [
      '"I was pushed," said Rosa, an 80-year-old seamstress from Lanús, who asked that her surname not be published. She said she had fallen.',
      [['Rosa', 'Civilians and public', 1]],
    ],
    // The one who heads the subject is not the subject; the one quoted 'as saying' speaks.
    [
      'The Sudanese Armed Forces, headed by General Abdel Fattah al-Burhan, said the RSF had fired artillery.',
      [['Sudanese Armed Forces', 'Sudanese military', 1]],
    ],
    [
      'SUNA quoted army spokesman Brigadier General Nabil Abdallah as saying the "rebel militia" had suffered losses.',
      [
        ['SUNA', 'News media', 1],
        ['Nabil Abdallah', 'Military (country not named)', 1],
      ],
    ],
    // A party's post; a place after 'in the' is where, not who; 'what ministers described' is the ministers.
    [
      "Richard Holden, the party chairman, said the row would grow. 'Labour takes millions from the unions,' he said.",
      [['Richard Holden', 'Politics', 1]],
    ],
    [
      "One hospital chief executive in the Midlands said the argument was 'nonsense'.",
      [['One hospital chief executive', 'Business', 1]],
    ],
    [
      'Nurses rejected what ministers described as a generous offer.',
      [
        ['Nurses', 'Civilians and public', 1],
        ['ministers', 'Government (country not named)', 1],
      ],
    ],
    // Outlets and a UN office by their full names.
    [
      'According to La Nación, the presidency’s spokesman, Manuel Adorni, dismissed the protest.',
      [
        ['La Nación', 'News media', 1],
        ['Manuel Adorni', 'Government (country not named)', 1],
      ],
    ],
    [
      'According to the United Nations Office for the Coordination of Humanitarian Affairs (OCHA), 600,000 people have fled.',
      [['OCHA', 'OCHA', 1]],
    ],
  ])('reads who speaks in: %s', (text, expected) => {
    expect(analyzeArticle(text).sources.map((s) => [s.name, s.camp, s.mentions.length])).toEqual(expected);
  });

  it.each([
    // A post of 'the group' or 'the charity' is the body named before, whatever country the post is for.
    [
      "Medecins Sans Frontieres said it was appalled. Claire Nicolet, the group's head of emergency response for Sudan, said staff were missing.",
      'Claire Nicolet',
      'Humanitarian groups',
    ],
    [
      "Medecins Sans Frontieres said it was appalled. The charity's head of mission in Sudan, Mathieu Dubois, said the work had stopped.",
      'Mathieu Dubois',
      'Humanitarian groups',
    ],
    // A relative named by any name; an age and a description naming no post: a member of the public.
    [
      'The shelling went on. His wife, Hawa, said the family had walked for three days.',
      'Hawa',
      'Civilians and public',
    ],
    [
      "Among those affected was Graham Pike, 67, a retired engineer from Stockport. 'I have waited for months,' Mr Pike said.",
      'Graham Pike',
      'Civilians and public',
    ],
    // Someone described as from elsewhere keeps no country of the story's setting.
    [
      "KHARTOUM, Sudan - Sudan's army said it had retaken Omdurman. Sudan's government said aid would flow. A Western diplomat who spoke on condition of anonymity said the Security Council would not act.",
      'A Western diplomat who spoke on condition of anonymity',
      'Anonymous officials',
    ],
  ])('reads the camp of the one who speaks in: %s', (text, name, camp) => {
    expect(analyzeArticle(text).sources.find((s) => s.name === name)?.camp).toBe(camp);
  });

  it.each([
    // A company named in two words is later named by its first; a grocer's name ends in 'Markets'.
    [
      'Mesa Markets warned that the ruling could close stores. The sale to Harvest Foods is off. Harvest said it was "evaluating next steps."',
      [
        ['Mesa Markets', 'organisation', 'Business'],
        ['Harvest Foods', 'organisation', 'Business'],
      ],
    ],
    // 'One of them' after an unnamed group is one of that group.
    [
      'Two people familiar with the talks said the deal was off. One of them, who spoke on condition of anonymity, said the board was "frustrated."',
      [['Two people familiar with the talks', 'anonymous', 'Anonymous sources']],
    ],
    // A post at a body named before the name: the body's camp.
    [
      'A local organizer for the United Food and Commercial Workers, Luis Ortega, said the deal was bad for workers.',
      [['Luis Ortega', 'person', 'Labour unions']],
    ],
  ])('reads the source in: %s', (text, expected) => {
    expect(analyzeArticle(text).sources.map((s) => [s.name, s.type, s.camp])).toEqual(expected);
  });

  it.each([
    // Of two who share a family name written first, 'Chen said' is the one named last; a romanised
    // syllable after a hyphen belongs to the name.
    [
      'Chen Binhua, a spokesman for the office, told a news conference that talks were possible. Chen Wen-hsiung, 67, who runs a noodle shop, said people had relatives across the water. "We are all Chinese here," Chen said.',
      [
        ['Chen Binhua', 1],
        ['Chen Wen-hsiung', 2],
      ],
    ],
    // 'One of them' is one of a group that speaks, not of people named since as what happened to them.
    [
      'Two senior security officials, who requested anonymity, said the compound stored rockets and that the operatives killed included a commander. One of them described the site as "a terror hub."',
      [['Two senior security officials', 2]],
    ],
  ])('links the mentions in: %s', (text, expected) => {
    expect(analyzeArticle(text).sources.map((s) => [s.name, s.mentions.length])).toEqual(expected);
  });

  it.each([
    ['The fighting went on. According to medical sources, 14 people died.', 'medical sources'],
    ['The fighting went on. Informed sources said the talks had failed.', 'Informed sources'],
  ])('keeps the description of unnamed sources in: %s', (text, name) => {
    expect(analyzeArticle(text).sources.map((s) => [s.name, s.type])).toEqual([[name, 'anonymous']]);
  });

  it.each([
    // 'The agency' may be a military body named just before it.
    [
      'According to COGAT, the Defense Ministry body that coordinates civilian affairs, 240 trucks entered Gaza. The agency wrote on X that "the bottleneck is on the UN side."',
      [['COGAT', 'Israeli military', 2]],
    ],
    // 'The health ministry' is no army, whatever was named last.
    [
      'The strike killed 27 people, according to the health ministry. The Israeli military said it had struck militants. The health ministry said the toll had passed 61,000.',
      [
        ['the health ministry', 'Government (country not named)', 2],
        ['Israel Defense Forces', 'Israeli military', 1],
      ],
    ],
  ])('finds the body a description refers back to in: %s', (text, expected) => {
    expect(analyzeArticle(text).sources.map((s) => [s.name, s.camp, s.mentions.length])).toEqual(expected);
  });

  it.each([
    // A spokesperson for a known office holder speaks for that side, not for the country the story names.
    [
      'TAIPEI — China staged drills. Karen Kuo, a spokesperson for President Lai Ching-te, condemned what she called Beijing\'s "reckless provocation."',
      'Karen Kuo',
      'Taiwanese government',
    ],
    // A spokesperson of no named body speaks for the body the sentence before named.
    [
      'TAIPEI — China staged drills. The US State Department condemned the drills. "China is putting the region at risk," spokesperson Tammy Bruce said.',
      'Tammy Bruce',
      'United States government',
    ],
    // A building after 'outside the' is where someone spoke, not who.
    [
      'TAIPEI — China staged drills. Chief of the General Staff Admiral Mei Chia-shu, speaking to reporters outside the Legislative Yuan, said the armed forces were watching.',
      'Mei Chia-shu',
      'Taiwanese military',
    ],
  ])('reads whose side the speaker is on in: %s', (text, name, camp) => {
    const a = analyzeArticle(text);
    const speakers = [...a.quotes.map((q) => q.speaker?.name), ...a.statements.map((s) => s.speaker.name)];
    expect(speakers).toContain(name);
    expect(a.sources.map((s) => [s.name, s.camp])).toContainEqual([name, camp]);
    expect(a.sources.map((s) => s.name)).not.toContain('Legislative Yuan');
  });

  it("does not cite the article's own outlet, named in its byline or by the reader", () => {
    const text =
      'Raids hit Houston\nBy Lucía Morales in Houston | The Guardian\nFigures reviewed by the Guardian show arrests doubled. Maria, a cook, told the Guardian she was afraid. Tom Homan said on Fox News that the raids would go on.';
    expect(analyzeArticle(text).sources.map((s) => [s.name, s.type])).toEqual([
      ['Maria', 'person'],
      ['Tom Homan', 'person'],
      ['Fox News', 'outlet'],
    ]);
    const plain = 'Arrests doubled. Maria, a cook, told the Guardian she was afraid.';
    const cited = (outlet?: string) =>
      compareArticles({ text: plain, outlet }, { text: plain }).articles[0].sources.map((s) => s.name);
    expect(cited()).toContain('The Guardian');
    expect(cited('The Guardian')).not.toContain('The Guardian');
    expect(cited('Reuters')).toContain('The Guardian');
  });

  it('finds the body named with the noun a description uses', () => {
    const text =
      'Hostages remembered\n\nThe Hostages and Missing Families Forum held a rally on Monday. "We have not forgotten any of them," the forum said in a statement.';
    expect(analyzeArticle(text).quotes.map((q) => q.speaker?.name)).toEqual([
      'Hostages and Missing Families Forum',
    ]);
  });

  it.each([
    // The object of a report verb, or the owner of what it takes, is not cited.
    [
      "TAIPEI — China staged drills. Taiwan's government rejects Beijing's sovereignty claims.",
      ["Taiwan's government"],
    ],
    ['The debate is over. Matthews said Pence’s performance would help.', ['Matthews']],
    // A territorial claim and a country's self-defence are no statements.
    ['TAIPEI — China staged drills. Beijing claims Taiwan as its own territory.', []],
    ['The United States, which is bound by law to help Taiwan defend itself, criticised the drills.', []],
    // A pronoun opening a clause on a noun is the sentence's subject.
    ['Al Jazeera aired footage it said showed the aftermath of the strike.', ['Al Jazeera']],
  ])('cites only who speaks in: %s', (text, names) => {
    expect(analyzeArticle(text).sources.map((s) => s.name)).toEqual(names);
  });

  it.each([
    // A member of the European Parliament sits in it, whichever country elected them.
    [
      '"This is ideology," said Peter Liese, a German MEP from the centre-right group.',
      'Peter Liese',
      'European Parliament',
    ],
    [
      'Bas Eickhout, a Dutch member of the European Parliament for the Greens, said yes.',
      'Bas Eickhout',
      'European Parliament',
    ],
    // A known office holder's body outweighs a title that names none.
    [
      'The summit ended. Climate commissioner Wopke Hoekstra said the target would stand.',
      'Wopke Hoekstra',
      'European Union',
    ],
  ])('reads the body of the speaker in: %s', (text, name, camp) => {
    expect(analyzeArticle(text).sources.find((s) => s.name === name)?.camp).toBe(camp);
  });

  it.each([
    [
      'The plan was unveiled. The think tank Bruegel has estimated that it would cost billions.',
      'Bruegel',
      'Experts and analysts',
    ],
    ['The plan was unveiled. The charity Oxfam said it would hurt the poor.', 'Oxfam', 'Humanitarian groups'],
  ])('reads a body named after its kind in: %s', (text, name, camp) => {
    expect(analyzeArticle(text).sources.map((s) => [s.name, s.type, s.camp])).toEqual([
      [name, 'organisation', camp],
    ]);
  });

  it.each([
    // A group's EU office and a field between the body and the post keep the group's camp.
    [
      'The plan was unveiled. Greenpeace EU climate campaigner Lisa Göldner said it was weak.',
      'Lisa Göldner',
      'Environmental groups',
    ],
    [
      'The plan was unveiled. Oxfam health adviser Jane Roe said it would hurt the poor.',
      'Jane Roe',
      'Humanitarian groups',
    ],
  ])('keeps the body of a titled speaker in: %s', (text, name, camp) => {
    expect(analyzeArticle(text).sources.map((s) => [s.name, s.camp])).toEqual([[name, camp]]);
  });

  it.each([
    [
      'The vote was close. The Cámara Nacional Electoral said the count would resume.',
      'Cámara Nacional Electoral',
      'organisation',
    ],
    [
      'Prices rose. The Ministerio de Economía said inflation would fall.',
      'Ministerio de Economía',
      'government',
    ],
    ['Prices rose. Banco Central said rates would hold.', 'Banco Central', 'government'],
    ['Prices rose. Banco Santander said profits rose.', 'Banco Santander', 'organisation'],
  ])('reads a body named in Spanish in: %s', (text, name, type) => {
    expect(analyzeArticle(text).sources.map((s) => [s.name, s.type])).toEqual([[name, type]]);
  });

  it('gives a post of "the office" the body named with that word, before one that only fits its sector', () => {
    const text =
      'The Taiwan Affairs Office of the State Council said in a statement that the Democratic Progressive Party authorities were "pushing Taiwan compatriots into the abyss of war" by seeking to "rely on the United States to seek independence."\n\nChen Binhua, a spokesman for the office, told a news conference that talks were possible.';
    expect(analyzeArticle(text).sources.find((s) => s.name === 'Chen Binhua')?.camp).toBe(
      'Chinese government',
    );
  });

  it('gives "the group\'s" post the one body named before, not groups in the plural', () => {
    const text =
      "The siege is the latest of the atrocities that rights groups have blamed on the militia. Medecins Sans Frontieres said the attack was unconscionable. Claire Nicolet, the group's head of emergency response for Sudan, said staff were missing.";
    expect(analyzeArticle(text).sources.find((s) => s.name === 'Claire Nicolet')?.camp).toBe(
      'Humanitarian groups',
    );
  });

  it('cites the body named after a place and its description, not the place', () => {
    const text =
      'At least 20 protesters were injured, according to the Buenos Aires human rights organisation CELS.';
    expect(analyzeArticle(text).sources.map((s) => [s.name, s.type, s.camp])).toEqual([
      ['CELS', 'organisation', 'Rights groups'],
    ]);
  });

  it.each([
    ["Labour's shadow home secretary, Yvette Cooper, said the policy was a gimmick.", 'Yvette Cooper'],
    ["Labour's Yvette Cooper said the policy was a gimmick.", 'Yvette Cooper'],
    ["Labour's shadow chancellor Rachel Reeves said the policy was a gimmick.", 'Rachel Reeves'],
  ])("reads a party's possessive before a post or a name in: %s", (text, name) => {
    expect(analyzeArticle(text).sources.map((s) => [s.name, s.camp])).toEqual([
      [name, 'British politics (Labour)'],
    ]);
  });

  it.each([
    // ('Labour's plans': a party's possessive before no name or post gives nobody a party.)
    ["Labour's plans were criticised. Jeremy Hunt said they would cost billions.", 'Jeremy Hunt'],
  ])('gives no party from a possessive before other words in: %s', (text, name) => {
    expect(analyzeArticle(text).sources.map((s) => [s.name, s.camp])).toEqual([
      [name, 'Unaffiliated or unknown'],
    ]);
  });

  it('makes a lead that describes an office holder and the bare name that follows one person', () => {
    const text =
      'Junior doctors walked out on Wednesday.\n\nThe Health Secretary said the strike would put patients at risk. "This action is deeply disappointing," she said.\n\nVictoria Atkins told the BBC that her door remained open.';
    const a = analyzeArticle(text);
    const atkins = a.sources.find((s) => s.name === 'Victoria Atkins');
    expect(atkins?.camp).toBe('Government (country not named)');
    expect(atkins?.mentions).toHaveLength(2);
    expect(a.quotes.map((q) => q.speaker?.name)).toEqual(['Victoria Atkins']);
  });

  it.each([
    // A description after someone is named refers back; one that is no sentence's subject names no one; a
    // name with an apposition of its own is someone else.
    'Hillary Clinton spoke first. The former secretary of state attacked Trump. Martha Lopez said it was fair.',
    'Voters got the president they deserve. Martha Lopez said it was fair.',
    'The Health Secretary said the strike was a risk. Martha Lopez, a nurse, said it was fair.',
  ])('links no description to a later name in: %s', (text) => {
    const lopez = analyzeArticle(text).sources.find((s) => s.name === 'Martha Lopez');
    expect(lopez?.mentions).toHaveLength(1);
    expect(lopez?.camp).not.toMatch(/government/);
  });

  it.each([
    [
      'The ruling came on Friday. Marta Lindqvist, a Geneva-based lawyer representing Dana Sarsenova, said her client had appealed.',
      'Marta Lindqvist',
    ],
    [
      'The ruling came on Monday. Lena Kowalski, chief executive of Brightpath, a search startup based in Boston, said the market could open.',
      'Lena Kowalski',
    ],
    [
      'The ruling came on Monday. William Hart, a former Federal Trade Commission official now at the law firm Covington & Burling, said a breakup would be hard.',
      'William Hart',
    ],
    ['Simon Harcourt, head of the AIU, said the samples were clean.', 'Simon Harcourt'],
  ])('finds the person an apposition describes, not a name or body inside it, in: %s', (text, name) => {
    expect(analyzeArticle(text).sources.map((s) => s.name)).toEqual([name]);
  });

  it.each([
    [
      "Nimbus Inc. will appeal. Priya Raman, the company's general counsel, said the ruling was wrong.",
      [['Priya Raman', 'Business']],
    ],
    ['Nimbus Inc. lost the case. Nimbus said it would appeal.', [['Nimbus Inc.', 'Business']]],
  ])('reads a general counsel and a company by its legal form in: %s', (text, expected) => {
    expect(analyzeArticle(text).sources.map((s) => [s.name, s.camp])).toEqual(expected);
  });

  it('never cites the article\'s own paper as "this newspaper"', () => {
    const text =
      'The Associated Press reported the warnings in March. Two senior officials, who asked not to be named, told this newspaper that a suspension was near.';
    expect(analyzeArticle(text).sources.map((s) => [s.name, s.mentions.length])).toEqual([
      ['Associated Press', 1],
      ['Two senior officials', 1],
    ]);
  });

  it('ends a body\'s name before a post and a name ("Bank of Ghana Governor Samuel Adjei")', () => {
    const text = 'Bank of Ghana Governor Samuel Adjei said rates would rise.';
    expect(analyzeArticle(text).sources.map((s) => [s.name, s.type])).toEqual([['Samuel Adjei', 'person']]);
  });

  it.each([
    [
      'The verdict was read. Dale Hutchins, president of the Fraternal Order of Police Capital City Lodge No. 9, said the union was grateful.',
      [['Dale Hutchins', 'Labour unions']],
    ],
    ['The Columbus branch of the NAACP called the verdict "deeply troubling".', [['NAACP', 'Rights groups']]],
    [
      'The Kyiv office of Human Rights Watch said the strike was unlawful.',
      [['Human Rights Watch', 'Rights groups']],
    ],
    [
      'Rescuers arrived. Gagan Shrestha, a member of parliament from the Nepali Congress party, said aid had been slow.',
      [['Gagan Shrestha', 'Nepalese politics (Nepali Congress)']],
    ],
    [
      'At least 200 people died, according to the National Disaster Risk Reduction and Management Authority (NDRRMA).',
      [['National Disaster Risk Reduction and Management Authority', 'Government (country not named)']],
    ],
  ])('reads long posts, branches and long body names in: %s', (text, expected) => {
    expect(analyzeArticle(text).sources.map((s) => [s.name, s.camp])).toEqual(expected);
  });

  it.each([
    [
      'Fitch Ratings said in a report that the outlook was negative.',
      [['Fitch Ratings', 'organisation', 'Business']],
    ],
    ['Shares fell 2%, according to FactSet.', [['FactSet', 'organisation', 'Business']]],
    [
      'Bank of Ghana Governor Samuel Adjei said rates would rise.',
      [['Samuel Adjei', 'person', 'Ghanaian government']],
    ],
  ])('reads ratings agencies, data providers and central banks in: %s', (text, expected) => {
    expect(analyzeArticle(text).sources.map((s) => [s.name, s.type, s.camp])).toEqual(expected);
  });

  it.each([
    [
      'The vote was held. Sir Andrew Crisp, the Conservative MP for Lambridge West, said the plan was wrong.',
      [['Andrew Crisp', 'British politics (Conservative)']],
    ],
    [
      'The vote was held. Priya Sandhu, the Labour MP for Lambridge North, said the plan was wrong.',
      [['Priya Sandhu', 'British politics (Labour)']],
    ],
    [
      'The vote was held. Simon Vale, chief executive of Harrowgate Living, said the plan was right.',
      [['Simon Vale', 'Business']],
    ],
    [
      'The vote was held. Val Verde County Sheriff Wade Brannigan, whose deputies patrol 100 miles of the Rio Grande, said crossings had surged.',
      [['Wade Brannigan', 'Security services (country not named)']],
    ],
    [
      'The vote was held. Midwest Immigrant Justice Alliance said the buses were cruel.',
      [['Midwest Immigrant Justice Alliance', 'Advocacy groups and unions']],
    ],
    [
      'The war went on. Minister of Defence Rustem Umerov said the front held.',
      [['Rustem Umerov', 'Ukrainian government']],
    ],
  ])('reads seats, bodies after a post, whose-clauses and civic bodies in: %s', (text, expected) => {
    expect(analyzeArticle(text).sources.map((s) => [s.name, s.camp])).toEqual(expected);
  });

  it.each([
    [
      'The vote failed. U.S. Ambassador to the U.N. Linda Thomas-Greenfield said the draft was flawed.',
      [['Linda Thomas-Greenfield', 'United States government']],
    ],
    [
      "The vote failed. Algeria's U.N. Ambassador Amar Bendjama said the council had failed Gaza.",
      [['Amar Bendjama', 'Algerian government']],
    ],
    [
      "The vote failed. Britain's Barbara Woodward said the council had failed.",
      [['Barbara Woodward', 'British (sector not named)']],
    ],
    ['The vote failed. EU Ambassador Jane Roe said it was sad.', [['Jane Roe', 'European Union']]],
  ])(
    "gives an envoy and a person named after a country's possessive that country in: %s",
    (text, expected) => {
      expect(analyzeArticle(text).sources.map((s) => [s.name, s.camp])).toEqual(expected);
    },
  );

  it.each([
    'The findings, published in JAMA Ophthalmology, surprised doctors.',
    'The study appeared in the journal JAMA Ophthalmology on Monday.',
  ])('cites a medical journal as research, not as a news outlet, in: %s', (text) => {
    expect(analyzeArticle(text).sources.map((s) => [s.name, s.type, s.camp])).toEqual([
      ['JAMA', 'organisation', 'Experts and analysts'],
    ]);
  });

  it.each([
    [
      "The study was large. Dr. Helen Okafor, an endocrinologist at King's College London who was not involved in the study, said the risk was small.",
      [['Helen Okafor', 'Experts and analysts']],
    ],
    [
      "The study was large. Dr. Sarah Whitfield, the study's lead author and an assistant professor of ophthalmology at Harvard Medical School, cautioned that the link was not proven.",
      [['Sarah Whitfield', 'Unaffiliated or unknown']],
    ],
    [
      'The senator was angry. He has written to the Food and Drug Administration demanding an urgent review.',
      [],
    ],
    [
      'The vote was held. A spokesman for Shelter, the housing charity, said the plan was wrong.',
      [['A spokesman for Shelter', 'Advocacy groups and unions']],
    ],
  ])('reads experts, long descriptions, addressees and charities in: %s', (text, expected) => {
    expect(analyzeArticle(text).sources.map((s) => [s.name, s.camp])).toEqual(expected);
  });

  it('steps over a part of a place to the people in it', () => {
    const text = 'Fighting went on. Residents in northern Syria said the strikes continued.';
    expect(analyzeArticle(text).sources.map((s) => [s.name, s.camp])).toEqual([
      ['Residents', 'Syrian civilians and public'],
    ]);
  });

  it.each([
    [
      'Rates rose. Isaac Agyeman, the minority spokesman on finance, told parliament the rise was a mistake.',
      [['Isaac Agyeman', 'person', 'Politics']],
    ],
    [
      'Votes were counted. The European Union Election Observation Mission said it had observed problems.',
      [['Election Observation Mission', 'organisation', 'European Union']],
    ],
    [
      'The verdict came. A juror who spoke on condition of anonymity said the vote was close.',
      [['A juror who spoke on condition of anonymity', 'anonymous', 'Civilians and public']],
    ],
  ])('reads the opposition, missions and unnamed jurors in: %s', (text, expected) => {
    expect(analyzeArticle(text).sources.map((s) => [s.name, s.type, s.camp])).toEqual(expected);
  });

  it.each([
    ['Prices rose. Jane Doe, a nurse from Fresno, Calif., said the rent was too high.', ['Jane Doe']],
    ['Prices rose. Johnnie Wilson, of Springfield, Va., said he had fought in Vietnam.', ['Johnnie Wilson']],
    [
      'Prices rose. Conservative Leader Ryan Holt, speaking at a rally in Brampton, Ont., said the plan had failed.',
      ['Ryan Holt'],
    ],
    // Words describing the subject of the clause said are no speaker after the verb.
    [
      'The Russian Defence Ministry denied the report and said Ukrainian units had been moving heavy equipment.',
      ['Russian Defense Ministry'],
    ],
    ['The army blocked the convoy and said Hamas terrorists routinely seize supplies.', ['The army']],
    [
      'A senior Western diplomat, who asked not to be named, said Ethiopian mechanised units had moved north.',
      ['A senior Western diplomat'],
    ],
    ['The talks failed. The minister said Egypt already faces a water deficit.', ['The minister']],
    // A speaker after the verb stays one before a time phrase.
    ['The talks failed, said Egypt late on Monday.', ['Egypt']],
  ])(
    'finds the speaker across a city and its state, and no speaker in what was said, in: %s',
    (text, names) => {
      expect(analyzeArticle(text).sources.map((s) => s.name)).toEqual(names);
    },
  );

  it.each([
    [
      'The strikes went on. Dr Fadel Naim, director of al-Ahli Arab Hospital, where many of the wounded were taken, said the hospital was full.',
      [['Fadel Naim', 'person', 'Unaffiliated or unknown']],
    ],
    [
      'The strikes went on. Defense Minister Israel Katz said the operation was a success.',
      [['Israel Katz', 'person', 'Israeli government']],
    ],
    [
      'The war went on. IDF Spokesperson Brig.-Gen. Effie Defrin said the strike was precise.',
      [['Effie Defrin', 'person', 'Israeli military']],
    ],
    [
      'The strikes went on. MSF emergency coordinator Caroline Seguin told reporters the hospital was full.',
      [['Caroline Seguin', 'person', 'Humanitarian groups']],
    ],
    [
      "The strikes went on. Ukraine's air force said Russia had launched 112 drones.",
      [["Ukraine's air force", 'military', 'Ukrainian military']],
    ],
    [
      'The strikes went on. The Ukrainian Air Force said Russia had launched 112 drones.',
      [['Ukrainian Air Force', 'military', 'Ukrainian military']],
    ],
  ])('reads where-clauses, ranks, coordinators and armed services in: %s', (text, expected) => {
    expect(analyzeArticle(text).sources.map((s) => [s.name, s.type, s.camp])).toEqual(expected);
  });

  it('reads no armed service before a noun it describes', () => {
    expect(analyzeArticle('A Russian navy ship sank, officials said.').sources.map((s) => s.name)).toEqual([
      'officials',
    ]);
  });

  it.each([
    ['Claims rose, according to Statistics Canada.', [['Statistics Canada', 'Canadian government']]],
    [
      'Immigration, Refugees and Citizenship Canada said in March that claims rose.',
      [['Immigration, Refugees and Citizenship Canada', 'Canadian government']],
    ],
    [
      'OTTAWA (CP) - Canada will vote in May. Ottawa residents were surprised. Conservative Leader Ryan Holt said the Liberal government in Ottawa had failed Canada.',
      [['Ryan Holt', 'Canadian politics (Conservative)']],
    ],
  ])('reads Canadian bodies and parties in: %s', (text, expected) => {
    expect(analyzeArticle(text).sources.map((s) => [s.name, s.camp])).toEqual(expected);
  });

  it.each([
    [
      'The vote was held. Lambridge Council approved the plan on Tuesday. The council said most homes would be affordable.',
      [['Lambridge Council', 'Government (country not named)', 1]],
    ],
    [
      'The UN Security Council met. The council said the ceasefire must hold.',
      [['United Nations', 'United Nations', 1]],
    ],
    [
      'The Commission on Presidential Debates met. The Department of Homeland Security warned of hackers. The commission says there were issues with the audio.',
      [
        ['Department of Homeland Security', 'United States government', 1],
        ['Commission on Presidential Debates', 'Unaffiliated or unknown', 1],
      ],
    ],
    [
      'Mayor Karen Holloway said the city would ask Washington for emergency funding.',
      [['Karen Holloway', 'Regional and local government (country not named)', 1]],
    ],
  ])(
    'finds the council or commission a definite description refers to, and no addressee, in: %s',
    (text, expected) => {
      expect(analyzeArticle(text).sources.map((s) => [s.name, s.camp, s.mentions.length])).toEqual(expected);
    },
  );

  it("reads a UN mission as the UN's, and its head as the mission's", () => {
    const text =
      'Civilians died. The UN Human Rights Monitoring Mission in Ukraine said last month that 20 civilians died. Danielle Bell, the head of the mission, said the toll was rising.';
    expect(analyzeArticle(text).sources.map((s) => [s.name, s.camp])).toEqual([
      ['Human Rights Monitoring Mission', 'United Nations'],
      ['Danielle Bell', 'United Nations'],
    ]);
  });

  it.each([
    [
      'The deal was struck. European Union Climate Commissioner Wopke Hoekstra said the bloc had sought more.',
      [['Wopke Hoekstra', 'European Union']],
    ],
    [
      'The deal was struck. COP30 President André Corrêa do Lago told the plenary that the deal was fair.',
      [['André Corrêa do Lago', 'Government (country not named)']],
    ],
    [
      'The strike went on. Philippe Martin, a labour economist at Sciences Po, said the strike would cost billions.',
      [['Philippe Martin', 'Experts and analysts']],
    ],
    [
      'The deal was struck. Two negotiators, who asked not to be named, said Saudi Arabia and other producers had opposed a draft.',
      [['Two negotiators', 'Anonymous officials']],
    ],
  ])("reads portfolios, particles, labour and a clause's subjects in: %s", (text, expected) => {
    expect(analyzeArticle(text).sources.map((s) => [s.name, s.camp])).toEqual(expected);
  });

  it.each([
    [
      'The strike went on. Jordan Bardella, president of the far-right National Rally (RN), said the government had failed.',
      [['Jordan Bardella', 'French politics (National Rally)']],
    ],
    [
      'The strike went on. Trains were cancelled, according to the state rail operator SNCF.',
      [['SNCF', 'Business']],
    ],
    [
      "The deal was struck. Greenpeace International's executive director, Mads Christensen, said the deal was a failure.",
      [['Mads Christensen', 'Environmental groups']],
    ],
    ['"Oil will remain essential," API President Mike Sommers said.', [['Mike Sommers', 'Business lobbies']]],
  ])('reads European parties, rail operators and lobbies in: %s', (text, expected) => {
    expect(analyzeArticle(text).sources.map((s) => [s.name, s.camp])).toEqual(expected);
  });

  it.each([
    [
      'Zhu Fenglian, spokesperson for the Taiwan Affairs Office, said the drills were a warning.',
      [['Zhu Fenglian', 'Chinese government']],
    ],
    [
      "A spokesman for Taiwan's ruling Democratic Progressive Party said it would not yield.",
      [['Democratic Progressive Party', 'Taiwanese politics (Democratic Progressive Party)']],
    ],
    ['KMT chairman Eric Chu said he wanted talks.', [['Eric Chu', 'Taiwanese politics (Kuomintang)']]],
    ['According to the PLA Daily, the drills were a success.', [['PLA Daily', 'News media']]],
    ['The rights group CELS said the law was unconstitutional.', [['CELS', 'Rights groups']]],
    ['Human rights group CELS said the law was unconstitutional.', [['CELS', 'Rights groups']]],
    [
      'Rodolfo Aguiar, head of the ATE union, said the strike would go on.',
      [['Rodolfo Aguiar', 'Labour unions']],
    ],
    [
      'Mariel Fornoni, director of the polling firm Management & Fit, said the race was close.',
      [['Mariel Fornoni', 'Experts and analysts']],
    ],
  ])('reads a body named in a post, its kind and its party in: %s', (text, expected) => {
    expect(analyzeArticle(text).sources.map((s) => [s.name, s.camp])).toEqual(expected);
  });

  it.each([
    // A country's word inside a body's name is no country of the speaker's; a party is not the US one.
    [
      'Zhu Fenglian, spokesperson for the Taiwan Affairs Office, said the drills were a warning.',
      'Taiwanese government',
    ],
    [
      "A spokesman for Taiwan's ruling Democratic Progressive Party said it would not yield.",
      'United States politics (Democratic)',
    ],
  ])('gives no camp from a word inside a name in: %s', (text, camp) => {
    expect(analyzeArticle(text).sources.map((s) => s.camp)).not.toContain(camp);
  });

  it.each([
    [
      "The Sudanese Armed Forces on Wednesday repulsed an attack by the Rapid Support Forces militia, inflicting heavy losses on the rebels, the army's official spokesman said.",
      'Sudanese military',
    ],
    [
      'Waqas Akram, the information secretary of Pakistan Tehreek-e-Insaf, told reporters that three workers had been killed.',
      'Pakistani politics (Pakistan Tehreek-e-Insaf)',
    ],
    [
      'His party, Pakistan Tehreek-e-Insaf (PTI), called for protests. PTI chairman Barrister Gohar Ali Khan said the party would remain peaceful.',
      'Pakistani politics (Pakistan Tehreek-e-Insaf)',
    ],
    [
      '"The court had a chance," said Ayesha Siddiqa, a political analyst and author of a book on the military\'s business interests.',
      'Experts and analysts',
    ],
    ['Anti-abortion groups said the ruling was overdue.', 'Anti-abortion groups'],
    ['Pro-life leaders hailed the ruling.', 'Anti-abortion groups'],
    ['Shadow business secretary Laura Pennant said the plan was a mess.', 'Politics'],
    ['GMB senior organiser Rachel Moss said the plan was a mess.', 'Labour unions'],
    ['One packer said the union was pointless.', 'Civilians and public'],
  ])('gives the camp a careful reader gives in: %s', (text, camp) => {
    expect(analyzeArticle(text).sources.map((s) => s.camp)).toContain(camp);
  });

  it.each([
    // The army's spokesman is not the militia's; a book's subject is not its author's camp.
    [
      "The Sudanese Armed Forces on Wednesday repulsed an attack by the Rapid Support Forces militia, inflicting heavy losses on the rebels, the army's official spokesman said.",
      'Rapid Support Forces',
    ],
    [
      '"The court had a chance," said Ayesha Siddiqa, a political analyst and author of a book on the military\'s business interests.',
      'Military (country not named)',
    ],
    [
      'His party, Pakistan Tehreek-e-Insaf (PTI), called for protests. PTI chairman Barrister Gohar Ali Khan said the party would remain peaceful.',
      'Lawyers (defence or private)',
    ],
  ])('gives no camp from a word beside the post in: %s', (text, camp) => {
    expect(analyzeArticle(text).sources.map((s) => s.camp)).not.toContain(camp);
  });

  it.each([
    // Whom a speaker labels is not cited.
    ['Party leader Maryam Nawaz mocked the protesters as "a handful of rioters".', 'the protesters'],
  ])('cites no one the speaker labels in: %s', (text, name) => {
    expect(analyzeArticle(text).sources.map((s) => s.name)).not.toContain(name);
  });

  it.each([
    [
      'KHARTOUM, Sudan - The Sudanese army shelled RSF positions in Khartoum. The RSF said it had repelled the attack on Omdurman.',
      'Rapid Support Forces',
    ],
    [
      'ISLAMABAD - Pakistan police arrested protesters in Lahore. PTI said one of its workers had been killed in Islamabad.',
      'Pakistan Tehreek-e-Insaf',
    ],
    ['Amazon said it would respect the outcome.', 'Amazon'],
  ])('reads initials by the country the story is set in in: %s', (text, name) => {
    expect(analyzeArticle(text).sources.map((s) => s.name)).toContain(name);
  });

  it.each([
    [
      'KHARTOUM, Sudan - The Sudanese army shelled RSF positions in Khartoum. The RSF said it had repelled the attack.',
      'Reporters Without Borders',
    ],
    [
      'ISLAMABAD - Pakistan police arrested protesters in Lahore. PTI said one of its workers had been killed in Islamabad.',
      'Press Trust of India',
    ],
    // A river and a rainforest are no company.
    ['Deforestation in the Amazon rose, Brazil said.', 'Amazon'],
    ['Fires in the Amazon rainforest spread, officials said.', 'Amazon'],
  ])('reads no body of another country or a place as a company in: %s', (text, name) => {
    expect(analyzeArticle(text).sources.map((s) => s.name)).not.toContain(name);
  });

  it.each([
    [
      "NEW DELHI - The BJP won the election in Maharashtra, India. Congress MP Shashi Tharoor said the party must introspect. India's Election Commission rejected the claims.",
      ['Shashi Tharoor', 'Indian politics (Indian National Congress)'],
    ],
    [
      'WASHINGTON - Congress passed the bill. Senator Chuck Schumer said Congress had done its job.',
      ['Chuck Schumer', 'United States politics (Congress)'],
    ],
    [
      "NEW DELHI - Union Home Minister Amit Shah called the result a slap on the face of dynastic politics, India's ruling party said.",
      ['Amit Shah', 'Indian government'],
    ],
    [
      'Sharad Pawar of the Nationalist Congress Party said the alliance would hold.',
      ['Sharad Pawar', 'Indian politics (Nationalist Congress Party)'],
    ],
  ])('reads Congress and the Union by the country the story is set in: %s', (text, [name, camp]) => {
    expect(analyzeArticle(text).sources.map((s) => [s.name, s.camp])).toContainEqual([name, camp]);
  });

  it.each([
    [
      'Amnesty International said seven people had been killed, but police spokesman Muyiwa Adejobi called the figure fake news.',
      'British security services',
    ],
    [
      'John Smith, a nurse at the general hospital, said the wards were full.',
      'Military (country not named)',
    ],
  ])("takes no camp from a rights group's seat or a hospital's name in: %s", (text, camp) => {
    expect(analyzeArticle(text).sources.map((s) => s.camp)).not.toContain(camp);
  });

  it.each([
    ['Critics claim that the rules are unfair.', 'Critics'],
    ['Officials estimate that 500 farms closed.', 'Officials'],
    ['Analysts caution that the deal may fail.', 'Analysts'],
  ])("reads a plural subject's report verb wink tags a noun in: %s", (text, name) => {
    expect(analyzeArticle(text).sources.map((s) => s.name)).toContain(name);
  });

  it.each([
    ['The claim that the rules are unfair was rejected.'],
    ['His claim that the rules are unfair was rejected.'],
  ])('cites no one for a claim named as a noun in: %s', (text) => {
    expect(analyzeArticle(text).sources).toEqual([]);
  });

  it.each([
    [
      'LAGOS, Nigeria - Protests spread across Nigeria and Lagos. Police fired tear gas in Nigeria. The Presidency said the subsidy removal was irreversible.',
      [['Presidency', 'government', 'Nigerian government']],
    ],
  ])("reads a head of state's office as the government in: %s", (text, expected) => {
    expect(analyzeArticle(text).sources.map((s) => [s.name, s.type, s.camp])).toEqual(expected);
  });

  it.each([
    [
      'A Western diplomat in Vienna, speaking on condition of anonymity, said the objections were allowed.',
      'Anonymous officials',
    ],
    ['Diplomats in Beirut said the talks were "fragile but serious."', 'Anonymous officials'],
    ['Officials in Kyiv said the attack killed two.', 'Ukrainian government'],
  ])('gives a diplomat posted in a city no government of that city in: %s', (text, camp) => {
    const a = analyzeArticle(text);
    expect(a.sources.map((s) => s.camp)).toEqual([camp]);
  });

  it('reads the Democratic Party as South Korean in a story set in South Korea, and American elsewhere', () => {
    const seoul =
      "SEOUL — South Korea's parliament voted to strike down President Yoon Suk Yeol's declaration of martial law in Seoul. Democratic Party leader Lee Jae-myung said: \"Yoon has betrayed the constitution.\" The Democratic Party said it would impeach Yoon. South Korea's Constitutional Court will rule. Prime Minister Han Duck-soo of South Korea resigned.";
    const camps = analyzeArticle(seoul).sources.map((s) => [s.name, s.camp]);
    expect(camps).toContainEqual(['Lee Jae-myung', 'South Korean politics (Democratic)']);
    expect(camps).toContainEqual([
      'Democratic Party of Korea',
      'South Korean politics (Democratic Party of Korea)',
    ]);
    const us = analyzeArticle('Democratic Party leader Jane Roe said the bill would fail.').sources;
    expect(us.map((s) => s.camp)).toEqual(['United States politics (Democratic)']);
  });

  it.each([
    [
      'The Chosun Ilbo, a conservative newspaper, wrote that the decision was "incomprehensible."',
      'The Chosun Ilbo',
      'outlet',
    ],
    ['Several vehicles were set ablaze, Citizen TV reported.', 'Citizen TV', 'outlet'],
    ['According to a report by STAT News, officials are reviewing the evidence.', 'STAT News', 'outlet'],
    [
      'Funai, the federal agency for indigenous peoples, said 2,000 occupants had entered.',
      'Funai',
      'government',
    ],
    [
      'The KNCHR said it had documented 17 deaths.',
      'Kenya National Commission on Human Rights',
      'organisation',
    ],
  ])('knows the outlet or body in: %s', (text, name, type) => {
    expect(analyzeArticle(text).sources.map((s) => [s.name, s.type])).toContainEqual([name, type]);
  });

  it.each([
    [
      '"Our clinics are open," said Zach Holbrooks, the county health officer.',
      'Regional and local government (country not named)',
    ],
    ['"Stay home," said the chief medical officer, Dr. Jane Roe.', 'Government (country not named)'],
    ['A police officer said the road was closed.', 'Security services (country not named)'],
    [
      '"We have no choice," said Ahmed, a 24-year-old from Khartoum, who asked that his surname not be used.',
      'Civilians and public',
    ],
  ])('tells a health officer from the police, and a place from a speaker, in: %s', (text, camp) => {
    expect(analyzeArticle(text).sources.map((s) => s.camp)).toEqual([camp]);
  });

  it.each([
    [
      'The Buckeye Firearms Association said it would oppose the bill. "Ohioans have the right to defend themselves," the group\'s chairman, Jim Irvine, said in a statement.',
      ['Jim Irvine', 'Gun-rights groups'],
    ],
    [
      'Sonia Patel, a barrister at Garden Court Chambers, told the BBC that the plan was unlawful.',
      ['Sonia Patel', 'Lawyers (defence or private)'],
    ],
    ['Supreme Court Justice Sonia Sotomayor said the ruling was wrong.', ['Sonia Sotomayor', 'Courts']],
  ])('finds the person a post or workplace describes, in the right camp, in: %s', (text, expected) => {
    const a = analyzeArticle(text);
    expect(a.sources.map((s) => [s.name, s.camp])).toContainEqual(expected);
    expect(a.sources.map((s) => s.name)).not.toContain('Chambers');
    expect(a.quotes.filter((q) => q.speaker?.name === 'Buckeye Firearms Association')).toEqual([]);
  });

  it.each([
    [
      'The Home Office has announced a new policy. A spokesman for the French interior ministry insisted officers had "acted within the law".',
      ['A spokesman for the French interior ministry', 'person', 'French government'],
    ],
    [
      'A spokesman for the Home Office said the plan was legal.',
      ['A spokesman for the Home Office', 'person', 'British government'],
    ],
  ])(
    "reads a spokesman for a body as a person of that body's camp, and another country's ministry as its own, in: %s",
    (text, expected) => {
      const q = analyzeArticle(text).statements.at(-1);
      expect([q?.speaker.name, q?.speaker.type, q?.speaker.camp]).toEqual(expected);
    },
  );

  it.each([
    [
      'Police opened fire, killing at least 17 people in what rights groups called a "massacre" of unarmed demonstrators.',
      ['rights groups'],
    ],
    [
      'Refugees will be detained under a new policy, in a move charities warn will put vulnerable people at risk.',
      ['charities'],
    ],
    [
      'Thousands of protesters gathered outside the gates, chanting "Arrest Yoon Suk Yeol."',
      ['Thousands of protesters'],
    ],
    [
      'Officials in Damascus have promised a "new Syria," but the killings on the coast continue.',
      ['Officials in Damascus'],
    ],
    ['Officials who have seen the plan said it was dead.', ['Officials who have seen the plan']],
    ['The demand, presented as a "unity offer" by the self-declared president, alarmed officials.', []],
  ])('cuts a group speaker at its own words in: %s', (text, names) => {
    expect(analyzeArticle(text).sources.map((s) => s.name)).toEqual(names);
  });

  it.each([
    [
      '"We are ready," said a spokesman for the Kremlin.',
      ['a spokesman for the Kremlin', 'Russian government'],
    ],
    [
      '"Why punish families?" asked a spokeswoman for the ministry.',
      ['a spokeswoman for the ministry', 'Government (country not named)'],
    ],
    [
      'Tasnim, a news agency affiliated with the Islamic Revolutionary Guard Corps, went further, accusing Grossi of "spying for Israel".',
      ['Tasnim News Agency', 'News media'],
    ],
    [
      'The FNSEA, the biggest farming union, said the deal was "a betrayal".',
      ['FNSEA', 'Advocacy groups and unions'],
    ],
    [
      'Care4All, a charity that helps migrants, said the plan was cruel.',
      ['Care4All', 'Humanitarian groups'],
    ],
  ])('finds a speaker described after the verb or in an apposition in: %s', (text, expected) => {
    const a = analyzeArticle(text);
    const speaker = a.quotes.at(-1)?.speaker ?? a.statements.at(-1)?.speaker;
    expect([speaker?.name, speaker?.camp]).toEqual(expected);
  });

  it.each([
    [
      'Writing in the Guardian last week, Diane Abbott called the scheme "a headline-grabbing stunt".',
      ['The Guardian', 'outlet', 'wrote in'],
    ],
    ['The minister wrote in The Times that the plan was sound.', ['The Times', 'outlet', 'wrote in']],
  ])('cites the outlet that carried a writer in: %s', (text, expected) => {
    expect(sources(text)).toContainEqual(expected);
  });

  it.each([
    ['Paris, the capital, said nothing.'],
    ['John Smith, the biggest farmer, said the deal was bad.'],
  ])('makes no body of a place or a person before an apposition in: %s', (text) => {
    expect(analyzeArticle(text).sources.filter((s) => s.type === 'organisation')).toEqual([]);
  });

  it('reads a local name no other entry goes by only in a story set in its country', () => {
    const caracas =
      'The CNE said shortly after midnight that Maduro had won. In Caracas, Venezuela, Venezuelan officials celebrated, and Venezuela said the vote was clean.';
    expect(analyzeArticle(caracas).sources.map((s) => [s.name, s.camp])).toContainEqual([
      'National Electoral Council',
      'Venezuelan government',
    ]);
    expect(analyzeArticle('The CNE said the vote was clean.').sources.map((s) => s.name)).toEqual(['CNE']);
  });

  it.each([
    ['According to the newspaper Reforma, turnout was low.', ['Reforma', 'outlet']],
    ['Turnout was low, La Jornada reported.', ['La Jornada', 'outlet']],
    ['The Verge reported that the ruling was narrow.', ['The Verge', 'outlet']],
    ['Le Nouvelliste wrote in an editorial that the mission had failed.', ['Le Nouvelliste', 'outlet']],
  ])('knows the outlet in: %s', (text, expected) => {
    expect(analyzeArticle(text).sources.map((s) => [s.name, s.type])).toContainEqual(expected);
  });

  it.each([
    [
      'ISLAMABAD — Pakistan rejected the claims on Friday. Foreign Office spokesperson Shafqat Ali Khan said Pakistan wanted peace. Pakistani officials in Islamabad and Lahore agreed, and Pakistan Prime Minister Shehbaz Sharif spoke.',
      ['Shafqat Ali Khan', 'Pakistani government'],
    ],
    [
      'The British Foreign Office said the verdict was unjust. Pakistan, Pakistani officials and Islamabad agreed with Pakistan.',
      ['Foreign Office', 'British government'],
    ],
    ['The Foreign Office said the verdict was unjust.', ['Foreign Office', 'British government']],
    // The country a story names most, where two share it; and a legislature's generic name.
    [
      'ISLAMABAD — Pakistan secured a ceasefire with Afghanistan. Pakistan said the talks in Doha succeeded. Pakistan will monitor the border. Mushahid Hussain Sayed, chairman of the Senate Defence Committee, said the accord was a triumph.',
      ['Mushahid Hussain Sayed', 'Pakistani politics'],
    ],
    [
      "MADRID — Spain's government faced a crisis. The Spanish parliament met in Madrid. Its spokesperson in Congress, Ester Muñoz, said the government was hiding.",
      ['Ester Muñoz', 'Spanish politics'],
    ],
    [
      'Sen. Jane Roe of Ohio told the Senate the bill would pass.',
      ['Jane Roe', 'United States politics (Congress)'],
    ],
    [
      'SEOUL — South Korea prosecutors moved. A spokeswoman for the Ministry of Justice said a travel ban was imposed. South Korea, Seoul and South Korean courts agreed with South Korea.',
      ['A spokeswoman for the Ministry of Justice', 'South Korean government'],
    ],
  ])("reads a body's generic name as the setting country's body in: %s", (text, expected) => {
    expect(analyzeArticle(text).sources.map((s) => [s.name, s.camp])).toContainEqual(expected);
  });

  it.each([
    [
      '"Care is being delayed," said Professor Meghana Pandit, NHS England\'s national medical director.',
      ['Meghana Pandit', 'British government'],
    ],
    [
      'India\'s negotiator, Chandni Raina, said the deal was "an optical illusion".',
      ['Chandni Raina', 'Indian government'],
    ],
    [
      'A lawyer for the news outlets, David Schulz, said no decision had been made.',
      ['David Schulz', 'Lawyers (defence or private)'],
    ],
    [
      'Maleeha Lodhi, a former ambassador to the United Nations, said the claims were baseless.',
      ['Maleeha Lodhi', 'Government (country not named)'],
    ],
    [
      'Residents along the Line of Control in Azad Kashmir said shelling continued.',
      ['Residents', 'Civilians and public'],
    ],
    [
      "The Army's Chinar Corps said two militants were killed.",
      ['Chinar Corps', 'Military (country not named)'],
    ],
    [
      'Professor Jane Roe, an economist at the London School of Economics, said the plan was bad.',
      ['Jane Roe', 'Experts and analysts'],
    ],
  ])('places the speaker by the description beside the name in: %s', (text, expected) => {
    expect(analyzeArticle(text).sources.map((s) => [s.name, s.camp])).toContainEqual(expected);
  });

  it.each([
    ['In a statement carried by Xinhua, the office said the verdict was just.', 'Xinhua'],
    ['Polling by Ipsos found that most voters backed the doctors.', 'Ipsos'],
    ['Carbon Brief calculated that the pledge fell short.', 'Carbon Brief'],
    [
      'According to several observers in the hall, the gavel came down quickly.',
      'several observers in the hall',
    ],
  ])('cites who carried, found or calculated it in: %s', (text, name) => {
    const a = analyzeArticle(text);
    expect(a.sources.map((s) => s.name)).toContain(name);
    expect(a.loadedTerms.filter((t) => !t.inQuote && t.category === 'report-verb')).toEqual([]);
  });

  it.each([
    [
      'The United Food and Commercial Workers union, which represents workers at the plant, said in a statement that it was "deeply concerned".',
      ['United Food and Commercial Workers', 'Labour unions'],
    ],
    [
      "Eric Reeder, president of United Food and Commercial Workers Local 293, which represents the plant's employees, said the union learned of the raid.",
      ['Eric Reeder', 'Labour unions'],
    ],
    [
      'But an attorney representing several families said most of the workers had no criminal history.',
      ['an attorney', 'Lawyers (defence or private)'],
    ],
  ])("finds the speaker past a 'which' clause or a participle in: %s", (text, expected) => {
    expect(analyzeArticle(text).sources.map((s) => [s.name, s.camp])).toContainEqual(expected);
  });

  it('cites every country of a list that warns, and none in a condition', () => {
    const text =
      'Britain, France and Germany have warned that they will push for new sanctions if Moscow continues to reject a truce.';
    expect(cited(text)).toEqual([
      ['United Kingdom', 'government', 'warned'],
      ['France', 'government', 'warned'],
      ['Germany', 'government', 'warned'],
    ]);
    expect(
      analyzeArticle('He cannot attack them if Holt asks him about his tax returns.').statements,
    ).toEqual([]);
  });

  it.each([
    [
      'Mathilde Panot, who leads the La France Insoumise deputies, said the vote was a disgrace.',
      ['Mathilde Panot', 'French politics (La France Insoumise)'],
    ],
    ['Jane Roe, who leads the Sierra Club, said the plan was bad.', ['Jane Roe', 'Environmental groups']],
  ])("places a person by the body a 'who leads' clause names in: %s", (text, expected) => {
    expect(analyzeArticle(text).sources.map((s) => [s.name, s.camp])).toContainEqual(expected);
  });

  it.each([
    [
      'Steve Tsang, director of the SOAS China Institute in London, said the verdict was expected.',
      ['Steve Tsang', 'Experts and analysts'],
    ],
    [
      'Jane Roe, director of the FBI, said the risk was low.',
      ['Jane Roe', 'United States security services'],
    ],
  ])(
    'reads a post at a research body as an expert, and a country in its name as no country, in: %s',
    (text, expected) => {
      expect(analyzeArticle(text).sources.map((s) => [s.name, s.camp])).toContainEqual(expected);
    },
  );

  it.each([
    [
      'HONG KONG — Hong Kong courts convicted Jimmy Lai. Chief Executive John Lee said the verdict showed Hong Kong law worked. Hong Kong police were on alert in Hong Kong.',
      ['John Lee', 'Hong Kong government'],
    ],
    ['Chief Executive Tim Cook said sales rose.', ['Tim Cook', 'Business']],
  ])(
    "reads 'Chief Executive' as Hong Kong's head of government only in a story set there: %s",
    (text, expected) => {
      expect(analyzeArticle(text).sources.map((s) => [s.name, s.camp])).toContainEqual(expected);
    },
  );

  it.each([
    ['He told state television VTV that the vote was clean.', ['Venezolana de Televisión', 'outlet', 'told']],
    [
      'Speaking to the state broadcaster EBC, the minister said talks would resume.',
      ['Ethiopian Broadcasting Corporation', 'outlet', 'interview'],
    ],
  ])('cites an outlet described before its name in: %s', (text, expected) => {
    expect(cited(text)).toContainEqual(expected);
  });

  it.each([
    ['"We have liberated Goma," Lawrence Kanyuka, a spokesman for M23, said.', ['Lawrence Kanyuka', 'M23']],
    ['Malacanang denied that the arrest was political.', ['Malacañang Palace', 'Philippine government']],
    ["According to Serbia's N1 television, police used force.", ['N1 television', 'Serbia, private']],
    ['Radio Okapi reported that prisoners had escaped.', ['Radio Okapi', 'DR Congo, public broadcaster']],
    [
      "Turkey's main opposition Republican People's Party said the arrest was a coup.",
      ["Republican People's Party", "Turkish politics (Republican People's Party)"],
    ],
  ])('knows the rebels, palace, outlets and parties of the 0.3.12 probes in: %s', (text, expected) => {
    expect(analyzeArticle(text).sources.map((s) => [s.name, s.affiliation])).toContainEqual(expected);
  });

  it.each([
    [
      "The prosecutor's office said the probe would continue.",
      ['The prosecutor', 'Government (country not named)'],
    ],
    [
      "Protests were banned, the Ohio governor's office said in a statement.",
      ['the Ohio governor', 'United States state and local government'],
    ],
    [
      'Judge Amy Berman Jackson ruled on Monday. The judge said the case was not close.',
      ['Amy Berman Jackson', 'Courts'],
    ],
  ])("cites a prosecutor, a judge and a post's office in: %s", (text, expected) => {
    expect(analyzeArticle(text).sources.map((s) => [s.name, s.affiliation])).toContainEqual(expected);
  });

  it.each([
    ['Three people were killed, according to police.', ['police', 'Security services (country not named)']],
    [
      'According to prosecutors, he lied to investigators.',
      ['prosecutors', 'Government (country not named)'],
    ],
    [
      "Protests were banned, the Istanbul governor's office said in a statement.",
      ['the Istanbul governor', 'Turkish regional and local government'],
    ],
    [
      '"We will rebuild," Mumbai police commissioner Vivek Phansalkar said.',
      ['Vivek Phansalkar', 'Indian security services'],
    ],
  ])('cites police and prosecutors named bare, and places a post by its city, in: %s', (text, expected) => {
    expect(analyzeArticle(text).sources.map((s) => [s.name, s.affiliation])).toContainEqual(expected);
  });

  it.each([
    ['Al-Manar television said a family home had been destroyed.', ['Al-Manar', 'Lebanon, private']],
    ['The Haaretz newspaper said the talks had failed.', ['Haaretz', 'Israel, private']],
    ["Turkey's Sabah newspaper reported the arrest.", ['Sabah (Turkey)', 'Turkey, private']],
  ])('cites an outlet named with its medium after it in: %s', (text, expected) => {
    expect(analyzeArticle(text).sources.map((s) => [s.name, s.affiliation])).toContainEqual(expected);
  });

  it.each([
    [
      'According to Norpres, the state news agency, turnout reached 53%.',
      ['Norpres', 'state-affiliated outlet not in the gazetteer'],
    ],
    [
      'Kanal Zorka, an independent broadcaster, said police beat protesters.',
      ['Kanal Zorka', 'news outlet not in the gazetteer'],
    ],
    [
      'According to Vestnik Juga, a Serbian newspaper, the vote was rigged.',
      ['Vestnik Juga', 'Serbia, news outlet not in the gazetteer'],
    ],
    [
      'The Salween, an exile-run news site, reported the quake.',
      ['Salween', 'news outlet not in the gazetteer'],
    ],
    [
      'Radio Sud Est, a public radio station, said the strike went on.',
      ['Radio Sud Est', 'public broadcaster outlet not in the gazetteer'],
    ],
  ])(
    'cites an outlet the gazetteer does not list that the article describes as one in: %s',
    (text, expected) => {
      const s = analyzeArticle(text).sources.map((x) => [x.name, x.affiliation, x.type]);
      expect(s).toContainEqual([...expected, 'outlet']);
    },
  );

  it.each([
    'Jane Smith, a nurse at the hospital, said the wards were full.',
    'Tom Brown, a spokesman for the agency, said no.',
  ])('takes no person for an outlet in: %s', (text) => {
    expect(analyzeArticle(text).sources.map((x) => x.type)).not.toContain('outlet');
  });

  it.each([
    [
      'The newspaper La Voz del Sur reported that the toll had risen.',
      ['La Voz del Sur', 'news outlet not in the gazetteer'],
    ],
    [
      'According to the daily Diario Norte, turnout was low.',
      ['Diario Norte', 'news outlet not in the gazetteer'],
    ],
    [
      'The Danish newspaper Morgenbladet reported the poll.',
      ['Morgenbladet', 'Denmark, news outlet not in the gazetteer'],
    ],
    [
      'Photos verified by the independent news site Ojo Abierto showed the damage.',
      ['Ojo Abierto', 'news outlet not in the gazetteer'],
    ],
  ])('cites an outlet the gazetteer does not list, named after its kind, in: %s', (text, expected) => {
    const s = analyzeArticle(text).sources.map((x) => [x.name, x.affiliation, x.type]);
    expect(s).toContainEqual([...expected, 'outlet']);
  });

  it.each([
    ['A 24-year-old from Khartoum said the shelling went on all night.', 'A 24-year-old from Khartoum'],
    ['A mother of three from Mexico City told AFP she had fled.', 'A mother of three from Mexico City'],
  ])('cites the one described, not the place they are from, in: %s', (text, name) => {
    const names = analyzeArticle(text).sources.map((s) => s.name);
    expect(names).toContain(name);
    expect(names).not.toContain('Sudan');
    expect(names).not.toContain('Mexico');
  });

  it.each([
    ['Komeito has expressed concern, according to Japanese broadcaster TBS.', 'TBS', 'outlet'],
    ['Sales of whole milk dipped, according to industry tracking firm Circana.', 'Circana', 'organisation'],
    ['Its approval rating is 3 percent, according to the polling firm Ipsos.', 'Ipsos', 'organisation'],
  ])('cites a body named after its description after "according to" in: %s', (text, name, type) => {
    const s = analyzeArticle(text).sources.map((x) => [x.name, x.type]);
    expect(s).toEqual([[name, type]]);
  });

  it.each([
    ['According to Japanese officials, the talks failed.'],
    ['According to industry figures, sales fell.'],
  ])('cites no body where the description names none in: %s', (text) => {
    expect(analyzeArticle(text).sources.map((x) => x.type)).not.toContain('outlet');
  });

  it.each([
    ['A Chinese diplomat, speaking on condition of anonymity, said Beijing had proposed a deal.', 'China'],
    [
      'A senior health official, who asked not to be named, said the CDC had asked the White House for funding.',
      'Centers for Disease Control and Prevention',
    ],
    ['Marshall said he would demand that USDA Secretary Tom Vilsack testify on the costs.', 'Tom Vilsack'],
    ['He said Hamas had rejected the offer.', 'Hamas'],
  ])('does not cite one whom another reports acting in: %s', (text, name) => {
    expect(analyzeArticle(text).sources.map((x) => x.name)).not.toContain(name);
  });

  it.each([
    ['The minister said police said the man was armed.', 'police'],
    ['Hamas rejected the offer.', 'Hamas'],
    ['The Pentagon said Russia had launched 40 missiles.', 'Pentagon'],
  ])('still cites one said to say, or acting in their own sentence, in: %s', (text, name) => {
    expect(analyzeArticle(text).sources.map((x) => x.name)).toContain(name);
  });

  it.each([
    [
      'The cabinet voted to accept the deal, state media reported.',
      'state media',
      'state media, no outlet named',
    ],
    [
      'The cabinet voted 24 to 8 to accept the deal, Israeli media reported.',
      'Israeli media',
      'Israel, news media, no outlet named',
    ],
    [
      'Several thousand people gathered, according to local media.',
      'local media',
      'news media, no outlet named',
    ],
    [
      'Chinese state media said the talks went well.',
      'Chinese state media',
      'China, state media, no outlet named',
    ],
    [
      'Relatives were angry, Hebrew-language media reported.',
      'Hebrew-language media',
      'news media, no outlet named',
    ],
  ])('cites news media named by no outlet in: %s', (text, name, affiliation) => {
    const s = analyzeArticle(text).sources.find((x) => x.name === name);
    expect([s?.type, s?.affiliation]).toEqual(['outlet', affiliation]);
  });

  it.each([
    ['He posted on social media that he was fine.'],
    ['The minister told the media he was fine.'],
    ['Local television station KTVU reported the fire.'],
  ])('makes no unnamed media of social media, the media alone or a named station in: %s', (text) => {
    expect(analyzeArticle(text).sources.map((x) => x.affiliation)).not.toContainEqual(
      expect.stringContaining('no outlet named'),
    );
  });

  it.each([
    [
      'Human Rights Watch, for its part, has called for an investigation into the police.',
      'Human Rights Watch',
    ],
    ['California National Guard troops have since withdrawn, the Guard said.', 'National Guard'],
  ])('cites a body past an aside, or named again by its last word, in: %s', (text, name) => {
    expect(analyzeArticle(text).sources.map((x) => x.name)).toEqual([name]);
  });

  it.each([
    ['The World Bank estimates that growth will slow.', 'World Bank'],
    ['The Pentagon reports that 40 missiles were fired.', 'Pentagon'],
  ])('cites a body whose verb in -s wink tags a noun before "that" in: %s', (text, name) => {
    expect(analyzeArticle(text).sources.map((x) => x.name)).toEqual([name]);
  });

  it('does not read "the Trump claims that" as Trump claiming', () => {
    expect(analyzeArticle('He rejected the Trump claims that the vote was rigged.').sources).toEqual([]);
  });

  it.each([
    ['Lagos said it would reopen the schools.', 'Lagos', 'Nigerian regional and local government'],
    ['Texas said it would appeal the ruling.', 'Texas', 'United States state and local government'],
  ])('cites a state or city named as acting for its government in: %s', (text, name, affiliation) => {
    const s = analyzeArticle(text).sources.map((x) => [x.name, x.affiliation]);
    expect(s).toEqual([[name, affiliation]]);
  });

  it.each([
    ['Chief Sheldon Sunshine of the Sturgeon Lake Cree Nation said treaties were old.', 'The Nation'],
    [
      'Jane Roe, a virologist at the Vaccine and Infectious Disease Organization, said it was spreading.',
      'Infectious Disease Organization',
    ],
  ])('takes no outlet or body from the end of another name in: %s', (text, name) => {
    expect(analyzeArticle(text).sources.map((x) => x.name)).not.toContain(name);
  });

  it('still cites The Nation told by name', () => {
    expect(analyzeArticle('Jane Roe told The Nation: "No."').sources.map((x) => x.name)).toContain(
      'The Nation',
    );
  });

  it.each([
    ['The talks failed. Others warned that the pressure could become a risk.'],
    ['The talks failed. Polling suggests the public is beginning to notice.'],
    ['The talks failed. Research shows the plan would cost more.'],
  ])('takes no common word opening a sentence for a name in: %s', (text) => {
    expect(analyzeArticle(text).sources).toEqual([]);
  });

  it.each([
    // A surname that is also a word stays a name, alone or introduced before.
    ['The talks failed. Brown said it was over.', 'Brown'],
    ['Senator Jim Banks spoke. Banks said it was over.', 'Jim Banks'],
  ])('keeps a surname that is also a word a name in: %s', (text, name) => {
    expect(analyzeArticle(text).sources.map((s) => s.name)).toContain(name);
  });

  it.each([
    [
      'Tobias Kormind, managing director of the London jeweller 77 Diamonds, told AFP it was over.',
      'Business',
    ],
    ['Jane Roe, a spokeswoman for the airline, said flights would resume.', 'Business'],
    // A director of a public body stays the state's.
    ['Jane Roe, director of the London transport authority, said trains would resume.', 'British government'],
  ])('reads a post at a kind of business as business in: %s', (text, camp) => {
    expect(analyzeArticle(text).sources[0]?.camp).toBe(camp);
  });

  it.each([
    ['"It was a mistake," said Michael Prescott, a former adviser to the BBC.', 'News media'],
    ['"It was a mistake," said Jane Roe, a former adviser to the Foreign Office.', 'British government'],
    // An outlet's name inside a longer name is no outlet ('The National').
    [
      '"It works," said Craig Bryan, head of the National Center for Veterans Studies at the University of Utah.',
      'Experts and analysts',
    ],
  ])("reads a post at an outlet, named in an apposition, as the outlet's in: %s", (text, camp) => {
    expect(analyzeArticle(text).sources[0]?.camp).toBe(camp);
  });

  it.each([
    [
      'Egypt and Sudan on Sunday condemned the filling of the reservoir behind the dam on the Blue Nile, saying the move was a breach of law.',
      'Blue Nile',
    ],
    ['Smugglers crossed along the Rio Grande, officials said.', 'Rio Grande'],
  ])("takes a place after 'on the', 'along the' for no one in: %s", (text, place) => {
    expect(analyzeArticle(text).sources.map((s) => s.name)).not.toContain(place);
  });

  it.each([
    ['Residents in Assab interviewed by ERINA said daily life continued as normal.'],
    ['Residents interviewed by ERINA said daily life continued as normal.'],
  ])(
    'gives the words to the people an outlet interviewed, and cites the outlet for the interview, in: %s',
    (text) => {
      const cues = analyzeArticle(text).sources.map((s) => [s.name, s.mentions[0]?.cue]);
      expect(cues).toEqual([
        ['Residents', 'said'],
        ['Eritrean News Agency', 'interviewed by'],
      ]);
    },
  );

  it('cites both of two joined speakers, the second as "his Sudanese counterpart", each in their own camp', () => {
    const sources = analyzeArticle(
      'In Cairo, Foreign Minister Badr Abdelatty and his Sudanese counterpart Ali Youssef Al-Sharif said talks had failed.',
    ).sources.map((s) => [s.name, s.camp]);
    expect(sources).toEqual([
      ['Badr Abdelatty', 'Egyptian government'],
      ['Ali Youssef Al-Sharif', 'Sudanese government'],
    ]);
  });

  it('cites no one before "and his counterpart" who does not speak', () => {
    const names = analyzeArticle(
      'Police arrested the minister and his deputy. Officials said it was over.',
    ).sources.map((s) => s.name);
    expect(names).toEqual(['Officials']);
  });
});
