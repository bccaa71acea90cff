import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyzeArticle, readArticle } from '@/lib/analysis/analyze';
import { findingsOf } from '@/lib/analysis/detector';
import { detectQuotes } from '@/lib/analysis/detectors/quotes';
import { mentionsOf } from '@/lib/analysis/speakers';

const run = (text: string) => {
  const findings = detectQuotes(readArticle(text), []);
  return { quotes: findingsOf(findings, 'quote'), statements: findingsOf(findings, 'statement') };
};

describe('detectQuotes', () => {
  it.each([
    ['"We will win," Defence Minister Jane Roe said.', 'We will win,', 'direct', 'Jane Roe'],
    ['“We will win,” said Jane Roe, the defence minister.', 'We will win,', 'direct', 'Jane Roe'],
    ['Jane Roe told CNN: "The offensive has started."', 'The offensive has started.', 'direct', 'Jane Roe'],
    [
      'The minister, Jane Roe, said the plan was "a serious mistake."',
      'a serious mistake.',
      'partial',
      'Jane Roe',
    ],
    [
      'Human Rights Watch said that "civilians will pay the price."',
      'civilians will pay the price.',
      'partial',
      'Human Rights Watch',
    ],
    [
      '“This is only the beginning,” an unnamed US official told the outlet.',
      'This is only the beginning,',
      'direct',
      'an unnamed US official',
    ],
    [
      'According to Amnesty International, the strikes were "deliberate and unlawful."',
      'deliberate and unlawful.',
      'partial',
      'Amnesty International',
    ],
    // Unnamed critics are a speaker: the word they called it is theirs.
    ["Critics called the deal a 'sellout' of the workers.", 'sellout', 'partial', 'Critics'],
    ["The deal was a 'sellout' of the workers.", 'sellout', 'scare', null],
    [
      "'We will not surrender,' says Zelensky as shelling intensifies",
      'We will not surrender,',
      'direct',
      'Volodymyr Zelensky',
    ],
    [
      'The mayor, Ihor Terekhov, wrote on social media: "The city will hold."',
      'The city will hold.',
      'direct',
      'Ihor Terekhov',
    ],
    [
      '"They hit a school," Olena Kovalenko, a 54-year-old resident, told the BBC.',
      'They hit a school,',
      'direct',
      'Olena Kovalenko',
    ],
    [
      '"It is over," said the Rev. Peter Wherry, of the Mayfield church.',
      'It is over,',
      'direct',
      'Peter Wherry',
    ],
    [
      '“You pay your taxes. So why didn’t he?” a narrator in the ad asks.',
      'You pay your taxes. So why didn’t he?',
      'direct',
      'a narrator in the ad',
    ],
    [
      'Amnesty International\'s Ukraine researcher said the strikes appeared "indiscriminate".',
      'indiscriminate',
      'partial',
      "Amnesty International's Ukraine researcher",
    ],
    [
      "''It has the virtue of being responsible,'' Leonard Burman, director of the Tax Policy Center, said.",
      'It has the virtue of being responsible,',
      'direct',
      'Leonard Burman',
    ],
    [
      'The weapons, known as "bunker busters", remain in stock, officials said.',
      'bunker busters',
      'scare',
      null,
    ],
    [
      "''I think so,'' Douglas Holtz-Eakin, an economist and tax expert, told me.",
      'I think so,',
      'direct',
      'Douglas Holtz-Eakin',
    ],
    [
      '“Now is the time,” said Don Fowler, who led the party in the 1990s.',
      'Now is the time,',
      'direct',
      'Don Fowler',
    ],
    [
      'A senior Israeli official, who spoke on condition of anonymity because he was not authorised to brief the media, said the talks were "at a dead end."',
      'at a dead end.',
      'partial',
      'A senior Israeli official',
    ],
    ['The bombs have a high "dud" rate.', 'dud', 'scare', null],
    [
      '"The strikes will continue," according to the Israel Defense Forces.',
      'The strikes will continue,',
      'direct',
      'Israel Defense Forces',
    ],
  ])('%s', (text, quote, kind, speaker) => {
    const q = run(text).quotes.find((x) => x.text === quote);
    expect(q).toBeDefined();
    expect(q?.kind).toBe(kind);
    expect(q?.speaker?.name ?? null).toBe(speaker);
  });

  it('takes country and camp from titles, appositions and the office-holder list', () => {
    const camp = (text: string) => run(text).quotes[0]?.speaker?.camp;
    expect(camp('"We will continue," Prime Minister Benjamin Netanyahu said.')).toBe('Israeli government');
    expect(camp('"We will continue," Peskov said.')).toBe('Russian government');
    expect(camp('"It is brutal," Jens Stoltenberg, NATO\'s secretary general, said.')).toBe('NATO');
    expect(camp('Russian Deputy Foreign Minister Sergey Ryabkov said it was "an escalation."')).toBe(
      'Russian government',
    );
    expect(camp('"No comment," a Pentagon spokesperson said.')).toBe('United States government');
    expect(camp('"It is a disgrace," Sen. Ted Cruz (R-Texas) said.')).toBe(
      'United States politics (Congress, Republican)',
    );
    expect(camp('"It is a disgrace," said Rep. Gwen Moore, D-Wis.')).toBe(
      'United States politics (Congress, Democratic)',
    );
  });

  it('carries a pronoun to the last named speaker', () => {
    const { quotes } = run('Senator John Smith spoke on Monday.\n"We are ready," he said.');
    expect(quotes[0]?.speaker?.name).toBe('John Smith');
    const org = run(
      'Amnesty International said the strikes were unlawful. "They must stop," it added.',
    ).quotes;
    expect(org[0]?.speaker?.name).toBe('Amnesty International');
  });

  it('learns a speaker\'s pronoun from the text, so "she" does not fall back on a "he"', () => {
    const { quotes } = run(
      'Jane Roe met John Smith on Monday. "We agreed," she said. Smith spoke later. "We did not," he said. "It is over," she said.',
    );
    expect(quotes.map((q) => q.speaker?.name)).toEqual(['Jane Roe', 'John Smith', 'Jane Roe']);
  });

  it('continues a quotation over paragraphs that open with a quotation mark', () => {
    const text = '"The first part runs on,\n"and the second part ends here," Jane Roe said.';
    const { quotes } = run(text);
    expect(quotes.map((q) => q.text)).toEqual(['The first part runs on,', 'and the second part ends here,']);
    expect(quotes.every((q) => q.speaker?.name === 'Jane Roe')).toBe(true);
  });

  it('runs a quotation across sentences', () => {
    const { quotes } = run('"It is over. We go home now," Jane Roe said.');
    expect(quotes).toHaveLength(1);
    expect(quotes[0]?.text).toBe('It is over. We go home now,');
  });

  it('counts indirect statements', () => {
    const { statements } = run(
      'Defence Minister Jane Roe said that the troops would stay. The Pentagon claimed the strike worked.',
    );
    expect(statements.map((s) => [s.speaker.name, s.direct])).toEqual([
      ['Jane Roe', false],
      ['Pentagon', false],
    ]);
  });

  // Lowercase particles belong to the name: the speaker is the whole person, with the title before it.
  it.each([
    ['European Commission President Ursula von der Leyen said: "We stand together."', 'Ursula von der Leyen'],
    ['Syrian President Bashar al-Assad said the war was "over."', 'Bashar al-Assad'],
    ['"We will win," said Charles de Gaulle.', 'Charles de Gaulle'],
    ['"It is a good day," said Luiz Inácio Lula da Silva.', 'Luiz Inácio Lula da Silva'],
  ])('keeps name particles in the speaker of %j', (text, speaker) => {
    expect(run(text).quotes.map((q) => q.speaker?.name)).toEqual([speaker]);
  });

  it('takes a surname first seen bare (a headline) as the person a later title describes', () => {
    const { quotes, statements } = run(
      'De Luca says the blast was deliberate\n' +
        'Mayor Marco de Luca described it as "an intentional act."\n' +
        '"We see no link to terrorism," the mayor said.\n' +
        'De Luca said there was no connection.',
    );
    expect(quotes.map((q) => q.speaker?.name)).toEqual(['Marco de Luca', 'Marco de Luca']);
    expect(new Set(statements.map((s) => s.speaker.name))).toEqual(new Set(['Marco de Luca']));
  });

  it('reads an unknown body before a role as part of the title, and one name whatever the apostrophe', () => {
    const { quotes, statements } = run(
      'The blast came at 8:30 p.m., according to Metro Police Commissioner James O’Neill.\n' +
        "“The cause has not been determined,” said O'Neill.",
    );
    expect(quotes.map((q) => q.speaker?.name)).toEqual(['James O’Neill']);
    expect(statements.map((s) => s.speaker.name)).toEqual(['James O’Neill', 'James O’Neill']);
  });

  it('keeps a known party or organisation before a role in the affiliation', () => {
    const { statements } = run('Ohio Democratic Party Chairman David Pepper said the ruling was a win.');
    expect(statements.map((s) => [s.speaker.name, s.speaker.camp])).toEqual([
      ['David Pepper', 'United States politics (Democratic)'],
    ]);
  });

  it.each([
    // A title without a country takes the one named in the sentence before the report verb, or opening the
    // reported words (two-word names too); a country named further on is what was said, not whose the
    // speaker is (see 'reads whose a speaker is').
    [
      'Secretary of State Jane Roe said the United States had begun talks.',
      'Jane Roe',
      'United States government',
    ],
    // A generic post at a think tank or an association is not a government post...
    [
      '"It is not working," said Jane Roe, executive director of the Arms Control Association.',
      'Jane Roe',
      'Advocacy groups and unions',
    ],
    [
      '"It is not working," said Jane Roe, executive director of the Refugee Policy Institute.',
      'Jane Roe',
      'Experts and analysts',
    ],
    // ...but it is at a body named as public, and the body is not the speaker.
    [
      'Jane Roe, director of the National Counterterrorism Center, said the threat was low.',
      'Jane Roe',
      'Government (country not named)',
    ],
    ['N. Korea said the test was a success.', 'North Korea', 'North Korean government'],
    [
      'Gov. Jane Roe said the roads would reopen.',
      'Jane Roe',
      'Regional and local government (country not named)',
    ],
  ])('places the speaker of %j', (text, name, camp) => {
    expect(run(text).statements.map((s) => [s.speaker.name, s.speaker.camp])).toEqual([[name, camp]]);
  });

  it("attributes ',” she continued' to the last speaker, but 'X continued' alone is no statement", () => {
    const { quotes } = run(
      '“How many times?” Jane Roe said.\n“Maybe I can say this is not who we are,” she continued.',
    );
    expect(quotes.map((q) => q.speaker?.name)).toEqual(['Jane Roe', 'Jane Roe']);
    expect(run('Russia continued its offensive. Jane Roe concluded the talks.').statements).toEqual([]);
  });

  it('reads a service between a place and a title as part of the title', () => {
    const { quotes } = run('“We will achieve justice,” said Tulsa police Chief Chuck Jordan.');
    expect(quotes.map((q) => [q.speaker?.name, q.speaker?.camp])).toEqual([
      ['Chuck Jordan', 'Security services (country not named)'],
    ]);
  });

  it("takes neither 'I' nor a place after 'in' for a name", () => {
    const { quotes, statements } = run(
      'It calms the faces of people I preach it to.\n"Save a quarter," said Kevin Roe, a financial adviser in Eau Claire, Wis.',
    );
    expect(quotes.map((q) => [q.speaker?.name, q.speaker?.camp])).toEqual([
      ['Kevin Roe', 'Experts and analysts'],
    ]);
    expect(statements.map((s) => s.speaker.name)).toEqual(['Kevin Roe']);
  });

  it('steps over two appositions between the name and its verb', () => {
    const { quotes } = run(
      '“It is an invasion of the state domain,” Jane Roe, the attorney general of Oklahoma, one of the states suing, said on Monday.',
    );
    expect(quotes.map((q) => q.speaker?.name)).toEqual(['Jane Roe']);
  });

  it("keeps 'Senator Roe' the same person as the 'Sen. Jane Roe (R-Tex)' met before", () => {
    const { statements } = run('Sen. Jane Roe (R-Tex) endorsed the plan.\nSenator Roe said she agreed.');
    expect(statements.map((s) => [s.speaker.name, s.speaker.camp])).toEqual([
      ['Jane Roe', 'United States politics (Congress, Republican)'],
    ]);
  });

  it("takes a label after 'called' as the caller's words, a partial quote", () => {
    const { quotes } = run('Jane Roe called the plan a "disaster" that is "utterly reckless."');
    expect(quotes.map((q) => [q.text, q.kind, q.speaker?.name])).toEqual([
      ['disaster', 'partial', 'Jane Roe'],
      ['utterly reckless.', 'partial', 'Jane Roe'],
    ]);
    expect(run('As Jane Roe called them in a column, "Manchurian anchors" work there.').quotes[0]?.kind).toBe(
      'partial',
    );
  });

  it("does not take 'called' for an attribution when another verb comes first", () => {
    const { quotes } = run('Jane Roe called the meeting to discuss the "plan."');
    expect(quotes.map((q) => [q.kind, q.speaker])).toEqual([['scare', null]]);
  });

  it('names an unknown body in full, as a body, and gives a place after a name to that person', () => {
    const { statements } = run(
      'The Commission on Presidential Debates said the audio failed. ' +
        'Inmates are 25 percent, according to the Federal Bureau of Prisons. Senator Jane Roe of New York said no.',
    );
    expect(statements.map((s) => [s.speaker.name, s.speaker.type])).toEqual([
      ['Commission on Presidential Debates', 'organisation'],
      ['Federal Bureau of Prisons', 'organisation'],
      ['Jane Roe', 'person'],
    ]);
  });

  it('keeps one speaker for a bare surname after a name the scan could not place', () => {
    const { quotes, statements } = run(
      '“Now is the time,” said Don Roe, who led the party. Roe said he expects a recovery.',
    );
    expect([...quotes, ...statements].map((q) => q.speaker?.name)).toEqual(['Don Roe', 'Don Roe', 'Don Roe']);
  });

  it('takes no day for a speaker, and an unknown acronym for a body', () => {
    const { statements } = run(
      'Jane Roe sent tweets early Friday saying the plan was wrong. AROS said it had set up the event.',
    );
    expect(statements.map((s) => [s.speaker.name, s.speaker.type])).toEqual([['AROS', 'organisation']]);
  });

  it('does not join a particle that leads to no name', () => {
    const { statements } = run('Jane Roe said the de facto border held.');
    expect(statements.map((s) => s.speaker.name)).toEqual(['Jane Roe']);
  });

  // False positives: apostrophes, elisions, inch marks and possessive plurals are not quotation marks.
  it.each([
    "Ukraine's troops held the line and Kyiv's mayor stayed.",
    "Ukraine’s troops held the line 'til dawn, as in the '90s.",
    'The screen is 27" wide and the board 12" long.',
    "The US' stockpile and the officials' views were unchanged.",
    'Rock ’n’ roll is here.',
  ])('finds no quote in: %s', (text) => {
    expect(run(text).quotes).toEqual([]);
  });

  // Titles of works and programmes are names, not quotations.
  it.each([
    ['He told NBC\'s "Nightly News." that he would run.'],
    ['The documentary "13th" opens in October.'],
    ['His book “The Art of the Deal” sold well.'],
    ['The 30-second spot, titled “Arrogant,” aired on Monday.'],
    ['On Tuesday’s episode of “The Morning Show,” she spoke.'],
    ["In his 2002 book, ''Make Your Kid a Millionaire,'' Mr. Roe suggested saving more."],
  ])('reads a title as no quote in: %s', (text) => {
    expect(run(text).quotes).toEqual([]);
  });

  it.each([
    ['The so-called "Peace Plan" failed.', 'Peace Plan'],
    ['Russia\'s "Special Military Operation" began in 2022.', 'Special Military Operation'],
    ['NBC\'s "experts" disagreed.', 'experts'],
    ['The "plan" was never written down.', 'plan'],
  ])('keeps the scare quote in: %s', (text, quoted) => {
    expect(run(text).quotes.map((q) => [q.text, q.kind])).toEqual([[quoted, 'scare']]);
  });

  // A state, province or city in the title, or a party or place beside the speaker, gives the country.
  it.each([
    [
      '"We will rebuild," Virginia Gov. Terry McAuliffe said on Monday.',
      'Terry McAuliffe',
      'United States state and local government',
    ],
    [
      '"The city is safe," New York Mayor Bill de Blasio said.',
      'Bill de Blasio',
      'United States state and local government',
    ],
    // A state's attorney general, not the US one.
    [
      '"It is over," said Texas Attorney General Ken Paxton.',
      'Ken Paxton',
      'United States state and local government',
    ],
    // 'New Mexico' is a US state, not Mexico.
    [
      '"No comment," New Mexico Gov. Susana Martinez told reporters.',
      'Susana Martinez',
      'United States state and local government',
    ],
    [
      '"We need change," said Ontario Premier Doug Ford.',
      'Doug Ford',
      'Canadian regional and local government',
    ],
    [
      '"No," Scottish First Minister Nicola Sturgeon said.',
      'Nicola Sturgeon',
      'British regional and local government',
    ],
    // The party beside the speaker, not a country the rest of the sentence is about.
    [
      '"We disagree," said Rep. Adam Schiff, the top Democrat on the committee, adding that Russia had meddled.',
      'Adam Schiff',
      'United States politics (Congress)',
    ],
  ])('takes the country from a place or party in: %s', (text, name, camp) => {
    expect(run(text).quotes.map((q) => [q.speaker?.name, q.speaker?.camp])).toEqual([[name, camp]]);
  });

  // False friends: a first name that is also a state, a party word inside another party's name, a place in
  // the name of a university.
  it.each([
    ['"I write," Virginia Woolf said.', 'Virginia Woolf', 'Unaffiliated or unknown'],
    [
      '"We agree," said Minister Jane Roe, an ally of the Christian Democrats.',
      'Jane Roe',
      'Government (country not named)',
    ],
    [
      '"It is close," said Aaron Kall, director of debate at the University of Michigan.',
      'Aaron Kall',
      'Experts and analysts',
    ],
  ])('takes no country from: %s', (text, name, camp) => {
    expect(run(text).quotes.map((q) => [q.speaker?.name, q.speaker?.camp])).toEqual([[name, camp]]);
  });

  it.each([
    ['"It is over," Obama\'s former campaign strategist said.', "Obama's former campaign strategist"],
    ['"It is over," Biden’s national security adviser said.', 'Biden’s national security adviser'],
  ])('reads a possessive after a known name as the start of a description: %s', (text, name) => {
    expect(run(text).quotes.map((q) => q.speaker?.name)).toEqual([name]);
  });

  // Campaign staff speak for a party's campaign, not a government; a leader named in the title gives the country.
  it.each([
    ['“I think so,” Clinton campaign spokesman Brian Fallon said on Monday.', 'Brian Fallon', 'Politics'],
    [
      '"Turnout matters," said Minyon Moore, a senior adviser to the Clinton campaign.',
      'Minyon Moore',
      'Politics',
    ],
    [
      '"It is close," said Kenneth Baer, a former Obama administration official.',
      'Kenneth Baer',
      'United States government',
    ],
    // False friend: a spokesman with no campaign stays a government speaker.
    ['"We will fight," Pentagon spokesman John Kirby said.', 'John Kirby', 'United States government'],
  ])('reads campaign staff and leaders in titles in: %s', (text, name, camp) => {
    expect(run(text).quotes.map((q) => [q.speaker?.name, q.speaker?.camp])).toEqual([[name, camp]]);
  });

  // A place after a role and 'of' is part of the description, and an age between commas is stepped over.
  it.each([
    [
      'John Smith, a resident of Kharkiv, said the school was "gone."',
      'John Smith',
      'Ukrainian civilians and public',
    ],
    [
      '"It is over," said John Smith, 45, a resident of Kharkiv.',
      'John Smith',
      'Ukrainian civilians and public',
    ],
    ['John Smith, 45, a teacher, said the school was "gone."', 'John Smith', 'Civilians and public'],
    // (An age beside an occupation no list places: the news names a private person so.)
    ['John Smith, 45, a boxer, said the gym was "gone."', 'John Smith', 'Civilians and public'],
    // (Without an age the occupation alone says nothing of a camp.)
    ['John Smith, a boxer, said the gym was "gone."', 'John Smith', 'Unaffiliated or unknown'],
    [
      '"We are ready," said Governor of Texas Greg Abbott.',
      'Greg Abbott',
      'United States state and local government',
    ],
    [
      '"We will review it," Trump, speaking to a veterans group in Virginia, said.',
      'Donald Trump',
      'United States government',
    ],
  ])('reads the place or age in the description in: %s', (text, name, camp) => {
    expect(run(text).quotes.map((q) => [q.speaker?.name, q.speaker?.camp])).toEqual([[name, camp]]);
  });

  it.each([
    // No description speaks when what follows the verb is no person: 'said a report was leaked'.
    'He said a report was leaked.',
    '"Fine," said the ruling.',
  ])('takes no description for a speaker in: %s', (text) => {
    expect(run(text).quotes.every((q) => q.speaker === null)).toBe(true);
    expect(run(text).statements.map((s) => s.speaker.name)).not.toContain('a report');
  });

  it.each([
    // After a participle the name is whom the quote is about, not who speaks.
    [
      'Texas Gov. Greg Abbott blasted the White House, saying Biden "has completely abandoned" border states.',
      'Greg Abbott',
    ],
    // An AP-style party label between commas is no name.
    ['Sen. John Cornyn, R-Texas, called the policy "a political stunt."', 'John Cornyn'],
    // A sentence that wink ends inside a party label ('(R-W.Va.)', '(D-Conn.),') goes on.
    ['"We will vote," said Sen. Chris Murphy (D-Conn.), who led the push. "Now."', 'Chris Murphy'],
    ['Sen. Shelley Moore Capito (R-W.Va.) said it would "cost jobs."', 'Shelley Moore Capito'],
    // Someone described, not named, after or before the verb.
    ['"It will cost jobs," said a Labour MP.', 'a Labour MP'],
    ['A 45-year-old teacher told AFP: "We heard explosions."', 'A 45-year-old teacher'],
  ])('finds the speaker, not a name near the verb, in: %s', (text, name) => {
    for (const q of run(text).quotes) expect(q.speaker?.name).toBe(name);
    expect(run(text).quotes.length).toBeGreaterThan(0);
  });

  it.each(['He lives in Texas', 'Texas', 'a resident of Texas', 'Governor of New York'])(
    'reads a text that ends in a place: %s',
    (text) => {
      expect(run(text).quotes).toEqual([]);
    },
  );

  it.each([
    ['"We stand firm," Cuba said in a statement.', 'Cuba', 'Cuban government'],
    [
      '"Tents work," disgraced Arizona Sheriff Joe Arpaio said.',
      'Joe Arpaio',
      'United States security services',
    ],
    ['"It held," said Jo Roe, a retired Belgian general.', 'Jo Roe', 'Belgian military'],
    // A country someone travelled to is not theirs.
    [
      '"It mattered," said Erin Roe, a former aide who went with her to Burma in 2011.',
      'Erin Roe',
      'Government (country not named)',
    ],
  ])('places the speaker in: %s', (text, name, camp) => {
    expect(run(text).quotes.map((q) => [q.speaker?.name, q.speaker?.camp])).toEqual([[name, camp]]);
  });

  it('takes neither a day after a place nor a place of two words for a person', () => {
    const doc = readArticle(
      'In a speech in Fort Pierce, Florida Friday, Jane Roe laid out her plan. She spoke again Friday.\n\n' +
        'Trump and Clinton met as commander in chief Wednesday. New York said nothing.',
    );
    const people = mentionsOf(doc)
      .list.filter((m) => m.entity?.type === 'person')
      .map((m) => m.entity?.name);
    expect(people).toEqual(['Jane Roe', 'Donald Trump']);
    const { quotes } = run('John Doe of New York said the plan was "reckless."');
    expect(quotes.map((q) => q.speaker?.name)).toEqual(['John Doe']);
  });

  it.each([
    [
      '“They are wrong,” said 9/11 widow Terry Strada. She continued, “We ask for a hearing.”',
      ['Terry Strada', 'Terry Strada'],
    ],
    ['"It is late," said longtime resident Jane Roe.', ['Jane Roe']],
    // False friend: a description with no name after it is no named speaker.
    ['"It is late," said the man in a red coat.', [null]],
  ])('reads a short description before the name after the verb: %s', (text, names) => {
    expect(run(text).quotes.map((q) => q.speaker?.name ?? null)).toEqual(names);
  });

  it.each([
    ['"We refuse," the union said.', 'the union'],
    ['"We deny it," the Saudi government said.', 'the Saudi government'],
  ])('takes a described institution for an organisation: %s', (text, name) => {
    expect(run(text).quotes.map((q) => [q.speaker?.name, q.speaker?.type])).toEqual([[name, 'organisation']]);
  });

  it.each([
    [
      '"We know something is wrong," said Keron Blair, executive director of AROS.',
      'Keron Blair',
      'Unaffiliated or unknown',
    ],
    // Beside it, posts that do name a public body.
    [
      '"We are ready," said Jane Roe, director of national intelligence.',
      'Jane Roe',
      'Security services (country not named)',
    ],
    ['"We are ready," said Jane Roe, director of the FBI.', 'Jane Roe', 'United States security services'],
  ])('takes a director of an unknown body for no official: %s', (text, name, camp) => {
    expect(run(text).quotes.map((q) => [q.speaker?.name, q.speaker?.camp])).toEqual([[name, camp]]);
  });

  it("does not take 'the senator' for the president met before, and lets the description speak", () => {
    const { quotes } = run(
      '"We will win," President Donald Trump said.\n\nThe senator said the plan was "a choice" in a speech.',
    );
    expect(quotes.map((q) => [q.speaker?.name ?? null, q.speaker?.camp])).toEqual([
      ['Donald Trump', 'United States government'],
      ['The senator', 'Politics'],
    ]);
  });

  it.each([
    // A known body is read whole in the apposition, though wink tags 'Save' as a verb.
    ['"We are worried," said Jane Roe, chief executive of Save the Children.', 'Humanitarian groups'],
    // A chief executive of a body named like an advocacy group or think tank is no company's.
    [
      '"We are worried," said Jane Roe, chief executive of the Refugee Action Network.',
      'Advocacy groups and unions',
    ],
    ['"We are worried," said Jane Roe, director of the Refugee Policy Institute.', 'Experts and analysts'],
    [
      '"We will appeal," said Jane Roe, president of the Oregon Freedom Alliance.',
      'Advocacy groups and unions',
    ],
    // False friends: a company stays a company.
    ['"Sales rose," said Jane Roe, chief executive of Acme Corp.', 'Business'],
    ['"Sales rose," said Jane Roe, founder of Acme Holdings.', 'Business'],
    // A post at a union, association or lobby is no government's, though its name says 'National' or 'American'.
    ['"We need teachers," said Jane Roe, president of the National Education Association.', 'Labour unions'],
    ['"We need teachers," said Jane Roe, president of the American Federation of Teachers.', 'Labour unions'],
    ['"Taxes hurt," said Jane Roe, a spokeswoman for the U.S. Chamber of Commerce.', 'Business lobbies'],
    ['"Guns are safe," said Jane Roe, chairman of the National Rifle Association.', 'Gun-rights groups'],
    // A company named after its owner is a company, not the owner's office.
    ['"Sales rose," said Jane Roe, a spokeswoman for the Trump Organization.', 'Business'],
    // False friends: a state or a bloc named with the same words, and an office holder's administration.
    ['"We will act," said Jane Roe, president of the Russian Federation.', 'Russian government'],
    ['"We will act," said Jane Roe, a former Obama administration official.', 'United States government'],
    ['"We will act," said Jane Roe, a Trump campaign spokeswoman.', 'United States politics'],
  ])('reads the body a post belongs to: %s', (text, camp) => {
    expect(run(text).quotes.map((q) => [q.speaker?.name, q.speaker?.camp])).toEqual([['Jane Roe', camp]]);
  });

  it.each([
    [
      '"It is overdue," City Council member Dana Ortiz said.',
      'Regional and local government (country not named)',
    ],
    ['"It is overdue," Councilwoman Dana Ortiz said.', 'Regional and local government (country not named)'],
    ['"It is overdue," said Alderman Dana Ortiz of Chicago.', 'United States state and local government'],
    // False friend: a member of a council that is no city's is no city official.
    ['"It is overdue," said Dana Ortiz, a member of the Security Council.', 'United Nations'],
  ])("reads a city council's posts as local government: %s", (text, camp) => {
    expect(run(text).quotes.map((q) => [q.speaker?.name, q.speaker?.camp])).toEqual([['Dana Ortiz', camp]]);
  });

  it.each([
    ['"It is an insult," union leader Tom Burke said.', 'Tom Burke', 'Labour unions'],
    ['"It is an insult," teachers union president Ann Cole said.', 'Ann Cole', 'Labour unions'],
    ['"It is an insult," a union spokesman said.', 'a union spokesman', 'Labour unions'],
    ['The union said the offer was "an insult".', 'The union', 'Labour unions'],
    [
      '"It is reckless," said Tom Burke, president of the Fraternal Order of Police Lodge 7.',
      'Tom Burke',
      'Labour unions',
    ],
    [
      '"It is reckless," Fraternal Order of Police Lodge 12 President Kevin Walsh said.',
      'Kevin Walsh',
      'Labour unions',
    ],
    // False friends: a union the gazetteer knows is that body, and so is 'the union' after it.
    ['"It is historic," a European Union spokesman said.', 'a European Union spokesman', 'European Union'],
    ['The European Union met. The union said the deal was "historic".', 'European Union', 'European Union'],
  ])("reads a trade union's posts: %s", (text, name, camp) => {
    expect(run(text).quotes.map((q) => [q.speaker?.name, q.speaker?.camp])).toEqual([[name, camp]]);
  });

  it.each([
    ['Islamabad rejected that as "baseless propaganda".', 'Pakistan', 'rejected'],
    ['The ministry dismissed the report as "fake news".', 'The ministry', 'dismissed'],
  ])('gives a label after rejecting or dismissing to the one who rejects: %s', (text, name, verb) => {
    expect(run(text).quotes.map((q) => [q.kind, q.speaker?.name, q.verb])).toEqual([['partial', name, verb]]);
  });

  it.each([
    ['The Home Secretary last night vowed to "smash the gangs".', 'The Home Secretary'],
    ['Jane Roe on Tuesday said it was "a gimmick".', 'Jane Roe'],
    ['Jane Roe yesterday said it was "a gimmick".', 'Jane Roe'],
    ['Labour backbenchers warned the scheme was "unworkable".', 'Labour backbenchers'],
  ])('reads the subject across a time before the verb, and backbenchers: %s', (text, name) => {
    expect(run(text).quotes.map((q) => q.speaker?.name)).toEqual([name]);
  });

  it("reads 'shadow' and a portfolio before a title as an opposition politician's post", () => {
    expect(
      run('Shadow home secretary Chris Philp said it was "a gimmick".').quotes.map((q) => q.speaker?.camp),
    ).toEqual(['Politics']);
  });

  it('finds the Miller of the sex an honorific gives, and holds a post to the office it names', () => {
    const speakers = (text: string) => run(text).quotes.map((q) => q.speaker?.name ?? null);
    expect(
      speakers(
        'Mary Miller and her husband, Tom Miller, said they were relieved. "She is safe," Mrs. Miller said. ' +
          'Mr. Miller added: "It is common sense."',
      ),
    ).toEqual(['Mary Miller', 'Tom Miller']);
    // 'The governor' is the one met as governor (even as 'Gov.'), not the FEMA administrator met last.
    expect(
      speakers(
        'Gov. Ann Roe toured the coast. FEMA Administrator Jane Doe spoke next. "We need more," the governor said.',
      ),
    ).toEqual(['Ann Roe']);
    expect(speakers('FEMA Administrator Jane Doe spoke. "We need more," the governor said.')).toEqual([
      'the governor',
    ]);
  });

  it.each([
    [
      // (The name he gave is his name in the text.)
      'One asylum seeker, who gave his name only as Ahmed, said: "I had no choice."',
      'Ahmed',
      'Civilians and public',
    ],
    ['One miner, who asked not to be named, said: "We will not go back."', 'One miner', 'Anonymous sources'],
    ['Parents said the school was "unsafe".', 'Parents', 'Civilians and public'],
  ])('reads more people described, not named: %s', (text, name, camp) => {
    expect(run(text).quotes.map((q) => [q.speaker?.name, q.speaker?.camp])).toEqual([[name, camp]]);
  });

  it.each([
    // A given name before a one-word name the gazetteer knows (the Wagner Group) makes a surname of it.
    [
      'The barrister Adam Wagner spoke. "The court was clear," he told the Guardian.',
      'Adam Wagner',
      'Lawyers (defence or private)',
    ],
    // A country the reported words name is not the speaker's ...
    [
      '"The truce holds," said commander D.S. Hooda. Former commander D.S. Hooda said the truce depended on Pakistan.',
      'D.S. Hooda',
      'Military (country not named)',
    ],
    // ... unless it opens them ('said the United States would').
    [
      'Secretary of State Jane Roe said the United States would act, calling it "urgent".',
      'Jane Roe',
      'United States government',
    ],
    // 'Labour Minister' is a portfolio, not the party.
    [
      '"It benefits no one," Chile\'s Labour Minister Jeannette Jara said.',
      'Jeannette Jara',
      'Chilean government',
    ],
  ])('reads whose a speaker is: %s', (text, name, camp) => {
    expect(run(text).quotes.map((q) => [q.speaker?.name, q.speaker?.camp])).toEqual([[name, camp]]);
  });

  it('reads people in the plural and a body joined by "and" as two, and no time before a participle', () => {
    const text =
      'The lawsuit was brought by a group of residents and the Oregon Medical Freedom Alliance. ' +
      'The group argued that the law was "coercive".';
    expect(run(text).quotes.map((q) => q.speaker?.name)).toEqual(['Oregon Medical Freedom Alliance']);
    const letter =
      'Sen. Elena Markovic and 14 other senators sent a letter to Fed Chair Margaret Lindqvist last month ' +
      'urging her to "prioritize full employment."';
    expect(run(letter).quotes.map((q) => q.speaker?.name)).toEqual(['Elena Markovic']);
  });

  it.each([
    // A verb after a modal says what someone will do; the reporting verb before it names the speaker.
    [
      'Prime Minister Shehbaz Sharif said Pakistan would respond "with full force".',
      'Shehbaz Sharif',
      'Pakistani government',
    ],
    // A verb after 'and' takes the sentence's subject; a demonym in the words reported is no speaker.
    [
      'AJK Prime Minister Chaudhry Anwarul Haq visited the wounded and said the Indian "occupation forces" had crossed every limit.',
      'Chaudhry Anwarul Haq',
      'Government (country not named)',
    ],
    // A pronoun right after the verb is the speaker.
    [
      'Jane Roe spoke on radio. She said she wanted to speak "directly to voters".',
      'Jane Roe',
      'Unaffiliated or unknown',
    ],
  ])('finds the speaker of a partial quote inside reported words: %s', (text, name, camp) => {
    expect(run(text).quotes.map((q) => [q.speaker?.name, q.speaker?.camp])).toEqual([[name, camp]]);
  });

  it.each([
    ['"The ceasefire was never a peace deal," said former Northern Army commander D.S. Hooda.', 'D.S. Hooda'],
    [
      'Reform UK\'s deputy leader, Richard Tice, described arrivals as "an invasion of young men", language that charities said risked inflaming tensions.',
      'Richard Tice',
    ],
  ])('reads the description or clause between the quote and its verb: %s', (text, name) => {
    expect(run(text).quotes.map((q) => q.speaker?.name)).toEqual([name]);
  });

  it('reads "posts" as a noun and no report verb', () => {
    expect(run('Troops fired on Indian forward posts "without warning".').quotes[0]?.speaker).toBeNull();
  });

  it('gives a spokesperson of no named body the camp of the body the sentence before named', () => {
    const text = 'The UNHCR said it was seeking details. A spokesperson said states "must not shift" duties.';
    expect(run(text).quotes.map((q) => q.speaker?.camp)).toEqual(['UNHCR']);
    // False friend: an outlet named before is no body the spokesperson speaks for.
    const outlet = 'CNN reported the talks. A spokesperson said the claims were "baseless".';
    expect(run(outlet).quotes.map((q) => q.speaker?.camp)).not.toEqual(['News media']);
  });

  it.each([
    [
      '"It must stop," said Maleeha Lodhi, a former Pakistani ambassador to the United Nations.',
      'Pakistani government',
    ],
    ['"It must stop," said Jane Roe, the U.S. ambassador to the United Nations.', 'United States government'],
    // False friend: an envoy of the UN itself is the UN's.
    ['"It must stop," said UN envoy Jane Roe.', 'United Nations'],
  ])('gives an ambassador to a body the camp of the country that sends them: %s', (text, camp) => {
    expect(run(text).quotes.map((q) => q.speaker?.camp)).toEqual([camp]);
  });

  it.each([
    [
      'Mayor Angela Ruiz defended the decision as a "rebalancing" of public money.',
      'Angela Ruiz',
      'defended',
    ],
    [
      'Rep. Jane Roe, D-N.Y., countered that the ruling was "a disgrace," according to her office.',
      'Jane Roe',
      'countered',
    ],
  ])('reads defending and countering as reporting: %s', (text, name, verb) => {
    expect(run(text).quotes.map((q) => [q.speaker?.name, q.verb])).toEqual([[name, verb]]);
  });

  it('takes no name inside the reported words for the speaker', () => {
    // 'The clip says Kaine ...': the clip's words about Kaine, not Kaine's.
    expect(
      run('The clip says Kaine "has a passion for the wrong people."').quotes[0]?.speaker?.name,
    ).not.toBe('Kaine');
  });

  it.each([
    [
      'A senior Whitehall source said ministers were braced. Chris Philp said no. "It will fail," the source said.',
      'source',
    ],
    ['Police said six were held. The union denied that "its members" were involved.', 'The union'],
    ['The ministry said it had a complaint. The company said its offer was "generous".', 'The company'],
  ])('refers a description back only to one of its kind: %s', (text, name) => {
    expect(run(text).quotes.map((q) => q.speaker?.name)).toEqual([name]);
  });

  it("reads a body's name inside a description whatever wink tags its words", () => {
    // wink tags 'Downing' a verb.
    expect(run('A Downing Street spokesman said "we are clear".').quotes.map((q) => q.speaker?.name)).toEqual(
      ['A Downing Street spokesman'],
    );
  });

  it('reads the subject after an opening phrase, not a name inside it', () => {
    const text =
      'On The Steve Harvey Morning Show on Tuesday, Hillary Clinton criticized police officer Betty Shelby.\n' +
      '"How many times do we have to see this?" she said.';
    expect(run(text).quotes.map((q) => q.speaker?.name)).toEqual(['Hillary Clinton']);
  });

  it('reads a businessman or billionaire as a description of a business person', () => {
    const speakers = (text: string) =>
      run(text).quotes.map((q) => [q.speaker?.name ?? null, q.speaker?.camp ?? null]);
    expect(speakers('The businessman said, "It is over."')).toEqual([['The businessman', 'Business']]);
    // The description finds the person last mentioned with that role.
    expect(
      speakers('Billionaire Warren Buffett backed the plan.\n\nThe billionaire said, "It is fair."'),
    ).toEqual([['Warren Buffett', 'Business']]);
  });

  it('takes a description for the person met before only when its role words are theirs', () => {
    const speakers = (text: string) =>
      run(text).quotes.map((q) => [q.speaker?.name ?? null, q.speaker?.camp]);
    // The deputy minister and the defense minister are the ones named before, with those roles.
    expect(
      speakers(
        'Russian Deputy Foreign Minister Sergey Ryabkov spoke first. The deputy minister said: "Never."\n' +
          'Defense Minister Yoav Gallant spoke next. The defense minister said: "We are ready."',
      ),
    ).toEqual([
      ['Sergey Ryabkov', 'Russian government'],
      ['Yoav Gallant', 'Israeli government'],
    ]);
    // False friend: the prime minister is not the foreign minister named before, though both are ministers.
    expect(
      speakers(
        'Israeli Foreign Minister Eli Cohen spoke first. The Israeli prime minister said: "We are ready."',
      ),
    ).toEqual([['The Israeli prime minister', 'Israeli government']]);
  });

  it("tells people apart by a given name's sex", () => {
    const speakers = (text: string) => run(text).quotes.map((q) => q.speaker?.name ?? null);
    // 'Mrs. Clinton' after 'President Bill Clinton' is another person; 'Mr. Clinton' is still Bill.
    expect(
      speakers(
        'President Bill Clinton signed the bill. Mrs. Clinton said "it was right". Mr. Clinton said "no".',
      ),
    ).toEqual(['Mrs. Clinton', 'Bill Clinton']);
    // 'he' after a sentence whose subject is a woman goes to the man it names.
    expect(speakers('Jane Roe met John Doe. "We will see," he said.')).toEqual(['John Doe']);
    // False friend: a given name used for both sexes says nothing, so the subject is still who 'he' means.
    expect(speakers('Jordan Roe met John Doe. "We will see," he said.')).toEqual(['Jordan Roe']);
  });

  it("takes a 'he' after the sentence's own subject for that subject", () => {
    const speakers = (text: string) => run(text).quotes.map((q) => q.speaker?.name ?? null);
    expect(
      speakers(
        'Hillary Clinton spoke on Twitter. Donald Trump, her opponent, said he thought drugs were a "very big factor".',
      ),
    ).toEqual(['Donald Trump']);
    // False friends: a name inside the quotation and a possessive are no subject of the sentence.
    expect(
      speakers(
        'Barack Obama read the report.\n"My adviser, John Holdren, will issue a chart," he said, "and they are terrifying."',
      ),
    ).toEqual(['Barack Obama', 'Barack Obama']);
    expect(
      speakers(
        "David Kamin, an adviser, spoke. Mrs. Clinton's plans offer an alternative to Mr. Trump's and send a message, Mr. Kamin said.\n" +
          '"The message is clear," he added.',
      ),
    ).toEqual(['David Kamin']);
  });

  it('learns no gender from a pronoun in a sentence that named someone else before it', () => {
    const text =
      'Sen. Jane Roe questioned bank chief John Doe on Tuesday.\n\n' +
      '"You should resign," Roe told Doe, after he admitted that nobody had been held accountable.\n\n' +
      'Doe made $19 million in 2015.\n\n' +
      '"This just is not right," Roe said. "You squeezed employees," she said.';
    expect(run(text).quotes.map((q) => q.speaker?.name)).toEqual(['Jane Roe', 'Jane Roe', 'Jane Roe']);
    // Beside it, an unambiguous pronoun still attributes an indirect statement and sets the gender.
    const plain = run(
      'Jane Roe met voters.\n\nShe admitted that the plan had failed. "We will try again," she said.',
    );
    expect(plain.quotes.map((q) => q.speaker?.name)).toEqual(['Jane Roe']);
  });

  it('takes a description for the person last mentioned with that role, even one who was no subject', () => {
    const text =
      'Leaders worried about Hillary Clinton, President Obama is rolling out a new message.\n\n' +
      'The president told voters he would consider it a "personal insult" if they did not vote.';
    expect(run(text).quotes.map((q) => q.speaker?.name)).toEqual(['Barack Obama']);
    // False friend: no one was mentioned with the role, so the description speaks for itself.
    expect(run('Voters were angry.\n\nThe minister said it was "a personal insult" to them.').quotes).toEqual(
      [expect.objectContaining({ speaker: expect.objectContaining({ name: 'The minister' }) })],
    );
  });

  it.each([
    // (An age alone is how the news names a private person.)
    ['"I have never been edited," Mr. King, 82, told me.', 'King', 'Civilians and public'],
    ['"It is over," Dr. Judge said.', 'Judge', 'Unaffiliated or unknown'],
    ['"We are ready," said Mr. Smith, the Ukrainian foreign minister.', 'Smith', 'Ukrainian government'],
    // Beside them, a title that is one: 'King' without an honorific.
    ['"We are ready," said King Charles.', 'Charles', 'Government (country not named)'],
  ])('reads a surname after Mr. or Dr., and the apposition after it: %s', (text, name, camp) => {
    expect(run(text).quotes.map((q) => [q.speaker?.name, q.speaker?.camp])).toEqual([[name, camp]]);
  });

  it.each([
    [
      '"It is smart," said Representative Charles B. Rangel of New York.',
      'Charles B. Rangel',
      'United States politics (Congress)',
    ],
    [
      '"It is smart," Representative Jane Roe (D-Wis.) said.',
      'Jane Roe',
      'United States politics (Congress, Democratic)',
    ],
    [
      '"It is smart," said U.S. Trade Representative Katherine Tai.',
      'Katherine Tai',
      'United States government',
    ],
    ['"It is smart," said UN Special Representative Jane Roe.', 'Jane Roe', 'United Nations'],
    // False friend: a lowercase representative is no legislator.
    ['"It is smart," a company representative said.', 'a company representative', 'Business'],
  ])('reads a capitalised Representative as a title: %s', (text, name, camp) => {
    expect(run(text).quotes.map((q) => [q.speaker?.name, q.speaker?.camp])).toEqual([[name, camp]]);
  });

  it('does not take a title-case headline verb for a name, and joins the headline name to the body one', () => {
    const { quotes } = run(
      'Retired General Reveals ‘Demoralizing’ Experience Of Serving Abroad.\n\n' +
        'Trump Could Address Clean Energy, Lindsey Graham Says\n\n' +
        '“He may listen,” Sen. Lindsey Graham (R-S.C.) told reporters on Thursday.',
    );
    expect(quotes.map((q) => q.speaker?.name ?? null)).not.toContain('Reveals');
    expect(
      mentionsOf(readArticle('Lindsey Graham Says It Works\n\nSen. Lindsey Graham (R-S.C.) told reporters.'))
        .list.filter((m) => m.entity?.type === 'person')
        .map((m) => m.entity?.camp),
    ).toEqual([
      'United States politics (Congress, Republican)',
      'United States politics (Congress, Republican)',
    ]);
    expect(quotes.at(-1)?.speaker?.camp).toBe('United States politics (Congress, Republican)');
  });

  it('knows former leaders by name, but not by a surname they share', () => {
    const camps = (text: string) => run(text).quotes.map((q) => [q.speaker?.name, q.speaker?.camp]);
    expect(camps('"This is a scandal," President Obama said.')).toEqual([
      ['Barack Obama', 'United States government'],
    ]);
    expect(camps('"We will win," Clinton said.')).toEqual([['Clinton', 'Unaffiliated or unknown']]);
    expect(camps('"I am proud," Michelle Obama said.')).toEqual([
      ['Michelle Obama', 'Unaffiliated or unknown'],
    ]);
  });

  it.each([
    ['"We are open," the Museum said in a statement.', 'the Museum'],
    ['"Crime fell," the American Community Survey said.', 'American Community Survey'],
  ])('takes a described body for an organisation, not a person: %s', (text, name) => {
    expect(run(text).quotes.map((q) => [q.speaker?.name, q.speaker?.type])).toEqual([[name, 'organisation']]);
  });

  it.each([
    ['"We will strike," the NAACP said.', 'NAACP', 'organisation'],
    ['"No," the State Department said.', 'State Department', 'organisation'],
    [
      '"We will strike," the CFDT said. "We agree," CCOO and UGT said in a joint statement.',
      'CCOO',
      'organisation',
    ],
    // Someone only described keeps the description.
    ['"It failed," the former engineer said.', 'the former engineer', 'person'],
  ])(
    "takes a body named after 'the' as the body, and the first of two named together: %s",
    (text, name, type) => {
      expect(run(text).quotes.at(-1)?.speaker).toMatchObject({ name, type });
    },
  );

  it('attributes no speaker when nobody says the words', () => {
    const { quotes, statements } = run('The United States sent the so-called "bridge loan" to Kyiv.');
    expect(quotes[0]?.kind).toBe('scare');
    expect(quotes[0]?.speaker).toBeNull();
    expect(statements).toEqual([]);
  });
});

describe('detectQuotes on arbitrary text', () => {
  // Quote-heavy random text: every kind of mark, apostrophes, line breaks, names and report verbs.
  const piece = fc.constantFrom(
    '"',
    '“',
    '”',
    '‘',
    '’',
    "'",
    "''",
    ' ',
    '\n',
    'said',
    'Jane Roe',
    'he',
    ',',
    '.',
    ':',
    'the',
    "Ukraine's",
    '90s',
    'officials',
    'told CNN',
  );
  it('reads a text that ends on its report verb (found by the property below)', () => {
    expect(() => run('officials Jane Roe said')).not.toThrow();
  });

  it('keeps every quote inside the text, in order, without its marks, and never overlapping', () => {
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 60 }), (parts) => {
        const text = parts.join(' ');
        const { quotes, statements } = run(text);
        let end = 0;
        for (const q of quotes) {
          expect(q.start).toBeGreaterThanOrEqual(end);
          expect(q.end).toBeGreaterThan(q.start);
          expect(text.slice(q.start, q.end)).toBe(q.text);
          end = q.end;
        }
        for (const s of statements) expect(s.end).toBeLessThanOrEqual(text.length);
      }),
      { numRuns: 300 },
    );
  });

  it('reads a shadow minister as an opposition politician of the party before the title', () => {
    const [q] = run(
      'Conservative shadow chancellor Mel Stride said the Budget had "spooked business".',
    ).quotes;
    expect(q?.speaker?.camp).toBe('British politics (Conservative)');
  });

  it('keeps both halves of a quotation split by its attribution direct', () => {
    const quotes = run('"We will," Zelensky said, "never give up."').quotes;
    expect(quotes.map((q) => q.kind)).toEqual(['direct', 'direct']);
    // A lowercase quotation after a finished sentence stays partial.
    expect(run('Zelensky said he would "never give up."').quotes.map((q) => q.kind)).toEqual(['partial']);
  });

  // A noun of saying whose content follows in a 'that' clause: the quoted words are the claimant's.
  it.each([
    [
      'The ruling drew claims by abortion-rights groups that it is "extreme and cruel."',
      'abortion-rights groups',
      'Abortion-rights groups',
    ],
    [
      'Accusations from the Kremlin that Kyiv was "a terrorist state" were rejected.',
      'Kremlin',
      'Russian government',
    ],
    [
      'Politifact checked Donald Trump\'s claim that there were "thousands of shootings" in Chicago.',
      'Donald Trump',
      'United States government',
    ],
  ])('takes the claimant for the speaker in: %s', (text, name, camp) => {
    const [q] = run(text).quotes;
    expect([q?.kind, q?.speaker?.name, q?.speaker?.camp]).toEqual(['partial', name, camp]);
  });

  it.each([
    // Moore's label for the remarks, not words from them.
    [
      'Minyon Moore, a senior adviser to the Clinton campaign, called Mr. Obama\'s remarks "a true wake-up call" to his supporters.',
      'Minyon Moore',
    ],
    // No 'that': the quotation is Trump's answer to the remark.
    [
      'Mr. Trump hardly clarified the matter, treating Mrs. Clinton\'s remark as a compliment: "That makes me smart."',
      'Donald Trump',
    ],
  ])('keeps the speaker who said it, not the owner of a remark, in: %s', (text, name) => {
    expect(run(text).quotes.map((q) => q.speaker?.name)).toEqual([name]);
  });

  it("takes what follows 'called' for what is labelled, never the speaker", () => {
    const { quotes } = run(
      'The Kremlin said the talks had failed. The bill drew anger from residents who called it "awful."',
    );
    expect(quotes.map((q) => q.speaker?.name)).not.toContain('Kremlin');
  });

  it("steps back over a 'who' clause that names a place with a comma", () => {
    const [q] = run('Jane Roe, who was born in Paris, France, said the law was "a disaster."').quotes;
    expect([q?.kind, q?.speaker?.name]).toEqual(['partial', 'Jane Roe']);
  });

  it.each([
    // The one asked answers next.
    [
      'President Joe Biden spoke at the White House on Monday. A reporter asked him whether the talks had failed.\n"Not at all," he said.',
      'Joe Biden',
    ],
    [
      'Sen. Jane Roe met reporters. A reporter asked Roe whether she would run.\n"Not this time," she said.',
      'Jane Roe',
    ],
    // Asking questions, nobody asked: the asker goes on speaking.
    ['Sen. Jane Roe asked questions for an hour.\n"Why now?" she said.', 'Jane Roe'],
  ])('gives the answer after a question to the one asked in: %s', (text, name) => {
    expect(run(text).quotes.map((q) => q.speaker?.name)).toEqual([name]);
  });

  it.each([
    // A workplace after 'at' or 'of the' is the speaker's, not the speaker.
    [
      'Tom Brightwater, a strategist at Halvorsen Capital, said: "The committee is divided."',
      'Tom Brightwater',
    ],
    ['Marcos Teixeira of the Getulio Vargas Foundation said: "Not yet."', 'Marcos Teixeira'],
    // The subject after an opening participle clause is who 'she' means next; 'Fed' is a name, not a verb.
    [
      'President Daniel Marsh called for lower rates. Asked about the comments, Fed Chair Margaret Lindqvist declined to respond.\n"We are going to do our jobs," she said.',
      'Margaret Lindqvist',
    ],
  ])('names the person who speaks in: %s', (text, name) => {
    expect(run(text).quotes.map((q) => q.speaker?.name)).toEqual([name]);
  });

  it("reads a post at a known body as that body's: 'Fed Chair', not a company chair", () => {
    const [fed] = run('Fed Chair Margaret Lindqvist said: "Rates will hold."').quotes;
    expect(fed?.speaker?.camp).toBe('United States government');
    const [acme] = run('Acme Corp. Chair John Doe said: "Sales will hold."').quotes;
    expect(acme?.speaker?.camp).toBe('Business');
  });

  it.each([
    ['Carlos Monteiro won. Monteiro promised to govern "for all Brazilians."', 'Carlos Monteiro'],
    [
      'One hedge fund manager, who asked not to be named, described the outcome as "exactly what we wanted."',
      'One hedge fund manager',
    ],
  ])('gives a partial quote its speaker in: %s', (text, name) => {
    const [q] = run(text).quotes;
    expect([q?.kind, q?.speaker?.name]).toEqual(['partial', name]);
  });

  it('takes no statement from rules that promise something', () => {
    expect(run('The new emissions rules promise to transform the economy.').statements).toEqual([]);
  });

  it("leaves 'they' unknown when a plural noun of its own sentence may be what it stands for", () => {
    const critics = run(
      'According to the TSE, Monteiro won. Justice Helena Vasconcelos has been criticized by conservatives for what they call her "crusade" against free speech.',
    ).quotes;
    expect(critics.map((q) => q.speaker?.name ?? null)).toEqual([null]);
    // The plural noun is the speaker itself: 'they' stays with it.
    const officials = run(
      'Two officials said the talks failed, and they called the offer "an insult."',
    ).quotes;
    expect(officials.map((q) => q.speaker?.name)).toEqual(['Two officials']);
  });

  it.each([
    // A body the gazetteer does not know, named before, is what 'the group' refers back to.
    [
      'Cases rose, according to the Oregon Health Authority. The lawsuit was brought by the Oregon Medical Freedom Alliance. The group argued that the law forced families to choose.',
      'Oregon Medical Freedom Alliance',
    ],
    [
      'The rule came from the Oregon Department of Education, which defended it. The Oregon Department of Education said it would appeal.',
      'Oregon Department of Education',
    ],
  ])('reads an unknown body as a body in: %s', (text, name) => {
    expect(run(text).statements.map((s) => s.speaker.name)).toContain(name);
  });

  it.each([
    // A care worker's aide is no official.
    ['Maria Cruz, a home health aide, said: "I will quit."', 'Maria Cruz', 'Unaffiliated or unknown'],
    [
      'Maria Cruz, an aide to the president, said: "He will veto it."',
      'Maria Cruz',
      'Government (country not named)',
    ],
    // A state senator sits in a state legislature, not in Congress.
    [
      'State Sen. Dale Harrington, R-Medford, said: "The law is fair."',
      'Dale Harrington',
      'United States politics (Republican)',
    ],
    [
      'Sen. Ted Cruz, R-Texas, said: "The law is unfair."',
      'Ted Cruz',
      'United States politics (Congress, Republican)',
    ],
    // A post of the person named before, then the name.
    [
      'President Joao Siqueira spoke. "He is a man of the law," said his chief of staff, General Walter Braga.',
      'Walter Braga',
      'Military (country not named)',
    ],
  ])('reads the speaker and camp in: %s', (text, name, camp) => {
    const [q] = run(text).quotes;
    expect([q?.speaker?.name, q?.speaker?.camp]).toEqual([name, camp]);
  });

  it.each([
    // The passive's agent speaks.
    ['The plan was described by Greenpeace as "a disaster."', ['Greenpeace']],
    [
      'The agreement has been hailed by the summit\'s hosts as "a turning point", but campaigners warned it fell short.',
      ["the summit's hosts"],
    ],
    // Another clause set against the first has its own speaker.
    [
      'Qatar expressed "deep concern", while Turkey\'s President described the attack as "banditry".',
      [null, "Turkey's President"],
    ],
    // A name wink splits at a letter is still a name, and speaks.
    [
      'Greenpeace called it a "roadmap to nowhere," while the Turkish president, Mehmet Aydın, insisted that "multilateralism still works."',
      ['Greenpeace', 'Mehmet Aydın'],
    ],
  ])('gives each quotation its own speaker in: %s', (text, names) => {
    expect(run(text).quotes.map((q) => q.speaker?.name ?? null)).toEqual(names);
  });

  it.each([
    // The one described before 'of' is who the 'who' clause is about.
    [
      'Missiles were fired by the commander of the IRGC\'s aerospace force, who said on state television that Israel would "regret this mistake."',
      'the commander',
    ],
    // An office speaks for the person who owns it.
    ['Mayor Gregory Hale\'s office said on Monday that the mayor "supports the chief."', 'Gregory Hale'],
  ])('finds the speaker in: %s', (text, name) => {
    const [q] = run(text).quotes;
    expect([q?.kind, q?.speaker?.name]).toEqual(['partial', name]);
  });

  it('gives a governor one camp however the party is written, and a candidate the party', () => {
    const camps = (text: string) => run(text).quotes.map((q) => q.speaker?.camp);
    expect(camps('Democratic Gov. Lorraine Achebe said: "We will comply."')).toEqual([
      'United States state and local government',
    ]);
    expect(camps('Gov. Lorraine Achebe, a Democrat, said: "We will comply."')).toEqual([
      'United States state and local government',
    ]);
    expect(camps('Republican vice presidential candidate Gov. Mike Pence said: "We won."')).toEqual([
      'United States politics (Republican)',
    ]);
  });

  it.each([
    // A body named inside a description: the description speaks, not whoever spoke before in the paragraph.
    [
      '"We will help," Russia\'s Foreign Ministry said. "Maybe," a FEMA spokeswoman said. "Later," the agency said.',
      [
        ['Russian Foreign Ministry', 'Russian government'],
        ['a FEMA spokeswoman', 'United States government'],
        ['Federal Emergency Management Agency', 'United States government'],
      ],
    ],
    // A country after 'in the' is where an embassy is, not who speaks.
    [
      '"The Philippine side has violated the consensus," the Chinese Embassy in the Philippines said in a statement.',
      [['Chinese Embassy', 'Chinese government']],
    ],
    // False friend: a country that speaks after 'the' is still the speaker.
    ['"We will not back down," the Philippines said on Monday.', [['Philippines', 'Philippine government']]],
  ])('attributes each quotation in: %s', (text, expected) => {
    expect(run(text).quotes.map((q) => [q.speaker?.name, q.speaker?.camp])).toEqual(expected);
  });

  it.each([
    // A party's post, the party unnamed: politics, not a government.
    ['"We will win," said Ahmed Khan, the party\'s secretary general.', 'Ahmed Khan', 'Politics'],
    ['"We will win," a party spokesman said.', 'a party spokesman', 'Politics'],
    // Police ranks are titles, not names, and a police force's officer is in its camp.
    [
      '"We made arrests," said Chief Superintendent Helen Ward of Greater Manchester Police.',
      'Helen Ward',
      'British security services',
    ],
    [
      '"We made arrests," said Detective Superintendent Helen Ward.',
      'Helen Ward',
      'Security services (country not named)',
    ],
    // A local public body's chair is local government; a committee's chair a legislator; a company's stays business.
    [
      '"The schools need money," said Laura Kim, chair of the school board.',
      'Laura Kim',
      'Regional and local government (country not named)',
    ],
    ['"We need money," said Laura Kim, chairwoman of the committee.', 'Laura Kim', 'Politics'],
    ['"We need money," said Laura Kim, chairwoman of Acme Corp.', 'Laura Kim', 'Business'],
  ])('reads the post and camp in: %s', (text, name, camp) => {
    const [q] = run(text).quotes;
    expect([q?.speaker?.name, q?.speaker?.camp]).toEqual([name, camp]);
  });

  it.each([
    // 'the party' and 'the command' refer back to the party and the command named before.
    [
      '"We won," Reform UK said on Monday. Labour MP Jo White disagreed. "We reject these accusations," the party said.',
      ['Reform UK', 'Reform UK'],
    ],
    [
      'U.S. Central Command said strikes hit targets. "Our forces responded," the command said.',
      ['U.S. Central Command'],
    ],
    // With none named before, the description speaks, in the camp its noun says.
    ['"Our forces responded proportionately," the command said.', ['the command']],
  ])('resolves a body referred back to in: %s', (text, names) => {
    expect(run(text).quotes.map((q) => q.speaker?.name)).toEqual(names);
  });

  it('gives an unnamed party and command their camps', () => {
    const camps = run('"We reject this," the party said. "We responded," the command said.').quotes.map(
      (q) => [q.speaker?.camp, q.speaker?.type],
    );
    expect(camps).toEqual([
      ['Politics', 'organisation'],
      ['Military (country not named)', 'organisation'],
    ]);
  });

  it.each([
    // A document speaks for whoever issued it.
    [
      'The ministry issued a statement on Monday. "The ships entered illegally," the statement said.',
      'The ministry',
    ],
    ['"The ships entered illegally," the ministry\'s statement said.', 'the ministry'],
    [
      'China\'s coast guard said in a statement that the ships left. Manila disagreed. "We acted lawfully," the statement said.',
      'China Coast Guard',
    ],
  ])('gives a document its issuer in: %s', (text, name) => {
    expect(run(text).quotes.map((q) => q.speaker?.name)).toEqual([name]);
  });

  it.each([
    // False friends: a document nobody is said to have issued speaks for nobody; it is never a person.
    '"The ships entered illegally," the statement said.',
    'Manila protested on Monday. "The ships entered illegally," the statement said.',
  ])('gives no speaker to an unissued document in: %s', (text) => {
    expect(run(text).quotes.map((q) => q.speaker)).toEqual([null]);
  });

  it.each([
    // The words of a body's name after its joiner are the body's subject, not the speaker's post.
    [
      '"We will keep fighting," said Ana Ruiz, a spokeswoman for the Committee for the Defence of Journalists (CDJ).',
      'Advocacy groups and unions',
    ],
    [
      '"We will keep fighting," said Ana Ruiz, president of the Federation of Police Officers.',
      'Advocacy groups and unions',
    ],
    // A legislature's committee is politics whatever its subject.
    ['"No," said Adam Schiff, chairman of the House Intelligence Committee.', 'Politics'],
    // False friend: the post right after a committee's name is still a post.
    ['"No," said Senate Armed Services Committee Chairman Jack Reed.', 'United States politics (Congress)'],
  ])('reads the camp of a post at a named body in: %s', (text, camp) => {
    expect(run(text).quotes.map((q) => q.speaker?.camp)).toEqual([camp]);
  });

  it.each([
    // A spokesperson named with no body is the body's whose spokesperson spoke just before.
    [
      'A China Coast Guard spokesperson said the ships had left. Spokesperson Liu Dejun said the guard took "necessary control measures."',
      'Chinese security services',
    ],
    [
      'A spokesperson for the China Coast Guard said the ships left. "We acted lawfully," Spokesperson Liu Dejun said.',
      'Chinese security services',
    ],
    // False friend: three sentences on, or with another body's spokesperson between, nothing carries over.
    [
      'A China Coast Guard spokesperson said the ships had left. Manila protested. Talks stalled. Fishing resumed. "We acted lawfully," Spokesperson Liu Dejun said.',
      'Government (country not named)',
    ],
  ])('gives a bare spokesperson the body of the one before in: %s', (text, camp) => {
    expect(run(text).quotes.map((q) => q.speaker?.camp)).toEqual([camp]);
  });

  it.each([
    // A region no list knows, after a governor's 'of', is part of the title, not the speaker's name.
    [
      '"The situation is catastrophic," said Governor of North Darfur state Al-Hafiz Bakhit.',
      'Al-Hafiz Bakhit',
    ],
    // A teacher or a farmer speaks as a member of the public; a teachers union's president does not.
    ['"We walked for three days," said Mohamed Osman, 34, a teacher who fled the city.', 'Mohamed Osman'],
  ])('reads the speaker in: %s', (text, name) => {
    expect(run(text).quotes.map((q) => q.speaker?.name)).toEqual([name]);
  });

  it.each([
    [
      '"We walked for three days," said Mohamed Osman, 34, a teacher who fled the city.',
      'Civilians and public',
    ],
    ['"We lost the harvest," said Ana Diaz, a farmer.', 'Civilians and public'],
    ['"No," said the teachers union president.', 'Labour unions'],
  ])('hears everyday work as the public in: %s', (text, camp) => {
    expect(run(text).quotes.map((q) => q.speaker?.camp)).toEqual([camp]);
  });

  it.each([
    // A description, then the name in apposition: the named person speaks, in the description's camp.
    ['"Yes," said a fisherman, Tom Lee.', 'Tom Lee', 'Civilians and public'],
    ['"Yes," said one witness, Tom Lee, who lives nearby.', 'Tom Lee', 'Civilians and public'],
    // False friend: 'the' description with a name after a comma is a list, not an apposition of it.
    [
      '"Yes," said the mayor, Tom Lee and two aides.',
      'the mayor',
      'Regional and local government (country not named)',
    ],
  ])('reads a name set after its description in: %s', (text, name, camp) => {
    const [q] = run(text).quotes;
    expect([q?.speaker?.name, q?.speaker?.camp]).toEqual([name, camp]);
  });

  it.each([
    // The one before a place heads the 'who' clause, not the verb inside it.
    [
      'Senator Rand Paul of Kentucky, who voted against the bill, called it "a disgrace to the taxpayers."',
      'Rand Paul',
      'United States politics (Congress)',
      'called',
    ],
    [
      'A woman from Ohio, who asked not to be named, said it was "a disgrace."',
      'A woman',
      'Civilians and public',
      'said',
    ],
    // ... and of an apposition after the place.
    [
      'Senator Susan Collins of Maine, the Republican chair of the Appropriations Committee, said she was "cautiously hopeful."',
      'Susan Collins',
      'United States politics (Congress)',
      'said',
    ],
    [
      'Sen. Elizabeth Warren of Massachusetts, the top Democrat on the Senate Banking Committee, said the attacks were "reckless."',
      'Elizabeth Warren',
      'United States politics (Congress)',
      'said',
    ],
    // 'Democrat of New York': the party of a US state, with no article.
    [
      '"Tonight we do the responsible thing," Senate Majority Leader Chuck Schumer, Democrat of New York, said.',
      'Chuck Schumer',
      'United States politics (Congress, Democratic)',
      'said',
    ],
  ])('reads speaker, camp and verb in: %s', (text, name, camp, verb) => {
    const [q] = run(text).quotes;
    expect([q?.speaker?.name, q?.speaker?.camp, q?.verb]).toEqual([name, camp, verb]);
  });

  it.each([
    // The label a subject pins on something is a fragment of their words, whatever wink tags the verb.
    [
      'Health Secretary Wes Streeting branded the walkout "completely unreasonable" and warned of delays.',
      'Wes Streeting',
      'branded',
    ],
    ['Japan branded North Korea an "outlaw nation."', 'Japan', 'branded'],
  ])('reads a label verb in: %s', (text, name, verb) => {
    const [q] = run(text).quotes;
    expect([q?.kind, q?.speaker?.name, q?.verb]).toEqual(['partial', name, verb]);
  });

  it('keeps a passive brand no label of anyone named', () => {
    expect(run('The products were branded "organic" by the seller.').quotes.map((q) => q.kind)).toEqual([
      'scare',
    ]);
  });

  it.each([
    // A court's ruling reports what the court says.
    [
      'U.S. District Judge Edward Chen ruled that the move was "arbitrary and capricious."',
      'Edward Chen',
      'ruled',
    ],
    ['The Supreme Court ruled 6-3 that the law was "unconstitutional."', 'Supreme Court', 'ruled'],
  ])('reads a ruling as a statement in: %s', (text, name, verb) => {
    const [q] = run(text).quotes;
    expect([q?.kind, q?.speaker?.name, q?.verb]).toEqual(['partial', name, verb]);
  });

  it('keeps a ruler no speaker: "Assad ruled the country"', () => {
    expect(run('Assad ruled the country for decades.').statements).toEqual([]);
  });

  it.each([
    // A post held jointly is the post's.
    [
      '"Today is a victory," said Ana Ruiz, co-director of the Center for Immigration Law and Policy.',
      'Experts and analysts',
    ],
    ['"No," said Jane Roe, co-founder of Acme Corp.', 'Business'],
  ])('reads a co- post in: %s', (text, camp) => {
    expect(run(text).quotes.map((q) => q.speaker?.camp)).toEqual([camp]);
  });

  it.each([
    // A relative clause set off by dashes has its head as subject.
    ['The senator — who has called the bill "dead on arrival" — did not respond.', 'partial', 'The senator'],
    // A retired nurse speaks as a member of the public.
    ['"He just laughed," recalled Maria Gomez, 61, a retired nurse.', 'direct', 'Maria Gomez'],
  ])('reads the quotation in: %s', (text, kind, name) => {
    const [q] = run(text).quotes;
    expect([q?.kind, q?.speaker?.name]).toEqual([kind, name]);
  });

  it.each([
    // A campaign group's national chapter is the group, not the country's government.
    ['Greenpeace France called the strategy "greenwashing."', 'Greenpeace', 'Environmental groups', 'called'],
    // Campaigners for a cause are that cause's side.
    [
      'Climate activists accused the company of "climate crimes."',
      'Climate activists',
      'Environmental groups',
      'accused',
    ],
    // The one before a workplace heads the 'who' clause, not the verb inside it.
    [
      'An analyst at Bernstein, who asked not to be named, said investors were "largely unmoved."',
      'An analyst',
      'Experts and analysts',
      'said',
    ],
  ])('reads speaker, camp and verb in: %s', (text, name, camp, verb) => {
    const [q] = run(text).quotes;
    expect([q?.speaker?.name, q?.speaker?.camp, q?.verb]).toEqual([name, camp, verb]);
  });

  it('keeps a country after a campaign group that names whom it accuses', () => {
    expect(run('Greenpeace accused France of "inaction."').quotes[0]?.speaker?.name).toBe('Greenpeace');
  });

  it.each([
    // 'what it called' is the sentence's own subject's label, even before anything else was named.
    ['India launched strikes on what it called "terrorist infrastructure" in Pakistan.', 'India'],
    [
      'The ministry said it would respond. India launched strikes on what it called "terrorist camps".',
      'India',
    ],
  ])('gives a label to the sentence subject in: %s', (text, name) => {
    expect(run(text).quotes.map((q) => [q.kind, q.speaker?.name])).toEqual([['partial', name]]);
  });

  it.each([
    // A title named as a work right after it is a name, not anyone's words.
    ['Michael Wolff wrote "Fire and Fury," a book about the White House.', []],
    // False friend: a label the speaker used, set in apposition to a phrase, is still their words.
    ['The mayor called it "Total Nonsense," a phrase she repeated.', ['partial']],
  ])('tells the title of a work from words in: %s', (text, kinds) => {
    expect(run(text).quotes.map((q) => q.kind)).toEqual(kinds);
  });

  it('gives "the agency" the body whose unnamed officials spoke before', () => {
    const text =
      'Russia\'s Foreign Ministry said it would help. FEMA officials said the storm had passed. "Later," the agency said.';
    expect(run(text).quotes.map((q) => q.speaker?.name)).toEqual(['Federal Emergency Management Agency']);
  });

  it.each([
    // An abbreviated title after a full stop opens a sentence, so 'he' finds the man it names.
    [
      '"We will not tolerate violence," said Karen Bass. Gov. Gavin Newsom visited the scene. "This is chaos by design," he said.',
      ['Karen Bass', 'Gavin Newsom'],
    ],
    // 'Atty. Gen.' is the attorney general.
    ['"We will prosecute," Atty. Gen. Pam Bondi said.', ['Pam Bondi']],
  ])('reads the speakers in: %s', (text, names) => {
    expect(run(text).quotes.map((q) => q.speaker?.name)).toEqual(names);
  });

  it.each([
    ['"We will prosecute," Atty. Gen. Pam Bondi said.', 'United States government'],
    // A police officer, or a rank at a police force, is police; an army's officer is the military's.
    ['"I was in fear for my life," the officer told investigators.', 'Security services (country not named)'],
    [
      '"He had his hands up," said Lt. Karen Voss of the Phoenix Police Department.',
      'United States security services',
    ],
    ['"We held the line," said an army officer.', 'Military (country not named)'],
    ['"We held the line," said Brig. Gen. Jane Roe.', 'Military (country not named)'],
  ])('reads the camp of a rank in: %s', (text, camp) => {
    expect(run(text).quotes.map((q) => q.speaker?.camp)).toEqual([camp]);
  });

  it.each([
    // A quotation after ', while <Name>' is that clause's: never the first clause's speaker.
    'Robert Alvarez, a heart patient, told the newspaper he supported vaccination, while Patients First, an advocacy group, called the order "a distraction."',
  ])('gives no speaker of an earlier clause the quotation in: %s', (text) => {
    expect(run(text).quotes.map((q) => q.speaker?.name ?? null)).not.toContain('Robert Alvarez');
  });

  it("keeps the speaker when 'while' opens a clause inside the speaker's sentence", () => {
    expect(
      run('Smith said that, while the plan had flaws, it was "a good start."').quotes.map(
        (q) => q.speaker?.name,
      ),
    ).toEqual(['Smith']);
  });

  it("gives the quotation to the person, not to the outlet's label of her group", () => {
    const text =
      'Lila Moreno of the left-wing group Clean Air Neighbors branded the factory "a toxic neighbor."';
    expect(run(text).quotes.map((q) => q.speaker?.name)).toEqual(['Lila Moreno']);
  });

  it.each([
    // An age written before the name.
    [
      '"My dad is not a criminal," said 12-year-old Daniela Ortiz, whose father was detained.',
      'Daniela Ortiz',
    ],
    ['"My dad is not a criminal," said Daniela Ortiz, 12.', 'Daniela Ortiz'],
  ])('reads a speaker whose age comes first in: %s', (text, name) => {
    expect(run(text).quotes.map((q) => q.speaker?.name)).toEqual([name]);
  });

  it.each([
    // A clause on what someone did after a name ('ruling that detectives ...') is no title of the name.
    [
      'The court threw out the conviction of Darnell Hughes, ruling that detectives had coerced a confession. His mother, Loretta Hughes, wept. "My son was a boy in that room," she told reporters.',
      'Civilians and public',
    ],
    // Titles that open with an -ing word still describe ('ranking member', 'acting director').
    ['"No," said Jane Smith, acting director of the FBI.', 'United States security services'],
  ])('reads no title from a participial clause in: %s', (text, camp) => {
    expect(run(text).quotes.map((q) => q.speaker?.camp)).toEqual([camp]);
  });

  it('reads a body named with its place before a which-clause as the speaker', () => {
    const text =
      'The American Civil Liberties Union of Ohio, which filed a brief supporting Hughes, said in a statement that the decision "should force every police department to record interrogations."';
    expect(run(text).quotes.map((q) => [q.speaker?.name, q.speaker?.camp])).toEqual([
      ['American Civil Liberties Union', 'Rights groups'],
    ]);
  });

  it.each([
    // Workers speak as members of the public, unless a word of the title says whose workers they are.
    ['"I came here the legal way," said a plant worker.', 'Civilians and public'],
    ['"The camp is full," said an aid worker.', 'Humanitarian groups'],
    ['"The office is closed," said a government employee.', 'Government (country not named)'],
    // An unnamed worker keeps her own camp beside unnamed officials.
    [
      'No managers have been charged, officials said.\n\nA plant worker who gave only her first name said she supported the raid. "I came here the legal way," she said.',
      'Civilians and public',
    ],
  ])('reads the camp of a worker in: %s', (text, camp) => {
    expect(run(text).quotes.map((q) => q.speaker?.camp)).toEqual([camp]);
  });

  it.each([
    // The words on a sign or banner are the carriers' slogan, not a term the writer holds at a distance.
    [
      'About 200 people attended the vigil, carrying candles and signs reading "Families Belong Together."',
      'partial',
    ],
    ['Protesters held a banner that said "No War" outside the embassy.', 'partial'],
    // A short quotation with no speaker and no sign is still a scare quote.
    ['The "reform" passed on Tuesday.', 'scare'],
  ])('reads the kind of a slogan in: %s', (text, kind) => {
    expect(run(text).quotes.map((q) => q.kind)).toEqual([kind]);
  });

  it("gives a participle's quotation to the spokesman of a body described as the subject", () => {
    const text =
      'A spokesman for the company declined to say how much California would pay per dose, saying only that pricing was "confidential under our contract."';
    expect(run(text).quotes.map((q) => [q.kind, q.speaker?.name, q.speaker?.type, q.speaker?.camp])).toEqual([
      ['partial', 'A spokesman for the company', 'person', 'Business'],
    ]);
  });

  it.each([
    // A family name first, which wink may tag a common noun, before a hyphenated given name.
    [
      'South Korea\'s energy minister, Park Ji-hoon, said Seoul supported the deal. He said the merger would "strengthen both our countries\' supply chains."',
      'Park Ji-hoon',
    ],
    ['The president, Moon Jae-in, said the talks would go on. "We will talk," he said.', 'Moon Jae-in'],
  ])('reads the whole East Asian name in: %s', (text, name) => {
    expect(run(text).quotes.map((q) => q.speaker?.name)).toEqual([name]);
  });

  it.each([
    // A study's finding quoted right after 'found' is its authors' words; 'Collaboration' names a body.
    [
      'A 2023 review by the Cochrane Collaboration found "low-certainty evidence" that vaccinating health-care workers reduces deaths.',
      [['partial', 'Cochrane Collaboration', 'Experts and analysts']],
    ],
    // 'found' with other words between it and the quotation is no attribution.
    ['Inspectors found the plant was "a mess" on Monday.', [['scare', null, null]]],
  ])('reads a quoted finding in: %s', (text, expected) => {
    expect(run(text).quotes.map((q) => [q.kind, q.speaker?.name ?? null, q.speaker?.camp ?? null])).toEqual(
      expected,
    );
  });

  it('quotes an unnamed source after according to, not the verb of the clause that keeps it unnamed', () => {
    const text =
      'But according to one hospital administrator in Los Angeles, who asked not to be named for fear of retaliation, "everyone knows the testing regime is designed to make life miserable."';
    expect(run(text).quotes.map((q) => [q.speaker?.name, q.speaker?.type, q.verb])).toEqual([
      ['one hospital administrator', 'anonymous', 'according'],
    ]);
  });

  it.each([
    // A description after the verb, then the name it is set beside: the name speaks, with the description's post.
    ['"We are ready to meet," said the president, Moon Jae-in.', 'Moon Jae-in', 'person'],
    ['"The door is open," said the company\'s chief executive, Mary Barra.', 'Mary Barra', 'person'],
    ['"It is over," said the minister of health, Ana Silva, on Monday.', 'Ana Silva', 'person'],
    ['"We agree," said the group, Amnesty International.', 'Amnesty International', 'organisation'],
    // Before the verb: a body's description, then its name.
    ['The refugee agency, UNRWA, said the shelters were "full to bursting."', 'UNRWA', 'organisation'],
  ])('gives the quotation to the name set beside a description in: %s', (text, name, type) => {
    expect(run(text).quotes.map((q) => [q.speaker?.name, q.speaker?.type])).toEqual([[name, type]]);
  });

  it.each([
    // The name after the comma goes on into a clause of its own: the description stays the speaker.
    ['"It is over," said the minister, Ana Silva\'s deputy.', 'the minister'],
    // A body's description before a person's name is no apposition of that body.
    ['"We agree," said the group, Jane Roe added.', 'the group'],
  ])('keeps the description when no name is set beside it in: %s', (text, name) => {
    expect(run(text).quotes.map((q) => q.speaker?.name ?? null)).toEqual([name]);
  });

  it.each([
    ["the company's chief executive, Mary Barra, said", 'Business'],
    ['the minister of health, Ana Silva, said', 'Government (country not named)'],
  ])('reads the post of a description run on to the name in: %s', (words, camp) => {
    const text = `The plan was dropped. ${words[0]?.toUpperCase()}${words.slice(1)} "we will not go back."`;
    expect(run(text).quotes.map((q) => q.speaker?.camp)).toEqual([camp]);
  });

  it.each([
    // An age or a private description after a name no list knows: a member of the public.
    ['"We are afraid," said Sarah, 34, a nurse.', 'Sarah', 'Civilians and public'],
    ['Maria Lopez, 34, said the water was "poison."', 'Maria Lopez', 'Civilians and public'],
    ['"Nobody came," said Jo Bird, a resident of the town.', 'Jo Bird', 'Civilians and public'],
    ['"Go," said Jane Roe, an economist at the bank.', 'Jane Roe', 'Experts and analysts'],
    // Someone described, then named by the name they gave.
    [
      'A plant worker who gave only her first name, Maria, said "we were never told."',
      'Maria',
      'Civilians and public',
    ],
    [
      'A resident who identified himself only as Ahmed said the shelling "never stops."',
      'Ahmed',
      'Civilians and public',
    ],
    ['One woman, who gave her name as Fatima, said "we have nothing."', 'Fatima', 'Civilians and public'],
    ['"It is hard," said a farmer who gave only his first name, Ali.', 'Ali', 'Civilians and public'],
  ])('names a private person in: %s', (text, name, camp) => {
    expect(run(text).quotes.map((q) => [q.speaker?.name, q.speaker?.type, q.speaker?.camp])).toEqual([
      [name, 'person', camp],
    ]);
  });

  it.each([
    // No name given: the description stays an unnamed source.
    ['A nurse who declined to give her name said "we are tired."', 'A nurse'],
    ['A man who identified himself as a teacher said "the school is gone."', 'A man'],
  ])('keeps an unnamed person unnamed in: %s', (text, name) => {
    expect(run(text).quotes.map((q) => [q.speaker?.name, q.speaker?.type])).toEqual([[name, 'anonymous']]);
  });

  it.each([
    // A first name and an age before the verb: a member of the public, whom 'she' then refers back to.
    [
      'Councillor Angela Moss said repairs were coming. Priya, 29, a nurse, said the council had promised that before. "They always apologise," she said.',
      'Priya',
      'Civilians and public',
    ],
    // A company's officer is no police officer; a charity's chief executive no company's.
    [
      'Halvorsen Chief Executive Officer Karin Lund said the cap was "a blunt instrument."',
      'Karin Lund',
      'Business',
    ],
    [
      'Helen Marsh, the charity\'s chief executive, said "families are suffering."',
      'Helen Marsh',
      'Humanitarian groups',
    ],
  ])('reads the camp of the speaker in: %s', (text, name, camp) => {
    expect(run(text).quotes.map((q) => [q.speaker?.name, q.speaker?.camp])).toEqual([[name, camp]]);
  });

  it.each([
    // 'as X put it' attributes the words, before or after them.
    ['As one official put it, "there is no plan for the day after."', 'one official', 'anonymous', 'partial'],
    ['"We are done," as one official put it.', 'one official', 'anonymous', 'direct'],
    ['"It is over," as Jane Roe said on Monday.', 'Jane Roe', 'person', 'direct'],
    // A document a body issued speaks for the body.
    [
      'The rule requires "a clean record," as a Pentagon report put it.',
      'Pentagon',
      'organisation',
      'partial',
    ],
    [
      'The plan needs "a lawful source of income," a State Department memo said.',
      'State Department',
      'organisation',
      'partial',
    ],
  ])('reads the attribution in: %s', (text, name, type, kind) => {
    expect(run(text).quotes.map((q) => [q.speaker?.name, q.speaker?.type, q.kind])).toEqual([
      [name, type, kind],
    ]);
  });

  it.each([
    // Words set inside the writer's own clause are a fragment, though the attribution follows them.
    ['Her aim is "a fair deal for everyone," Jane Roe said.', 'partial'],
    // Words completing a reported clause stay the speaker's direct words.
    ['Officials believe that the plan "could help the campaign succeed," the report says.', 'direct'],
  ])('reads the kind of quotation in: %s', (text, kind) => {
    expect(run(text).quotes.map((q) => q.kind)).toEqual([kind]);
  });

  it.each([
    ['The army declined to comment but said it was reviewing the reports.', 'Israel Defense Forces'],
    ['Senator Jane Roe declined to comment on the vote but said she would back the bill.', 'Jane Roe'],
    ['Senator Jane Roe spoke first. She went on to warn that the economy would slow.', 'Jane Roe'],
    ['Jane Roe continued to insist that she was innocent.', 'Jane Roe'],
    ['The minister, Jane Roe, was quick to deny the claim.', 'Jane Roe'],
  ])('finds the statement in: %s', (text, name) => {
    expect(
      run(text.replace('The army', 'The Israeli military')).statements.map((s) => s.speaker.name),
    ).toEqual([name]);
  });

  it.each([
    // An infinitive joined to another is no statement of its own.
    'Jane Roe needs to sell herself and tell more jokes.',
    // 'put it' without 'as' reports nothing.
    'Jane Roe put it on the table and left.',
  ])('finds no statement in: %s', (text) => {
    expect(run(text).statements).toEqual([]);
  });

  it.each([
    // A paragraph that is one quotation and nothing else goes on with the speaker of the paragraph before.
    [
      'The school was hit.\n\n"This was a shelter," said Juliette Touma, a spokeswoman for UNRWA.\n\n"There is no safe place in Gaza. None."',
      ['Juliette Touma', 'Juliette Touma'],
    ],
    // Not a section title in quotation marks, and not after a paragraph that ends in other words.
    [
      'The school was hit.\n\n"This was a shelter," said Juliette Touma, a spokeswoman for UNRWA.\n\n"Legend in the Coal Fields."',
      ['Juliette Touma', null],
    ],
    [
      'The school was hit.\n\n"This was a shelter," said Juliette Touma, a spokeswoman for UNRWA. The army denied it.\n\n"There is no safe place in Gaza."',
      ['Juliette Touma', null],
    ],
  ])('carries the speaker into a quoted paragraph in: %s', (text, speakers) => {
    expect(run(text).quotes.map((q) => q.speaker?.name ?? null)).toEqual(speakers);
  });

  it.each([
    [
      'Brian Kessler shouted "Show me your hands!" two seconds before opening fire.',
      ['direct', 'Brian Kessler', 'shouted'],
    ],
    ['"Get out," the officer yelled.', ['direct', 'the officer', 'yelled']],
    [
      'Karen Obi, a law professor at Ohio State University who studies police use of force, said juries remain "extraordinarily reluctant" to second-guess officers.',
      ['partial', 'Karen Obi', 'said'],
    ],
  ])('reads a loud report verb and a long apposition as attribution in: %s', (text, expected) => {
    const q = run(text).quotes[0];
    expect([q?.kind, q?.speaker?.name, q?.verb]).toEqual(expected);
  });

  it.each([
    // A passive report verb's subject said nothing; 'shouted slogans' reports no words.
    "Malawi's embattled President Daniel Mwale was hastily declared the winner on Sunday.",
    'Residents were told to leave by the police.',
    'Protesters shouted slogans outside the court.',
  ])('finds no statement in: %s', (text) => {
    expect(run(text).statements).toEqual([]);
  });

  it('reads the sex of Akan day names, so "she" finds the woman named last, not a man quoted before', () => {
    const text =
      'Goldman Sachs economist Kojo Mensah warned that rates were high.\n\nFor small traders like Efua Darko, the crisis is already devastating. "Every week the price changes," she said.';
    expect(run(text).quotes.map((q) => q.speaker?.name)).toEqual(['Efua Darko']);
  });

  it.each([
    ["Moody's downgraded the country, saying debt was too high.", "Moody's"],
    ['The army struck targets in Gaza, saying they were Hamas sites.', 'The army'],
    ['Trump has tried to use the ad against Clinton, accusing her of being asleep.', 'Donald Trump'],
    ['"We will win," said the minister, adding that talks would go on.', 'the minister'],
  ])("gives a participle after a clause the clause's subject in: %s", (text, name) => {
    expect(run(text).statements.at(-1)?.speaker.name).toBe(name);
  });

  it.each([
    [
      'Benjamin Netanyahu met his cabinet. His office said in a statement that Israel would "continue to fight".',
      'Benjamin Netanyahu',
    ],
    [
      'Prime Minister Benjamin Netanyahu met his cabinet. The Prime Minister\'s Office said that Israel would "continue to fight".',
      'Benjamin Netanyahu',
    ],
  ])('gives words of an office to the office holder in: %s', (text, name) => {
    expect(run(text).quotes.map((q) => q.speaker?.name)).toEqual([name]);
  });

  it.each([['Holt spoke as supporters chanted "Bring it home."', ['direct', 'supporters', 'chanted']]])(
    'reads chanted words as attributed in: %s',
    (text, expected) => {
      const q = run(text).quotes[0];
      expect([q?.kind, q?.speaker?.name, q?.verb]).toEqual(expected);
    },
  );

  it.each([
    [
      'Small groups of protesters looped the streets around the stadium while chanting, "Hands up, don\'t shoot."',
      ['direct', 'Small groups of protesters', 'chanting'],
    ],
    [
      'Protesters marched through the streets while chanting, "No justice, no peace."',
      ['direct', 'Protesters', 'chanting'],
    ],
  ])('gives a chant to the people in the street in: %s', (text, expected) => {
    const q = run(text).quotes[0];
    expect([q?.kind, q?.speaker?.name, q?.verb]).toEqual(expected);
  });

  it.each([
    [
      'Buses arrived. Mayor Karen Holloway met the migrants. Speaking to reporters at City Hall, she called the transports "cruel and chaotic".',
      ['partial', 'Karen Holloway', 'called'],
    ],
    [
      'Mayor John Holloway said it was hard. He called the transports "cruel and chaotic".',
      ['partial', 'John Holloway', 'called'],
    ],
  ])('reads a label after a noun wink tags a verb in: %s', (text, expected) => {
    const q = run(text).quotes[0];
    expect([q?.kind, q?.speaker?.name, q?.verb]).toEqual(expected);
  });

  it.each([
    [
      'The Labour MP, Priya Sandhu, said: "This is a betrayal."',
      ['Priya Sandhu', 'British politics (Labour)'],
    ],
    [
      'The president of Ukraine said: "This is a betrayal."',
      ['The president of Ukraine', 'Ukrainian government'],
    ],
    [
      'The mayor of Springfield said: "This is a betrayal."',
      ['The mayor of Springfield', 'Regional and local government (country not named)'],
    ],
    ['The MP for Lambridge North said: "This is a betrayal."', ['The MP for Lambridge North', 'Politics']],
    ['The leader of Hamas said: "This is a betrayal."', ['The leader of Hamas', 'Hamas']],
    ['The head of the WHO said: "This is a betrayal."', ['head of the WHO', 'World Health Organization']],
    [
      'The president of the European Commission said: "This is a betrayal."',
      ['The president of the European Commission', 'European Commission'],
    ],
    ['A reporter for USA Today asked: "Is this a betrayal?"', ['A reporter for USA Today', 'News media']],
  ])('gives the post, with its seat, country or body, the words in: %s', (text, [name, camp]) => {
    const q = run(text).quotes[0];
    expect([q?.speaker?.name, q?.speaker?.camp, q?.speaker?.type]).toEqual([name, camp, 'person']);
  });

  it.each([
    // A body after the post is no speaker of its own, nor is a place.
    ['The head of the WHO said: "This is a betrayal."', 'World Health Organization'],
    ['The president of Ukraine said: "This is a betrayal."', 'Ukraine'],
    ['The mayor of Springfield said: "This is a betrayal."', 'Springfield'],
  ])('gives no quote to the body or place after a post in: %s', (text, name) => {
    expect(run(text).quotes.map((q) => q.speaker?.name)).not.toContain(name);
  });

  it.each([
    [
      'Zhang Chi, a professor at the PLA National Defense University, told the Global Times that the drills were "highly realistic." "The operations are a just action," Zhang said.',
      ['Zhang Chi', 'Zhang Chi'],
    ],
    [
      'Lai Ching-te gave a speech. Zhu Fenglian said on Monday that the remarks were wrong. Lai had "betrayed compatriots," Zhu said. "Taiwan is part of China," she said.',
      ['Zhu Fenglian', 'Zhu Fenglian'],
    ],
    ['Another expert, Li Fei of Xiamen University, said the leader was "playing with fire."', ['Li Fei']],
    ['Li Fei of Xiamen University said the leader was "playing with fire."', ['Li Fei']],
    [
      'One factory owner in the province of Buenos Aires said: "Imports are flooding in."',
      ['One factory owner'],
    ],
  ])(
    'finds the speaker by family name, over the subject of their words, or before where they work in: %s',
    (text, names) => {
      expect(run(text).quotes.map((q) => q.speaker?.name)).toEqual(names);
    },
  );

  it.each([
    // Neither the one spoken about, nor the place, nor the university speaks.
    [
      'Lai Ching-te gave a speech. Zhu Fenglian said on Monday that the remarks were wrong. Lai had "betrayed compatriots," Zhu said. "Taiwan is part of China," she said.',
      'Lai Ching-te',
    ],
    ['One factory owner in the province of Buenos Aires said: "Imports are flooding in."', 'Argentina'],
    ['Li Fei of Xiamen University said the leader was "playing with fire."', 'Li Fei of Xiamen University'],
  ])('gives no words to the one spoken about or where the speaker is in: %s', (text, name) => {
    expect(run(text).quotes.map((q) => q.speaker?.name)).not.toContain(name);
  });

  it.each([
    [
      'An Amazon spokesperson said: "We respect the process." One, who asked not to be named for fear of losing her job, said breaks were timed to the second. "You get 30 minutes," she said.',
      [
        ['An Amazon spokesperson', 'Business'],
        ['One', 'Anonymous sources'],
      ],
    ],
    [
      'Amazon, which has fought off similar efforts in Alabama, said it would "respect the outcome".',
      [['Amazon', 'Business']],
    ],
    [
      'Labour\'s Priya Ahmed, the MP for Coventry North West, said the vote was "about dignity, not disruption".',
      [['Priya Ahmed', 'British politics (Labour)']],
    ],
    [
      'The Rapid Support Forces denied blocking aid. It said it was ready to open "safe corridors" for civilians.',
      [['Rapid Support Forces', 'Rapid Support Forces']],
    ],
    [
      'Senior lawyer Hamid Khan called it "the darkest day for the judiciary". According to him, the bench had "openly sided with the powerful".',
      [
        ['Hamid Khan', 'Lawyers (defence or private)'],
        ['Hamid Khan', 'Lawyers (defence or private)'],
      ],
    ],
  ])('finds the speaker from the warehouse, Westminster and Sudan probes in: %s', (text, expected) => {
    expect(run(text).quotes.map((q) => [q.speaker?.name, q.speaker?.camp])).toEqual(expected);
  });

  it.each([
    // 'Coventry North West' is a constituency; the spokesperson said only the first words.
    [
      'Labour\'s Priya Ahmed, the MP for Coventry North West, said the vote was "about dignity, not disruption".',
      'Coventry North West',
    ],
  ])('gives no words to a seat in: %s', (text, name) => {
    expect(run(text).quotes.map((q) => q.speaker?.name)).not.toContain(name);
  });

  it.each([
    [
      'Beijing, which regards Lai as a "dangerous separatist", refused to talk.',
      ['partial', 'China', 'regards'],
    ],
    ['Beijing regards Lai as a "dangerous separatist".', ['partial', 'China', 'regards']],
    ['La Nación has spent the week warning of "chaos" in the streets.', ['partial', 'La Nación', 'warning']],
  ])('reads a label someone holds or warns of in: %s', (text, expected) => {
    const q = run(text).quotes[0];
    expect([q?.kind, q?.speaker?.name, q?.verb]).toEqual(expected);
  });

  it.each([
    ['With regard to the "reforms", nothing changed.'],
    ['Analysts regard the move with "deep concern".'],
  ])('reads no label without an "as" in: %s', (text) => {
    expect(run(text).quotes.map((q) => q.kind)).toEqual(['scare']);
  });

  it.each([
    [
      'Planned Parenthood issued a statement vowing to "keep fighting."',
      ['Planned Parenthood', 'Abortion-rights groups'],
    ],
    [
      'The two dissenting justices warned that the majority had "abandoned" decades of precedent.',
      ['two dissenting justices', 'Courts'],
    ],
    [
      'Amnesty International\'s South Asia office said the conviction "reeks of political persecution".',
      ['Amnesty International', 'Rights groups'],
    ],
    [
      'The UN Office for the Coordination of Humanitarian Affairs (OCHA) said 89 civilians had been killed. Its head in Sudan, Clementine Nkweta-Salami, described the situation as "a catastrophe unfolding in plain sight".',
      ['Clementine Nkweta-Salami', 'OCHA'],
    ],
    [
      'The Sudan Doctors Network said 40 people were killed. The network condemned the "ongoing genocide" in the city.',
      ['Sudan Doctors Network', 'Rights groups'],
    ],
  ])(
    'finds the body or person behind a statement, an office or a back reference in: %s',
    (text, expected) => {
      const q = run(text).quotes.at(-1);
      expect([q?.speaker?.name, q?.speaker?.camp]).toEqual(expected);
    },
  );

  it.each([
    [
      '"We urge Beijing to avoid pressure against Taiwan," a State Department spokesperson said in an emailed statement, adding that the United States remained committed to its "one China" policy.',
      ['a State Department spokesperson', 'a State Department spokesperson'],
    ],
    [
      'Amazon\'s UK country manager, Neil Carver, wrote to staff urging them to "think carefully" before voting.',
      ['Neil Carver'],
    ],
  ])('finds who adds or urges, not a name inside the quotation or an owner in: %s', (text, names) => {
    expect(run(text).quotes.map((q) => q.speaker?.name)).toEqual(names);
  });

  it.each([
    [
      '"Everybody is going to be looking over their shoulder," said one emergency physician in Louisville who was not authorized to speak publicly.',
      [['one emergency physician', 'anonymous']],
    ],
    [
      '"We are grateful," said Brenda Kessler. One woman who traveled from Bowling Green to Illinois, and who spoke on condition of anonymity to protect her privacy, said the ruling left her "angry but not surprised." "I had to drive six hours," she said.',
      [
        ['Brenda Kessler', 'person'],
        ['One woman', 'anonymous'],
        ['One woman', 'anonymous'],
      ],
    ],
  ])('finds an unnamed speaker described with a who clause in: %s', (text, expected) => {
    expect(run(text).quotes.map((q) => [q.speaker?.name, q.speaker?.type])).toEqual(expected);
  });

  it.each([
    [
      '"We are being strangled," fumed Jean-Pierre Moreau, 58, a cereal grower.',
      ['Jean-Pierre Moreau', 'fumed'],
    ],
    ['"No," raged Smith.', ['Smith', 'raged']],
    ['"No," seethed the minister.', ['the minister', 'seethed']],
    [
      'National Security Minister Itamar Ben Gvir threatened to quit, saying the deal would free "terrorists with blood on their hands."',
      ['Itamar Ben Gvir', 'saying'],
    ],
  ])("attributes angry verbs and a post named with an outlet's word in: %s", (text, expected) => {
    const q = run(text).quotes[0];
    expect([q?.speaker?.name, q?.verb]).toEqual(expected);
  });

  it.each([
    // Fires and battles rage; Republicans seethe at a disclosure whose words are not theirs.
    ['Fires raged across the hills as residents fled, "terrified," one said.'],
    ['Republicans seethed after the disclosure that her "work-related" emails were sorted.'],
  ])('reads no words from rage at things in: %s', (text) => {
    expect(run(text).quotes.filter((q) => q.verb === 'raged' || q.verb === 'seethed')).toEqual([]);
  });

  it.each([
    [
      'Residents reached by telephone confirmed the attack. "We heard gunfire all night," one said.',
      ['one of the residents', 'anonymous'],
    ],
    ['Protesters gathered outside. "We are not afraid," said one.', ['one of the protesters', 'anonymous']],
    ['The prime minister spoke. "We will not stop," the PM warned.', ['the PM', 'person']],
  ])('finds one of a group, and the PM, speaking in: %s', (text, expected) => {
    const q = run(text).quotes[0];
    expect([q?.speaker?.name, q?.speaker?.type]).toEqual(expected);
  });

  it.each([
    ['No one said anything. "We will see," the mayor said.', 'the mayor'],
    ['Which one said it? "Nobody knows," the mayor said.', 'the mayor'],
  ])("makes no speaker of 'no one' or 'which one' in: %s", (text, speaker) => {
    expect(run(text).quotes.map((q) => q.speaker?.name)).toEqual([speaker]);
  });

  it.each([
    [
      'Professor Han Sang-hee said the move was illegal. A senior military officer, speaking on condition of anonymity, told Reuters that soldiers had been reluctant. "Nobody wanted to point a weapon at lawmakers," the officer said.',
      ['A senior military officer', 'anonymous'],
    ],
    [
      'Former President Jair Bolsonaro called the operation "a war". Lula vowed to end deforestation. "The Amazon is not a sanctuary for criminals," the president said.',
      ['Luiz Inácio Lula da Silva', 'person'],
    ],
    ['Former President Donald Trump spoke. "No," the former president said.', ['Donald Trump', 'person']],
  ])("gives 'the officer' and 'the president' to the right one in: %s", (text, expected) => {
    const q = run(text).quotes.at(-1);
    expect([q?.speaker?.name, q?.speaker?.type]).toEqual(expected);
  });

  it.each([
    [
      'Democratic Party leader Lee Jae-myung spoke first. "We cannot go back to those dark days," said Lee Soon-ja, 68, holding a candle.',
      'Lee Soon-ja',
    ],
    [
      'Health Secretary Robert F. Kennedy Jr. has struck a more balanced tone. "It is a personal choice," Kennedy told Fox News.',
      'Robert F. Kennedy Jr.',
    ],
    [
      '"We have no choice," said Ahmed, a 24-year-old from Khartoum, who asked that his surname not be used.',
      'Ahmed',
    ],
  ])('names the speaker in full, and only the speaker, in: %s', (text, name) => {
    expect(run(text).quotes.map((q) => q.speaker?.name)).toEqual([name]);
    expect(run(text).statements.map((s) => s.speaker.name)).toEqual([name]);
  });

  it.each([
    [
      'Holbrooks said he was not blaming parents. "Nobody sat down with them and explained the risks."',
      'Holbrooks',
    ],
    [
      'Holbrooks said he was not blaming parents.\n\n"Nobody sat down with them and explained the risks."',
      'Holbrooks',
    ],
    ['Holbrooks said he was not blaming parents. The crowd chanted. "Nobody sat down with them."', undefined],
    ['Holbrooks said the plan was a "disaster" and left.', 'Holbrooks'],
  ])('gives a quotation of its own sentence to who spoke in the sentence before, in: %s', (text, name) => {
    expect(run(text).quotes.map((q) => q.speaker?.name)).toEqual([name]);
  });

  it.each([
    [
      'A resident of Petare, who spoke on condition of anonymity, said: "They came at night."',
      ['A resident', 'anonymous'],
    ],
    [
      'In a statement, the US embassy in Mexico City said "an independent judiciary is essential."',
      ['US embassy', 'organisation'],
    ],
    [
      'Attorney General Tarek William Saab spoke. A European diplomat in Caracas, speaking on condition of anonymity, was blunt. "Nobody believes those numbers," the diplomat said.',
      ['A European diplomat in Caracas', 'anonymous'],
    ],
  ])('finds the speaker, not a place or an official met before, in: %s', (text, expected) => {
    const q = run(text).quotes.at(-1);
    expect([q?.speaker?.name, q?.speaker?.type]).toEqual(expected);
  });

  it.each([
    ['Wes Streeting spoke. He has branded the strike "unnecessary".', ['Wes Streeting', 'partial']],
    [
      'The summit\'s host, Mukhtar Babayev, a former executive at the state oil company Socar, hailed the deal as "historic".',
      ['Mukhtar Babayev', 'partial'],
    ],
    [
      'Judge Amit Mehta of the U.S. District Court for the District of Columbia said the proposal was "not a good fit".',
      ['Amit Mehta', 'partial'],
    ],
    [
      'A Kenyan officer, speaking to Radio Télé Métropole, said his unit had "no night vision".',
      ['A Kenyan officer', 'partial'],
    ],
  ])('finds the person, not a body in their description, in: %s', (text, expected) => {
    const q = run(text).quotes.at(-1);
    expect([q?.speaker?.name, q?.kind]).toEqual(expected);
  });

  it.each([
    [
      'Lai Chee-ying, the founder of Apple Daily, was convicted. A spokesperson for the Hong Kong government said the trial was fair. "The defendant was afforded every right under the law," the spokesperson said.',
      ['A spokesperson for the Hong Kong government', 'Hong Kong government', 'said'],
    ],
    [
      '"I have colleagues sleeping in their cars," said one 27-year-old doctor in Leeds, who asked not to be named.',
      ['one 27-year-old doctor', 'Civilians and public', 'said'],
    ],
  ])(
    'gives the quote to the spokesperson or the unnamed doctor, with the verb that reports it, in: %s',
    (text, expected) => {
      const q = run(text).quotes.at(-1);
      expect([q?.speaker?.name, q?.speaker?.camp, q?.verb]).toEqual(expected);
    },
  );

  it.each([
    ['"No," said one 27-year-old doctor in Leeds, who asked not to be named.', 'anonymous'],
    ['"No," said a teacher, adding that officials who spoke on condition of anonymity agreed.', 'person'],
  ])('keeps an unnamed speaker anonymous only on their own clause in: %s', (text, type) => {
    expect(run(text).quotes[0]?.speaker?.type).toBe(type);
  });

  it.each([
    [
      'Otunge said the mission was working. Chérizier, a former police officer who has been sanctioned by the U.S. and the U.N., responded with a video. "If they want war, they will have war," he said.',
      ['Chérizier', 'Security services (country not named)'],
    ],
    [
      'Howard Dean spoke on Monday. Dean, a former party chairman, defended the tweet. "It was a joke," he said.',
      ['Howard Dean', 'Unaffiliated or unknown'],
    ],
  ])('takes a one-word name described in apposition as the sentence subject in: %s', (text, expected) => {
    const q = run(text).quotes.at(-1);
    expect([q?.speaker?.name, q?.speaker?.camp]).toEqual(expected);
  });

  it.each([
    ['Modi said the verdict showed that the people had rejected "negative politics".', 'Narendra Modi'],
    [
      'Foreign Minister Yván Gil said in a statement that Venezuela rejected "the interventionist declarations".',
      'Yván Gil',
    ],
    ['Critics said Israel called the strike "a mistake".', 'Israel'],
  ])('gives words put to a country or the public to the person reporting them in: %s', (text, name) => {
    expect(run(text).quotes.map((q) => q.speaker?.name)).toEqual([name]);
  });

  it("finds 'An EU official involved in ...' and 'the official' after it", () => {
    const { quotes } = run(
      'An EU official involved in coordinating the bloc\'s position said Russia was "playing for time". "Every week counts," the official said.',
    );
    expect(quotes.map((q) => [q.kind, q.speaker?.type, q.speaker?.camp])).toEqual([
      ['partial', 'anonymous', 'European Union'],
      ['direct', 'anonymous', 'European Union'],
    ]);
  });

  it("gives a participle's quotation to the sentence's opening subject, not a body named in the clause before", () => {
    const { quotes } = run(
      'The government rejected allegations by Human Rights Watch that foreign troops remained in the region, calling them "baseless".',
    );
    expect(quotes.map((q) => [q.speaker?.name, q.verb])).toEqual([['The government', 'calling']]);
  });

  it.each([
    [
      'The interim administration led by Getachew Reda welcomed the deal. "We are working hand in hand," Getachew said.',
      'Getachew Reda',
    ],
    ['Minister of Peace Binalf Andualem said the talks would "resume soon".', 'Binalf Andualem'],
  ])('names the person, by the given name or after a portfolio, in: %s', (text, name) => {
    expect(run(text).quotes.map((q) => q.speaker?.name)).toEqual([name]);
  });

  it.each([
    [
      '"We will sue," said Rose Godinez, legal director of the ACLU of Nebraska.',
      ['Rose Godinez', 'Rights groups'],
    ],
    [
      'Bishop Joseph Hanefeldt of the Catholic Diocese of Grand Island urged prayers for the families. "We pray for them," the bishop said.',
      ['Joseph Hanefeldt', 'Civilians and public'],
    ],
  ])('places a speaker by the body of their post, and finds a bishop again, in: %s', (text, expected) => {
    const q = run(text).quotes.at(-1);
    expect([q?.speaker?.name, q?.speaker?.camp]).toEqual(expected);
    expect(analyzeArticle(text).sources.map((s) => s.name)).not.toContain('Grand Island');
  });

  it.each([
    ['Maduro spoke on state television. "We will not surrender," the president said.', 'Nicolás Maduro'],
    ['Emmanuel Macron met farmers. "I hear your anger," the French president told them.', 'Emmanuel Macron'],
    ['Lavrov spoke in Ankara. "We are ready," the foreign minister said.', 'Sergey Lavrov'],
    // A holder titled in the text comes first: in 2016 'the president' was Obama, though Trump is listed.
    ['President Obama met Trump. "It went well," the president said.', 'Barack Obama'],
  ])(
    'finds a listed office holder named without a title from a description of the post in: %s',
    (text, name) => {
      expect(run(text).quotes.map((q) => q.speaker?.name)).toEqual([name]);
    },
  );

  it.each([
    ['Kamala Harris spoke. "No," the president said.', 'the president'],
    ['Netanyahu spoke. "Maybe," the foreign minister said.', 'the foreign minister'],
    ['Macron spoke. "Yes," the German president said.', 'the German president'],
  ])('does not give a description to a listed holder of another post or country in: %s', (text, name) => {
    expect(run(text).quotes.map((q) => q.speaker?.name)).toEqual([name]);
  });

  it.each([
    [
      'Fenwick president Lana Payne urged Carney to "hit back hard".',
      ['Lana Payne', 'Unaffiliated or unknown'],
    ],
    ['"It matters," said Harvard president Claudine Gay.', ['Claudine Gay', 'Unaffiliated or unknown']],
    [
      'The AfD won 20.8 percent. "He gambled with democracy," Green Party co-leader Franziska Brantner said.',
      ['Franziska Brantner', 'Politics'],
    ],
    [
      'Canada will impose counter-tariffs on American goods, Prime Minister Mark Carney announced Tuesday. "We will not back down," Carney said.',
      ['Mark Carney', 'Canadian government'],
    ],
    [
      'The US billionaire has been accused of meddling by German officials, including government spokesman Steffen Hebestreit, who said Musk was trying to "influence the election."',
      ['Steffen Hebestreit', 'German government'],
    ],
    [
      'Yunus was sworn in on Thursday. "Bangladesh has got a second independence," the chief adviser told reporters.',
      ['Muhammad Yunus', 'Bangladeshi government'],
    ],
  ])(
    'places a speaker by what the title and the sentence say of whose post it is in: %s',
    (text, expected) => {
      const q = run(text).quotes.at(-1);
      expect([q?.speaker?.name, q?.speaker?.camp]).toEqual(expected);
    },
  );

  it.each([
    ['"No," said Kenyan president William Ruto.', ['William Ruto', 'Kenyan government']],
    [
      'The AfD won 20.8 percent. "We won," party co-leader Tino Chrupalla said.',
      ['Tino Chrupalla', 'German politics (Alternative for Germany)'],
    ],
    [
      'Canada said American officials had lied, and Secretary of State Marco Rubio said "no".',
      ['Marco Rubio', 'United States government'],
    ],
  ])('keeps the country or party a title or the text gives in: %s', (text, expected) => {
    const q = run(text).quotes.at(-1);
    expect([q?.speaker?.name, q?.speaker?.camp]).toEqual(expected);
  });

  it.each([
    [
      'Rodrigo Duterte was arrested on Tuesday. Randy delos Santos, whose nephew was shot dead by police in 2017, said he cried. "We waited so long for this day," he told Rappler.',
      'Randy delos Santos',
    ],
    ['Gloria de los Reyes said the vote was "a sham".', 'Gloria de los Reyes'],
    [
      '"The longer this goes on, the worse it gets," said Cai von Rumohr, an analyst at TD Cowen.',
      'Cai von Rumohr',
    ],
  ])('reads a name with lowercase particles or a given name wink mistags in: %s', (text, name) => {
    expect(run(text).quotes.at(-1)?.speaker?.name).toBe(name);
  });

  it('gives a businessman described after an official to no official met before', () => {
    const { quotes } = run(
      'Clinton, the former secretary of State, spoke first. Trump, appearing after Clinton, cited problems. "We need change," the New York businessman said.',
    );
    expect(quotes.map((q) => [q.speaker?.name, q.speaker?.camp])).toEqual([
      ['the New York businessman', 'Business'],
    ]);
  });

  it.each([
    [
      'Richard Aboulafia, managing director of consulting firm AeroDynamic Advisory, said the strike was "a symptom of decades of short-term thinking".',
      ['Richard Aboulafia', 'Experts and analysts'],
    ],
    ['The research group Capital Alpha said it was "too early".', ['Capital Alpha', 'Experts and analysts']],
  ])('reads a name after the kind of body it is as that body in: %s', (text, expected) => {
    const q = run(text).quotes.at(-1);
    expect([q?.speaker?.name, q?.speaker?.camp]).toEqual(expected);
  });

  it('still reads a title and a person after a kind noun', () => {
    const q = run('The company CEO Tim Cook said the results were "fine".').quotes.at(-1);
    expect([q?.speaker?.name, q?.speaker?.type]).toEqual(['Tim Cook', 'person']);
  });

  it.each([
    [
      'Sky News Australia host Peta Credlin, a former chief of staff to Tony Abbott, said the Coalition had run "the worst campaign in living memory."',
      'Peta Credlin',
    ],
    [
      'Elon Musk, the South African-born billionaire who advises Trump, has also weighed in, accusing the government of having "openly racist ownership laws."',
      'Elon Musk',
    ],
  ])(
    'gives the quotation to the subject, not to a person named inside its apposition, in: %s',
    (text, name) => {
      expect(run(text).quotes.map((q) => q.speaker?.name)).toEqual([name]);
    },
  );

  it.each([
    'Vincent Magwenya, the presidential spokesperson, dismissed the White House claims as "misinformation".',
    'Jane Doe, a spokeswoman for the interior ministry, dismissed the Pentagon report as "rubbish".',
  ])("takes no country from what the speaker's verb acts on in: %s", (text) => {
    expect(run(text).quotes.map((q) => q.speaker?.camp)).toEqual(['Government (country not named)']);
  });

  it("finds another unnamed official, described with a noun, and 'the official' after them", () => {
    const { quotes } = run(
      'Matteo Bruni, the Vatican spokesman, confirmed the vote. Another senior church official, speaking anonymously, was blunter. "Nobody knows what he really thinks," the official said.',
    );
    expect(quotes.map((q) => [q.speaker?.name, q.speaker?.type])).toEqual([
      ['Another senior church official', 'anonymous'],
    ]);
  });

  it.each([
    [
      '"We have concerns," said Sarah Pearson, a spokeswoman for SNAP, the survivors\' network.',
      'Unaffiliated or unknown',
    ],
    [
      '"We have concerns," said Sarah Pearson, a spokeswoman for Bellweather Trust.',
      'Unaffiliated or unknown',
    ],
    ['"No," said Sarah Pearson, a spokeswoman for the Pentagon.', 'United States government'],
    [
      '"No," said Sarah Pearson, a spokeswoman for Gov. Kathy Hochul.',
      'United States state and local government',
    ],
  ])('makes a spokesperson for a body nothing is known about no official in: %s', (text, camp) => {
    expect(run(text).quotes.map((q) => q.speaker?.camp)).toEqual([camp]);
  });

  it('finds a body again by the initials the text gave it in brackets', () => {
    const text =
      'The Oregon Health Authority (OHA) said the outbreak was slowing. "We are not out of the woods," OHA said.';
    expect(run(text).quotes.map((q) => [q.speaker?.name, q.speaker?.camp])).toEqual([
      ['Oregon Health Authority', 'United States state and local government'],
    ]);
  });

  it.each([
    [
      'He Yongqian, a spokeswoman for the ministry, told a briefing that China was willing to talk. "The door to dialogue remains open," she said.',
      'He Yongqian',
    ],
    ['"Fine," said Vice Premier He Lifeng.', 'He Lifeng'],
    [
      '"Rwanda has crossed a red line," Foreign Minister Therese Kayikwamba Wagner told the council.',
      'Therese Kayikwamba Wagner',
    ],
  ])('reads the surname He and a surname the gazetteer knows as part of a name in: %s', (text, name) => {
    expect(run(text).quotes.at(-1)?.speaker?.name).toBe(name);
  });

  it('still reads the pronoun He', () => {
    const text = 'Marco Rubio spoke on Monday. He said the talks were "useful".';
    expect(run(text).quotes.map((q) => q.speaker?.name)).toEqual(['Marco Rubio']);
  });

  it('finds someone kept unnamed by a clause, whatever their trade, and "he said" after them', () => {
    const text =
      'Trump said the aid would stop. One maize grower, who asked not to be named for fear of reprisals, said he had begun looking abroad. "It is over," he said.';
    expect(run(text).quotes.map((q) => [q.speaker?.name, q.speaker?.type])).toEqual([
      ['One maize grower', 'anonymous'],
    ]);
  });

  it.each([
    ['Claudiu Tarziu spoke on Sunday. He added that the party expected "a landslide."', 'Claudiu Tarziu'],
    ['Jane Doe said the company hoped for "a quick recovery."', 'Jane Doe'],
    ['Jane Doe said the company had warned of "a slow recovery."', 'the company'],
  ])('gives words put to what someone expects or hopes to the one reporting it in: %s', (text, name) => {
    expect(run(text).quotes.map((q) => q.speaker?.name)).toEqual([name]);
  });

  it.each([
    [
      'HAVANA — Residents of several Cuban cities took to the streets, banging pots and shouting "Corriente y comida" as the government struggled.',
      'Residents',
    ],
    [
      'QUITO (AFP) — President Daniel Noboa extended the emergency, saying he needed to "finish the job".',
      'Daniel Noboa',
    ],
    ['HAVANA, Oct 19 (Reuters) - Residents said the lights were "gone again".', 'Residents'],
  ])('names no one by the dateline in: %s', (text, name) => {
    expect(run(text).quotes.map((q) => q.speaker?.name)).toEqual([name]);
    expect(analyzeArticle(text).sources.map((s) => s.type)).not.toContain('government');
  });

  it.each([
    ['"It failed," Joel Kaplan, Meta\'s chief global affairs officer, wrote.', 'Business'],
    ['"No," said Auditor General Karen Hogan.', 'Unaffiliated or unknown'],
    [
      '"Greenland is not for sale," Greenland\'s premier, Jens-Frederik Nielsen, told reporters.',
      'Greenlandic government',
    ],
  ])('reads a company officer, an auditor general and Greenland in: %s', (text, camp) => {
    expect(run(text).quotes.map((q) => q.speaker?.camp)).toEqual([camp]);
  });

  it.each([
    ['"We targeted the ship," Houthi spokesman Yahya Saree said.', ['Yahya Saree', 'Houthis']],
    [
      'Abdul Malik al-Houthi said the attacks would "continue".',
      ['Abdul Malik al-Houthi', 'Unaffiliated or unknown'],
    ],
    [
      'He Yadong, a spokesman for the Commerce Ministry, said it was "bullying". Trump has hinted he will rescue the app. "I have a warm spot for TikTok," the incoming president told reporters.',
      ['Donald Trump', 'United States government'],
    ],
  ])(
    'reads the Houthi adjective, a family name after al-, and a listed holder described in: %s',
    (text, expected) => {
      const q = run(text).quotes.at(-1);
      expect([q?.speaker?.name, q?.speaker?.camp]).toEqual(expected);
    },
  );

  it.each([
    [
      '"We cook with charcoal," said Yamile, a 52-year-old retired teacher in the Centro Habana district.',
      'Yamile',
    ],
    ['"It is hard," said Yordanis, a 34-year-old bricklayer who spoke by telephone.', 'Yordanis'],
  ])('places someone described by age and trade among the public in: %s', (text, name) => {
    const q = run(text).quotes.at(-1);
    expect([q?.speaker?.name, q?.speaker?.camp]).toEqual([name, 'Civilians and public']);
  });

  it.each([
    ['"No," said Orlando Gutierrez, the leader of the Cuban Democratic Directorate.', 'Cuban politics'],
    [
      '"No," said Jane Roe, a spokeswoman for the Democratic National Committee.',
      'United States politics (Democratic)',
    ],
  ])("reads a party's word after another country's as part of a name there in: %s", (text, camp) => {
    expect(run(text).quotes.map((q) => q.speaker?.camp)).toEqual([camp]);
  });

  it.each([
    ['"Enough," said Hans Grundberg, the UN special envoy for Yemen.', 'United Nations'],
    ['"No," said French Ambassador to the US Jean Roe.', 'French government'],
  ])('takes no country from where an envoy is sent in: %s', (text, camp) => {
    expect(run(text).quotes.map((q) => q.speaker?.camp)).toEqual([camp]);
  });

  it('sets no story in the country of the companies it names, nor gives a body-named spokesperson the company before', () => {
    const text =
      'The association represents Amazon, Google and Meta. Google said the rules were "unworkable". "There is no pause," Commission spokesperson Thomas Regnier told reporters in Brussels.';
    expect(run(text).quotes.at(-1)?.speaker?.camp).toBe('Government (country not named)');
  });

  it.each([
    [
      'Heather Barr spoke. One activist in Kabul, who asked to remain anonymous, said schools were being raided. "They search homes," she said.',
      'One activist in Kabul',
    ],
  ])('finds someone described before a capital and a clause that keeps them unnamed in: %s', (text, name) => {
    expect(run(text).quotes.at(-1)?.speaker?.name).toBe(name);
  });

  it('gives the statement to the body, not to the last of the names its clause lists', () => {
    const text =
      'The Digital Trade Alliance, which represents Amazon, Google and Meta, said the timeline was "unworkable".';
    expect(run(text).quotes.map((q) => q.speaker?.name)).toEqual(['Digital Trade Alliance']);
  });

  it.each([['⟀ĸƁ —\n'], ['HAVANA —'], ['KYIV (AP) -']])(
    'reads a block that is only a dateline, %j, without failing',
    (text) => {
      expect(run(text).quotes).toEqual([]);
    },
  );

  it.each([
    [
      'A 15-year-old from Herat told the BBC: "We have nothing left."',
      'A 15-year-old',
      'Civilians and public',
    ],
    [
      'A 24-year-old from Khartoum said: "We fled at night."',
      'A 24-year-old from Khartoum',
      'Sudanese civilians and public',
    ],
    [
      'A mother of three from Gaza City told AFP: "We fled at night."',
      'A mother of three from Gaza City',
      'Palestinian civilians and public',
    ],
    [
      'A resident of Gaza City said: "We fled."',
      'A resident of Gaza City',
      'Palestinian civilians and public',
    ],
  ])(
    'gives the words of someone described before where they are from to them, not the place, in: %s',
    (text, name, camp) => {
      const q = run(text).quotes.at(-1);
      expect([q?.speaker?.name, q?.speaker?.camp]).toEqual([name, camp]);
    },
  );

  it.each([
    ['Officials in Khartoum said: "The talks failed."', 'Sudanese government'],
    ['The ambassador of Sudan said: "The talks failed."', 'Sudanese government'],
    ['Khartoum said: "The talks failed."', 'Sudanese government'],
  ])('still reads a capital as its government where no one is described as from it in: %s', (text, camp) => {
    expect(run(text).quotes.at(-1)?.speaker?.camp).toBe(camp);
  });

  it.each([
    [
      'Sanae Takaichi, a hard-line conservative and protege of the late Prime Minister Shinzo Abe, won the vote. "I will work," Takaichi said.',
      'Japanese government',
    ],
    [
      'Yoshihiko Noda, leader of the main opposition Constitutional Democratic Party of Japan, said: "The LDP has chosen the past."',
      'Japanese politics (Constitutional Democratic Party of Japan)',
    ],
    ['"No," said Conservative MP Jane Roe.', 'British politics (Conservative)'],
    ['"No," said Democratic Senator Jane Roe.', 'United States politics (Congress, Democratic)'],
  ])(
    'takes a party only from its capitalised name, and a party named for a country as that country’s, in: %s',
    (text, camp) => {
      expect(run(text).quotes.at(-1)?.speaker?.camp).toBe(camp);
    },
  );

  it.each([
    ['"No," said Kenyan public health campaigner Dr. Achieng Otieno.', 'Achieng Otieno'],
    ['"No," said Greenpeace EU climate campaigner Lisa Göldner.', 'Lisa Göldner'],
    ['"No," said the Kenyan public health ministry.', 'the Kenyan public health ministry'],
  ])('reads a field between a country or body and a post as part of the title in: %s', (text, name) => {
    expect(run(text).quotes.at(-1)?.speaker?.name).toBe(name);
  });

  it.each([
    ['The Democratic Republic of the Congo said: "No."', 'Congolese government'],
    ['The United Arab Emirates said: "No."', 'Emirati government'],
  ])('reads a country named in three words or more as that country in: %s', (text, camp) => {
    expect(run(text).quotes.at(-1)?.speaker?.camp).toBe(camp);
  });

  it.each([
    ['Western governments are offering Africa what critics call "crumbs from the table."', 'critics'],
    ['Critics call it "crumbs from the table."', 'Critics'],
    [
      'The outbreak in the Democratic Republic of Congo is spreading, and donors offer what critics call "crumbs."',
      'critics',
    ],
  ])('gives a label to the people who call it so, though wink tags "call" a noun, in: %s', (text, name) => {
    const q = run(text).quotes.at(-1);
    expect([q?.kind, q?.speaker?.name]).toEqual(['partial', name]);
  });

  it.each([['He made a phone call "to check."'], ['What they call "reform" is a cut.']])(
    'finds no caller where there is none in: %s',
    (text) => {
      expect(run(text).quotes.at(-1)?.speaker).toBeNull();
    },
  );

  it.each([
    [
      'Outside the United States, the World Health Organization said the risk was low, while cautioning that the situation was "evolving."',
      'World Health Organization',
    ],
    [
      'After the vote in Geneva, the World Health Organization said the risk was low, while cautioning that it was "evolving."',
      'World Health Organization',
    ],
  ])(
    'takes the subject after an opening phrase of where or when, not a place inside it, in: %s',
    (text, name) => {
      expect(run(text).quotes.at(-1)?.speaker?.name).toBe(name);
    },
  );

  it.each([
    [
      'Angela Rasmussen, a virologist at the Vaccine and Infectious Disease Organization, said the response had been "reactive."',
      'Angela Rasmussen',
    ],
    [
      'The Vaccine and Infectious Disease Organization said the risk was "low."',
      'Vaccine and Infectious Disease Organization',
    ],
  ])('reads a name ending in Organization as a body in: %s', (text, name) => {
    expect(run(text).quotes.at(-1)?.speaker?.name).toBe(name);
  });

  it.each([
    [
      'A senior banker, speaking on condition of anonymity, told Reuters that investor confidence "remains fragile".',
      'A senior banker',
      'Business',
    ],
    [
      '"These were not warning shots," said a senior doctor at the hospital who asked not to be named because he was not authorised to speak.',
      'a senior doctor at the hospital',
      'Civilians and public',
    ],
    [
      '"She is seen as the heir," said Naomi Fink, chief global strategist at Amova Asset Management.',
      'Naomi Fink',
      'Experts and analysts',
    ],
    ['"No," said Steve Bannon, the chief strategist of the campaign.', 'Steve Bannon', 'Politics'],
  ])('finds bankers, unnamed doctors and market strategists where they speak in: %s', (text, name, camp) => {
    const q = run(text).quotes.at(-1);
    expect([q?.speaker?.name, q?.speaker?.camp]).toEqual([name, camp]);
  });

  it('keeps a doctor at the hospital who asked not to be named anonymous', () => {
    const q = run('"No," said a senior doctor at the hospital who asked not to be named.').quotes[0];
    expect(q?.speaker?.type).toBe('anonymous');
  });

  it.each([
    ['Ruth Luque, one of the few legislators, said the vote was "a farce."', 'Ruth Luque'],
    [
      'Ruth Luque, one of the few legislators who had pushed for the removal from the start, said the vote was "a farce."',
      'Ruth Luque',
    ],
    ['One of the legislators said the vote was "a farce."', 'One of the legislators'],
  ])('gives the words to the one named before "one of" a group in: %s', (text, name) => {
    expect(run(text).quotes.at(-1)?.speaker?.name).toBe(name);
  });

  it('gives a partial quote inside what an anonymous source said to the source, not the country it names', () => {
    const text =
      'A Chinese diplomat familiar with the matter, speaking on condition of anonymity, said Beijing had proposed "temporary special arrangements" for the crew.';
    const q = run(text).quotes[0];
    expect([q?.speaker?.name, q?.speaker?.type]).toEqual([
      'A Chinese diplomat familiar with the matter',
      'anonymous',
    ]);
  });

  it.each([
    [
      'Fatoumata Coulibaly, a 34-year-old trader at the city\'s main market, said prices would "rise".',
      'Fatoumata Coulibaly',
      'Civilians and public',
    ],
    [
      '"Our heroes are there," said a woman selling water by the roadside in Samraong.',
      'a woman',
      'Civilians and public',
    ],
    ['"Oil will rise," said Jane Roe, an oil trader at Vitol.', 'Jane Roe', 'Business'],
    [
      'Nepal\'s army, which deployed troops on Tuesday, said: "We will not tolerate looting."',
      "Nepal's army",
      'Nepalese military',
    ],
    [
      'Her lawyer, Juan Carlos Portugal, told a radio station that the removal was "unconstitutional".',
      'Juan Carlos Portugal',
      'Lawyers (defence or private)',
    ],
    [
      'The ad hoc group of bondholders said the agreement was "fair".',
      'The ad hoc group of bondholders',
      'Business',
    ],
    [
      'The ad hoc group of bondholders, which includes BlackRock, Amundi and Vanguard, said the agreement was "fair".',
      'The ad hoc group of bondholders',
      'Business',
    ],
    [
      'The group, which includes BlackRock, Amundi and T. Rowe Price, said the agreement was "fair".',
      'The group',
      'Unaffiliated or unknown',
    ],
  ])('finds the speaker behind a long apposition, a participle or a clause in: %s', (text, name, camp) => {
    const q = run(text).quotes.at(-1);
    expect([q?.speaker?.name, q?.speaker?.camp]).toEqual([name, camp]);
  });

  it.each([
    ['"No," said a spokesman, adding that talks would go on.', 'a spokesman'],
    ['"No," said Mary Anne France.', 'Mary Anne France'],
    ['The minister, Jane Roe, said: "No."', 'Jane Roe'],
  ])('keeps the plain readings beside them in: %s', (text, name) => {
    expect(run(text).quotes.at(-1)?.speaker?.name).toBe(name);
  });

  it.each([
    [
      'Former president Rodrigo Duterte has warned that a fight with China could drag the country into a war it "cannot win," local media reported.',
      'Rodrigo Duterte',
    ],
    ['The ministry said the toll was "rising," state media reported.', 'The ministry'],
    ['"We will not give up," Reuters reported.', 'Reuters'],
  ])('gives words an outlet relays to the one it says spoke them in: %s', (text, name) => {
    expect(run(text).quotes.at(-1)?.speaker?.name).toBe(name);
  });

  it.each([
    ['"No," said Senator Marta Roe of the opposition Democratic Center party.', 'Marta Roe', 'Politics'],
    ['"No," said Arlene Foster of the Democratic Unionist Party.', 'Arlene Foster', 'Politics'],
    ['"No," said Senator Jane Roe of the Democratic Party.', 'Jane Roe', 'United States politics (Congress)'],
    [
      'Viorel Cernauteanu, the head of the General Police Inspectorate, said: "We traced the money."',
      'Viorel Cernauteanu',
      'Security services (country not named)',
    ],
    [
      'Cardinal Vincent Nichols spoke on Sunday. The cardinal warned that it could "so easily become a duty to die."',
      'Vincent Nichols',
      'Civilians and public',
    ],
  ])('reads other parties, inspectorates and cardinals in: %s', (text, name, camp) => {
    const q = run(text).quotes.at(-1);
    expect([q?.speaker?.name, q?.speaker?.camp]).toEqual([name, camp]);
  });

  it.each([
    [
      'Former Colombian President Ivan Duque said on X that the behaviour was "irresponsible."',
      'Colombian politics',
    ],
    [
      'Ivan Roe, a former president who leads the Patriotic bloc, called the election "neither free nor fair".',
      'Politics',
    ],
    [
      '"No," said Michael Roe, a senior fellow at the Hoover Institution and a former United States ambassador to Russia.',
      'Experts and analysts',
    ],
    ['"No," said President Ivan Duque of Colombia.', 'Colombian government'],
  ])('places a former office holder among politicians, or what they do now, in: %s', (text, camp) => {
    expect(run(text).quotes.at(-1)?.speaker?.camp).toBe(camp);
  });

  it.each([
    [
      '"No," New York Times spokesperson Danielle Rhoades Ha said in a statement.',
      'Danielle Rhoades Ha',
      'News media',
    ],
    ['"No," said New York Times spokesperson Jane Roe.', 'Jane Roe', 'News media'],
    ['"No," said Australian Prime Minister Malcolm Turnbull.', 'Malcolm Turnbull', 'Australian government'],
  ])('places a post named after an outlet at the outlet in: %s', (text, name, camp) => {
    const q = run(text).quotes.at(-1);
    expect([q?.speaker?.name, q?.speaker?.camp]).toEqual([name, camp]);
  });

  it.each([
    ['Human Rights Watch, for its part, said the police had "no excuse".', 'Human Rights Watch'],
    [
      'The cabinet approved the deal, the office said. Ben-Gvir called it "reckless" and said it would free "hundreds of murderers."',
      'Ben-Gvir',
    ],
    [
      'The police commander-general, Bernardino Rafael, said the protests were an attempt to "subvert the constitutional order."',
      'Bernardino Rafael',
    ],
    [
      '"This was a message," said a relative of Dias, who spoke on condition of anonymity.',
      'a relative of Dias',
    ],
  ])('finds the speaker past an aside, a quotation, a hyphenated rank or a kin word in: %s', (text, name) => {
    expect(run(text).quotes.at(-1)?.speaker?.name).toBe(name);
  });

  it('keeps a relative who spoke on condition of anonymity anonymous', () => {
    const q = run('"This was a message," said a relative of Dias, who spoke on condition of anonymity.')
      .quotes[0];
    expect(q?.speaker?.type).toBe('anonymous');
  });

  it.each([
    ['"We will rebuild," Newsom said.', 'United States state and local government'],
    [
      '"No one likes higher rates," Insurance Commissioner Ricardo Lara said.',
      'United States state and local government',
    ],
    ['"No," said Sadiq Khan.', 'British regional and local government'],
    ['"No," said Keir Starmer.', 'British government'],
  ])('places a listed governor or mayor in their state or city government in: %s', (text, camp) => {
    expect(run(text).quotes.at(-1)?.speaker?.camp).toBe(camp);
  });

  it.each([
    ['Elections Alberta said: "We will verify every name."', 'Canadian regional and local government'],
    ['The Kurdistan Regional Government said: "We reject this."', 'Iraqi regional and local government'],
    ['Cal Fire said: "The fire is 40% contained."', 'United States state and local government'],
    // (A nation's bodies stay the nation's.)
    ['The Environmental Protection Agency said: "We will act."', 'United States government'],
    ['Elections Canada said: "Turnout was high."', 'Canadian government'],
  ])('places a listed provincial or regional body in its regional government in: %s', (text, camp) => {
    expect(run(text).quotes.at(-1)?.speaker?.camp).toBe(camp);
  });

  it.each([
    [
      'Tens of thousands of Israelis marched through Tel Aviv demanding that ministers "bring them home now."',
      'Israelis',
      'Israeli civilians and public',
    ],
    ['Palestinians said: "We are tired."', 'Palestinians', 'Palestinian civilians and public'],
    ['The Americans said: "No deal."', 'United States', 'United States government'],
    ['The Philippines said: "No."', 'Philippines', 'Philippine government'],
  ])(
    'reads a plural demonym as people, not a government, and a place passed through as no speaker, in: %s',
    (text, name, camp) => {
      const q = run(text).quotes.at(-1);
      expect([q?.speaker?.name, q?.speaker?.camp]).toEqual([name, camp]);
    },
  );

  it.each([
    [
      'The New York Times sued OpenAI last year. The Times said the companies had copied "millions" of its articles.',
      'The New York Times',
      'United States, private',
    ],
    [
      'The Times said the companies had copied "millions" of its articles.',
      'The Times',
      'United Kingdom, private',
    ],
    [
      'The Washington Post reported it. The Post said: "No."',
      'The Washington Post',
      'United States, private',
    ],
  ])(
    'reads an outlet named again by its short name as the one named in full before in: %s',
    (text, name, affiliation) => {
      const q = run(text).quotes.at(-1);
      expect([q?.speaker?.name, q?.speaker?.affiliation]).toEqual([name, affiliation]);
    },
  );

  it.each([
    ['"No," said a Social Democratic Party lawmaker.', 'Politics'],
    [
      'LA PAZ (Reuters) - Rodrigo Roe of the Christian Democratic Party said: "We won."',
      'Politics (Christian Democratic Party)',
    ],
    ['"No," said Jane Roe, a Democratic Party official.', 'United States politics (Democratic)'],
  ])('reads a listed party inside another party’s name as that other party in: %s', (text, camp) => {
    expect(run(text).quotes.at(-1)?.speaker?.camp).toBe(camp);
  });

  it('places the leader of a province’s party named for it in that country', () => {
    const q = run('"That is control," said Cameron Davies, leader of the Republican Party of Alberta.')
      .quotes[0];
    expect(q?.speaker?.camp).toBe('Canadian politics (Republican)');
  });

  it('finds the president named before in "the head of state added"', () => {
    const q = run(
      '"They do not come for drugs," President Nicolas Maduro said in a broadcast. "We are in maximum alert," the head of state added.',
    ).quotes.at(-1);
    expect(q?.speaker?.name).toBe('Nicolas Maduro');
  });

  it('gives both halves of a quotation split by "the Head of State wrote" one speaker', () => {
    const q = run(
      '"I will remain at your service," the Head of State wrote, "so that Cameroon remains united."',
    ).quotes;
    expect(q.map((x) => x.speaker?.name)).toEqual(['the Head of State', 'the Head of State']);
  });

  it.each([
    [
      'A fisherman who preferred not to give his name for fear of reprisals said the warships were "like shadows."',
      'A fisherman',
      'anonymous',
    ],
    ['A fisherman who lives nearby said the warships were "like shadows."', 'A fisherman', 'person'],
    [
      'The army chief, Gen. Jane Roe, said in a statement the army was ready. "We target criminals," the statement read.',
      'Jane Roe',
      'person',
    ],
  ])(
    'finds the speaker where wink mistags the clause verb or a statement "reads" in: %s',
    (text, name, type) => {
      const q = run(text).quotes.at(-1);
      expect([q?.speaker?.name, q?.speaker?.type]).toEqual([name, type]);
    },
  );

  it('reads no statement in "The statement read like a confession."', () => {
    expect(analyzeArticle('The statement read like a confession.').sources).toEqual([]);
  });

  it.each([
    [
      'One senior Labour figure, who did not want to be named, described the process as "a disgrace."',
      'One senior Labour figure',
      'British politics (Labour)',
    ],
    [
      'Health and Human Services Secretary Xavier Becerra told CNN that the administration had "all the tools we need".',
      'Xavier Becerra',
      'Government (country not named)',
    ],
  ])('reads a party figure and a two-part portfolio in: %s', (text, name, camp) => {
    const q = run(text).quotes.at(-1);
    expect([q?.speaker?.name, q?.speaker?.camp]).toEqual([name, camp]);
  });

  it.each([
    [
      'Philippe Roe, the head of UNRWA, the U.N. agency for Palestinian refugees, wrote on X that "the needs are staggering".',
      'Philippe Roe',
    ],
    ['In Gaza, the head of UNRWA said: "No."', 'head of UNRWA'],
  ])('gives a post in apposition with "the" to the person named before it in: %s', (text, name) => {
    expect(run(text).quotes.at(-1)?.speaker?.name).toBe(name);
  });

  it('gives "he said" to the one-word name that opened the sentence before with a who-clause, not the one he called', () => {
    const q = run(
      'Rodrigo Paz won the runoff. Quiroga, who served briefly as president in 2001 and 2002, said he had called Paz to congratulate him. "I have spent my life defending democracy," he said.',
    ).quotes.at(-1);
    expect(q?.speaker?.name).toBe('Quiroga');
  });

  it('takes no place after a comma as the name before a who-clause', () => {
    const q = run(
      'Donna Roe, 59, of Ashton, Md., who watched the ceremony, said it brought back "all the people who weren\'t here."',
    ).quotes.at(-1);
    expect(q?.speaker?.name).not.toBe('Md.');
  });

  it.each([
    ['Diosdado Roe, Minister of Interior, Justice and Peace, said: "We seized 50 tonnes."', 'Diosdado Roe'],
    ['Justice Sonia Roe wrote: "No."', 'Sonia Roe'],
  ])('reads a portfolio joined by "and" as no title before a name in: %s', (text, name) => {
    expect(run(text).quotes.at(-1)?.speaker?.name).toBe(name);
  });

  it.each([
    ['The AFL-CIO backed the bill. Its president said: "We won."', 'Labour unions'],
    ['The AFL-CIO backed the bill, its president said: "We won."', 'Labour unions'],
  ])('finds the body "its" opening a sentence refers back to in the sentence before in: %s', (text, camp) => {
    expect(run(text).quotes.at(-1)?.speaker?.camp).toBe(camp);
  });

  it.each([
    [
      '"These are not protesters," Manila Mayor Francisco "Isko" Moreno Domagoso told reporters.',
      'Francisco "Isko" Moreno Domagoso',
      'Philippine regional and local government',
    ],
    ['Rep. Robert C. "Bobby" Scott said: "This is a big year."', 'Robert C. "Bobby" Scott', 'Politics'],
  ])('reads a nickname in quotation marks as part of the name, not a quote, in: %s', (text, name, camp) => {
    const { quotes } = run(text);
    expect(quotes).toHaveLength(1);
    expect([quotes[0]?.speaker?.name, quotes[0]?.speaker?.camp]).toEqual([name, camp]);
  });

  it.each([
    ['Residents call the area "Little Beirut" and say it is unsafe.', 'Little Beirut'],
    ['Trump called Biden "Sleepy Joe" on Tuesday.', 'Sleepy Joe'],
    ['The law, known as the "Safe Streets" Act, passed.', 'Safe Streets'],
  ])('keeps a quoted name that sits inside no name a quote in: %s', (text, quoted) => {
    expect(run(text).quotes.map((q) => q.text)).toEqual([quoted]);
  });

  it.each([
    [
      'Jane Roe – the party leader – warned that a cabinet would mean "the end of the countryside."',
      'Jane Roe',
      'Politics',
    ],
    ['Jane Fisher — a former journalist — said it would mean "the end."', 'Jane Fisher', 'News media'],
    [
      'Ahmed Khan - a spokesman for the Pakistani army - said the strike was "unprovoked."',
      'Ahmed Khan',
      'Pakistani military',
    ],
  ])('reads an apposition set off by spaced dashes in: %s', (text, name, camp) => {
    const q = run(text).quotes[0];
    expect([q?.speaker?.name, q?.speaker?.camp]).toEqual([name, camp]);
  });

  it.each([
    // A hyphen inside a word sets nothing off; an aside with no name before it gives no speaker.
    ['The Farmer-Citizen Movement leader-in-waiting won; "the end" had come.'],
    ['Farmers – and there are many – said it would mean "the end."'],
  ])('finds no speaker across a dash with no name before it in: %s', (text) => {
    expect(run(text).quotes[0]?.speaker).toBeNull();
  });

  it.each([
    [
      'The case went on. Two legal experts close to the government said it was "hopeless."',
      'experts',
      'Experts and analysts',
    ],
    [
      'Economists close to the coalition described it as "a brutal adjustment".',
      'Economists',
      'Experts and analysts',
    ],
    [
      'The case went on. Analysts linked to the army said it was "hopeless."',
      'Analysts',
      'Experts and analysts',
    ],
  ])(
    'gives the words to the people a description ties to a body, not the body, in: %s',
    (text, name, camp) => {
      const q = run(text).quotes[0];
      expect([q?.speaker?.name, q?.speaker?.camp]).toEqual([name, camp]);
    },
  );

  it.each([
    // The body itself still speaks where no people are tied to it.
    ['The case went on. The government said it was "hopeless."', 'government'],
    ['Tasnim, a news agency affiliated with the Revolutionary Guards, said it was "hopeless."', 'Tasnim'],
  ])('still gives the words to the body where no people are tied to it in: %s', (text, name) => {
    expect(run(text).quotes[0]?.speaker?.name).toContain(name);
  });

  it.each([
    [
      'Thierry Baudet, leader of the national-conservative Forum for Democracy, which won seven seats, said the outcome proved that "the cartel always wins."',
      'Thierry Baudet',
    ],
    ['Jane Roe, leader of the far-right Freedom Party, said the outcome was "a disgrace."', 'Jane Roe'],
  ])(
    'reads back past a body described by lowercase words to the person whose post it is, in: %s',
    (text, name) => {
      expect(run(text).quotes[0]?.speaker?.name).toBe(name);
    },
  );

  it.each([
    [
      'Jara, a former labor minister in the outgoing government of President Gabriel Boric, said it was "a defeat."',
      'Jara',
    ],
    ['Jane Roe, an adviser to the late President John Doe, said it was "a defeat."', 'Jane Roe'],
    // A name set beside its description is still the speaker.
    ['The minister, Jane Roe, said it was "a defeat."', 'Jane Roe'],
  ])(
    'reads no person inside a description as its subject, past articles and adjectives, in: %s',
    (text, name) => {
      expect(run(text).quotes[0]?.speaker?.name).toBe(name);
    },
  );

  it.each([
    [
      'BBC Chairman Samir Shah issued an apology on Monday, conceding the edit gave "the impression of a call."',
      'Samir Shah',
    ],
    // The body alone still speaks through its participle.
    ['The BBC issued an apology on Monday, conceding the edit gave "the impression of a call."', 'BBC'],
    [
      'Louvre director Laurence des Cars told senators: "We did not detect the thieves."',
      'Laurence des Cars',
    ],
  ])('reads the person a body titles, and a French particle inside a name, in: %s', (text, name) => {
    expect(run(text).quotes[0]?.speaker?.name).toBe(name);
  });

  it.each([
    [
      'Prime Minister Aziz Akhannouch, a billionaire businessman whose party leads the governing coalition, said his government was ready for dialogue "in the institutions."',
      'Aziz Akhannouch',
    ],
    ['Jane Roe, a lawyer whose clients include three ministers, said it was "a sham."', 'Jane Roe'],
  ])("reads back over a description holding a 'whose' clause to the person in: %s", (text, name) => {
    expect(run(text).quotes[0]?.speaker?.name).toBe(name);
  });

  it.each([
    [
      'The Cricket Board said it was withdrawing in protest. Pakistan\'s military denied targeting civilians and said it had struck "verified hideouts" of militants.',
      'Pakistan Armed Forces',
    ],
    [
      'The union said it would strike. The company stopped paying bonuses and said it faced "hard times."',
      'The company',
    ],
  ])('shares the subject of a verb with a gerund object with the verb after "and" in: %s', (text, name) => {
    expect(run(text).quotes[0]?.speaker?.name).toBe(name);
  });

  it.each([
    [
      'Spokeswoman Pilar Alegria told RTVE that the party had acted "with speed and forcefulness", a line repeated almost word for word by the finance minister.',
      'Pilar Alegria',
    ],
    ['The ministry said the talks had "achieved their goals," a boast analysts dismissed.', 'The ministry'],
  ])('takes a noun naming the quoted words after them for no speaker in: %s', (text, name) => {
    expect(run(text).quotes[0]?.speaker?.name).toBe(name);
  });

  it.each([
    [
      'Prime Minister Pedro Sánchez spoke on Thursday. His brother, David Sánchez, denies wrongdoing. "I am not going to throw in the towel," Sánchez said.',
      'Pedro Sánchez',
    ],
    // A second holder of a post still takes the surname.
    [
      'Prime Minister Pedro Sánchez spoke on Thursday. Judge Maria Sánchez opened a case. "The evidence is clear," Sánchez said.',
      'Maria Sánchez',
    ],
  ])('keeps a bare surname for the one holding a post over a relative in: %s', (text, name) => {
    expect(run(text).quotes[0]?.speaker?.name).toBe(name);
  });

  it.each([
    [
      'In a statement carried by the state news agency MAP, the coalition said it welcomed the demands, calling them "legitimate."',
      'the coalition',
    ],
    ['In an interview with CNN, the minister defended the plan, calling it "necessary."', 'the minister'],
  ])('reads the subject after an opening "In a statement ..." phrase in: %s', (text, name) => {
    expect(run(text).quotes[0]?.speaker?.name).toBe(name);
  });

  it.each([
    [
      'The ministry issued a statement. The statement said the strikes targeted "terrorist camps".',
      'The ministry',
    ],
    [
      'According to the Inter-Services Public Relations (ISPR), 23 soldiers were killed.\n\nThe statement said the strikes targeted "terrorist camps".',
      'Inter-Services Public Relations',
    ],
    [
      'The Ministry of Information said the speech was a provocation.\n\n"Eritrea will not be drawn into provocations," the statement said.',
      'Ministry of Information',
    ],
  ])("gives 'the statement said' to its issuer or the body that spoke last in: %s", (text, name) => {
    expect(run(text).quotes[0]?.speaker?.name).toBe(name);
  });

  it('gives a statement no one spoke before to no one', () => {
    expect(run('The statement said the strikes targeted "terrorist camps".').quotes[0]?.speaker).toBeNull();
  });

  it.each([
    ['As one TSA officer at Reagan National Airport put it: "We just want to get paid."', 'anonymous'],
    [
      'A veteran Socialist deputy, who spoke on condition that his name not be published, put it bluntly: "He did nothing without permission."',
      'anonymous',
    ],
  ])("reads 'put it' with a longer subject, or before a colon, as a report verb in: %s", (text, type) => {
    expect(run(text).quotes[0]?.speaker?.type).toBe(type);
  });

  it('reads no report in putting something somewhere', () => {
    expect(run('She put it on the table: "Take it or leave it."').quotes[0]?.speaker).toBeNull();
  });

  it('gives the words after a quotation closed on a comma to the subject of the verb past a set-off clause', () => {
    const [q] = run('"We are tired," a teacher, who asked not to be named, said.').quotes;
    expect([q?.speaker?.name, q?.verb]).toEqual(['a teacher', 'said']);
  });

  it('reads no speaker into a name given after a quotation that closes on no comma', () => {
    const [q] = run(
      'She would install a version of what has become known as the "Buffett rule" after Warren E. Buffett, the investor, complained that he paid less.',
    ).quotes;
    expect(q?.kind).not.toBe('direct');
  });

  it("reads 'went on:' before a quotation as the speaker going on, across a paragraph", () => {
    const { quotes } = run(
      '"We are the biggest voice," Jan Roe said.\n\nHe went on: "They will form a cabinet of losers."',
    );
    expect(quotes.map((q) => q.speaker?.name)).toEqual(['Jan Roe', 'Jan Roe']);
  });

  it.each([
    ['The war went on. Smith went on to win.'],
    ['The Gap Goes On: It was under his watch that it grew.'],
  ])("reads no report in other uses of 'go on' in: %s", (text) => {
    expect(analyzeArticle(text).sources).toEqual([]);
  });

  it.each([
    [
      'The United States said it was "concerned." The people remain calm, the ministry said, adding that the forces were "fully prepared."',
      'the ministry',
    ],
    [
      'The Health Ministry said 30 people died. The United States said it was "concerned." The ministry said the toll would rise, calling it "a massacre".',
      'Health Ministry',
    ],
  ])("resolves 'the ministry' to no country acting as a whole in: %s", (text, name) => {
    expect(run(text).quotes.at(-1)?.speaker?.name).toBe(name);
  });

  it.each([
    [
      'His energy minister, Sara Aagesen, appealed for "prudence" while admitting no cause was known.',
      'Sara Aagesen',
      'appealed',
    ],
    [
      'Deborah Turness, the chief executive of BBC News, said: "The buck stops with me."',
      'Deborah Turness',
      'said',
    ],
  ])("reads 'appealed for' as a report verb, and a post at an outlet, in: %s", (text, name, verb) => {
    const [q] = run(text).quotes;
    expect([q?.speaker?.name, q?.verb]).toEqual([name, verb]);
    if (name === 'Deborah Turness') expect(q?.speaker?.camp).toBe('News media');
  });

  it('reads no statement in an appeal against a ruling', () => {
    expect(analyzeArticle('The company appealed the ruling on Monday.').sources).toEqual([]);
  });

  it('gives a question the crowd chanted to the crowd, where they chanted it', () => {
    const [q] = run('"Where are the hospitals?" protesters chanted outside parliament in Rabat.').quotes;
    expect([q?.speaker?.name, q?.verb]).toEqual(['protesters', 'chanted']);
  });

  it('gives words about a name set off before a parenthetical "he told" to the one met before', () => {
    const [q] = run(
      'House Speaker Mike Johnson was even blunter. Schumer, he told The Daily Signal, is "terrified of his own base."',
    ).quotes;
    expect(q?.speaker?.name).toBe('Mike Johnson');
  });

  it('still gives "X said ..., and he added" to X', () => {
    const quotes = run('Jane Roe said the plan would fail, and she added that it was "a disaster."').quotes;
    expect(quotes[0]?.speaker?.name).toBe('Jane Roe');
  });

  it.each([
    ['Trump has labeled the chair a "numbskull".'],
    ['Trump has repeatedly called for lower rates and has labeled the chair a "numbskull".'],
  ])('reads a label verb after an auxiliary or "and" in: %s', (text) => {
    const [q] = run(text).quotes;
    expect([q?.kind, q?.speaker?.name, q?.verb]).toEqual(['partial', 'Donald Trump', 'labeled']);
  });

  it('reads no label in a labeled product', () => {
    expect(run('The product was labeled "organic" by the company.').quotes[0]?.speaker).toBeNull();
  });
});
