import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyzeArticle, readArticle } from '@/lib/analysis/analyze';
import { compareArticles } from '@/lib/analysis/compare';
import { type Finding, findingsOf } from '@/lib/analysis/detector';
import { detectNamingVariants } from '@/lib/analysis/detectors/naming-variants';
import type { NamingVariant } from '@/lib/analysis/types';
import { isNeutralVariant, namingGroups } from '@/lib/lexicons/naming-variants';

const names = (text: string, prior: Finding[] = []): NamingVariant[] =>
  findingsOf(detectNamingVariants(readArticle(text), prior), 'naming');
const brief = (text: string) => names(text).map((n) => [n.group, n.variant, n.text]);
const sample = (f: string) => readFileSync(`data/samples/cluster-munitions/${f}.txt`, 'utf8');

describe('detectNamingVariants', () => {
  it.each([
    ['Troops advanced on Kiev.', [['kyiv', 'Kiev', 'Kiev']]],
    ['Kyiv’s air defences held.', [['kyiv', 'Kyiv', 'Kyiv']]],
    [
      "The law bars biological males from girls' sports teams.",
      [['trans-athletes', 'biological males', 'biological males']],
    ],
    ['Transgender girls may not compete.', [['trans-athletes', 'transgender girls', 'Transgender girls']]],
    [
      'Shelling hit Kharkov and Odessa.',
      [
        ['kharkiv', 'Kharkov', 'Kharkov'],
        ['odesa', 'Odessa', 'Odessa'],
      ],
    ],
    ['Forces took Artyomovsk.', [['bakhmut', 'Artemovsk', 'Artyomovsk']]],
    [
      'Moscow calls it a special military operation.',
      [['ukraine-war', 'special military operation', 'special military operation']],
    ],
    ['Since the full-scale invasion began.', [['ukraine-war', 'invasion', 'full-scale invasion']]],
    ['The Assad regime denied it.', [['regime', 'regime', 'regime']]],
    ['Regime forces shelled the town.', [['regime', 'regime', 'Regime']]],
    ['The Syrian government denied it.', [['regime', 'government', 'Syrian government']]],
    ['Hamas-run health ministry figures.', [['gaza-health', 'Hamas-run', 'Hamas-run']]],
    ['Republicans want to scrap the death tax.', [['estate-tax', 'death tax', 'death tax']]],
    ['A rally of pro-life activists.', [['abortion-opponents', 'pro-life', 'pro-life']]],
    ['Policies on illegal aliens.', [['immigration', 'illegal aliens', 'illegal aliens']]],
    ['The climate crisis worsens.', [['climate', 'climate crisis', 'climate crisis']]],
    [
      'Rallies in Derry and Londonderry.',
      [
        ['derry', 'Derry', 'Derry'],
        ['derry', 'Londonderry', 'Londonderry'],
      ],
    ],
    ['Tankers in the Persian Gulf.', [['gulf', 'Persian Gulf', 'Persian Gulf']]],
    ['Militants fired rockets.', [['armed-groups', 'militants', 'Militants']]],
    ['They were hailed as martyrs.', [['martyrs', 'martyrs', 'martyrs']]],
    ['Warplanes struck, martyring 38 people.', [['martyrs', 'martyrs', 'martyring']]],
    [
      'The Palestinian resistance vowed to respond.',
      [['armed-groups', 'resistance', 'Palestinian resistance']],
    ],
    ['Elections in Burma.', [['myanmar', 'Burma', 'Burma']]],
    ['Democrats unveiled a gun-control bill.', [['gun-policy', 'gun control', 'gun-control']]],
    ['The court upheld the heartbeat law.', [['abortion-bans', 'heartbeat law', 'heartbeat law']]],
    ['Critics said the book ban erases authors.', [['book-bans', 'book bans', 'book ban']]],
    [
      'The board said the titles were not age-appropriate.',
      [['book-bans', 'book removals', 'age-appropriate']],
    ],
  ])('finds the variant in %j', (text, expected) => {
    expect(brief(text)).toEqual(expected);
  });

  it.each([
    ['We had chicken Kiev for dinner.'],
    ['The history of Kievan Rus.'],
    ['She writes for the Kyiv Post.'],
    ['An editor at the Kyiv Independent.'],
    ['The sanctions regime tightened.'],
    ['A strict training regime.'],
    ['Shares fell on the Bombay Stock Exchange.'],
    ['He studied at Peking University.'],
    ['We watched Derry Girls.'],
    ['They roasted a turkey.'],
    ['The kiev slug in a URL.'],
    ['Fire fighters arrived.'],
    ['The plan was condemned by refugee charities.'],
    ['Those granted refugee status may stay, the UN refugee agency said.'],
    ['The votes for a new antitrust regime are not there.'],
    ['Militant teachers began a five-day walkout.'],
    ['Police said 1,500 "ultra-left" militants had gathered at the head of the march.'],
    ['Party militants handed out leaflets.'],
    // 'Regime change' is the fixed name of a policy aim.
    ['Washington pursued regime change in Iraq.'],
    ['The regime-change policy failed.'],
  ])('stays quiet on the false friend %j', (text) => {
    expect(brief(text)).toEqual([]);
  });

  it('still names people refugees before a noun for people', () => {
    expect(brief('Refugee families crossed the border.').map((n) => n[1])).toEqual(['refugees']);
  });

  it.each([
    ['Troops advanced on Kiev.', 'Kiev', 'Kyiv'],
    ['Troops advanced on Kyiv.', 'Kyiv', 'Kyiv'],
    ['The Falklands war began in 1982.', 'Falklands', null],
  ])('records the stance-free variant of the group: %j', (text, variant, neutral) => {
    const found = names(text).find((n) => n.variant === variant);
    expect(found?.neutralVariant).toBe(neutral);
  });

  it('keeps British spellings apart from wink’s American normal form', () => {
    expect(brief('The Gulf of Mexico.')).toEqual([['gulf-mexico', 'Gulf of Mexico', 'Gulf of Mexico']]);
  });

  it('marks names inside quotes and carries the group note', () => {
    const text = 'Officials in Kyiv said "Kiev will fall" was propaganda.';
    const start = text.indexOf('Kiev will fall');
    const quote: Finding = {
      kind: 'quote',
      value: {
        text: 'Kiev will fall',
        start,
        end: start + 14,
        kind: 'direct',
        speaker: null,
        verb: null,
        verbStance: null,
        words: 3,
      },
    };
    const found = names(text, [quote]);
    expect(found.map((n) => [n.variant, n.inQuote, n.origin])).toEqual([
      ['Kyiv', false, 'lexicon'],
      ['Kiev', true, 'lexicon'],
    ]);
    expect(found[0]?.note).toMatch(/2019/);
  });
});

describe('detectNamingVariants on the gold pair', () => {
  const kyiv = (f: string) => names(sample(f)).filter((n) => n.group === 'kyiv');

  it('finds exactly Kiev x3 in A (headline included) and nothing else', () => {
    expect(kyiv('a').map((n) => n.text)).toEqual(['Kiev', 'Kiev', 'Kiev']);
    expect(names(sample('a')).length).toBe(3);
  });

  it('finds exactly Kyiv x1 in B; its other hits name the war', () => {
    expect(kyiv('b').map((n) => n.text)).toEqual(['Kyiv']);
    expect(
      names(sample('b'))
        .filter((n) => n.group !== 'kyiv')
        .map((n) => [n.group, n.variant]),
    ).toEqual([
      ['ukraine-war', 'war'],
      ['ukraine-war', 'war'],
    ]);
  });
});

describe('stance-free variants', () => {
  it.each([
    ['kyiv', 'Kyiv', true],
    ['kyiv', 'Kiev', false],
    ['estate-tax', 'estate tax', true],
    ['estate-tax', 'death tax', false],
    ['immigration', 'undocumented immigrants', true],
    ['immigration', 'illegal aliens', false],
    ['armed-groups', 'terrorists', false],
    ['regime', 'government', true],
    ['no-such-group', 'Kyiv', false],
  ])('%s: %s is neutral: %s', (group, variant, expected) => {
    expect(isNeutralVariant(group, variant)).toBe(expected);
  });

  it('marks both names of a renaming without a side, and no name in a group where each side has its own', () => {
    const neutral = (id: string) =>
      namingGroups()
        .find((g) => g.id === id)
        ?.variants.filter((v) => v.neutral)
        .map((v) => v.variant);
    expect(neutral('turkiye')).toEqual(['Türkiye', 'Turkey']);
    expect(neutral('falklands')).toEqual([]);
    expect(neutral('islamic-state')).not.toContain('Daesh');
  });

  it("does not count a body's name as the article's choice of words", () => {
    const variants = (text: string) =>
      findingsOf(detectNamingVariants(readArticle(text), []), 'naming').map((n) => n.text);
    expect(variants('Everytown for Gun Safety announced a campaign.')).toEqual([]);
    expect(variants('Democrats pushed gun safety laws.')).toEqual(['gun safety']);
  });

  it.each([
    // Each claimant's name for a disputed feature, and the charted name, in either apostrophe.
    ["Ships blocked a resupply mission to Ren'ai Jiao.", [['second-thomas-shoal', "Ren'ai Reef"]]],
    ['Ships blocked a resupply mission to Ren’ai Reef.', [['second-thomas-shoal', "Ren'ai Reef"]]],
    [
      'Boats reached Ayungin Shoal in the West Philippine Sea.',
      [
        ['second-thomas-shoal', 'Ayungin Shoal'],
        ['south-china-sea', 'West Philippine Sea'],
      ],
    ],
    [
      'Patrols near Huangyan Dao and Scarborough Shoal.',
      [
        ['scarborough-shoal', 'Huangyan Island'],
        ['scarborough-shoal', 'Scarborough Shoal'],
      ],
    ],
    ['Undocumented workers were detained at the plant.', [['immigration', 'undocumented immigrants']]],
  ])('finds the naming in: %s', (text, expected) => {
    const found = findingsOf(detectNamingVariants(readArticle(text), []), 'naming').map((n) => [
      n.group,
      n.variant,
    ]);
    expect(found).toEqual(expected);
  });

  it.each([
    // False friends: places in China that share a name with a claimed feature.
    'Cargo through Nansha port in Guangzhou rose by a fifth.',
    'Factories in the Nansha New Area reopened.',
    'Farmers in Huangyan district harvested tangerines.',
  ])('finds no claimed feature in: %s', (text) => {
    expect(findingsOf(detectNamingVariants(readArticle(text), []), 'naming')).toEqual([]);
  });

  // A plain variant ('killed' of martyrs / killed) counts only beside another variant of its group.
  const pairNames = (a: string, b: string) =>
    compareArticles({ text: a }, { text: b }).articles.map((x) =>
      x.namingVariants.map((n) => [n.group, n.variant]),
    );
  it.each([
    ['A store clerk was killed during a robbery.', 'Police said the clerk was shot.', [[], []]],
    [
      'A store clerk was killed during a robbery.',
      'The group mourned three martyrs.',
      [[['martyrs', 'killed']], [['martyrs', 'martyrs']]],
    ],
  ])('keeps plain naming only beside its group: %s | %s', (a, b, expected) => {
    expect(pairNames(a, b)).toEqual(expected);
  });

  it('drops a lone plain variant from a single article, not one beside its group', () => {
    expect(analyzeArticle('A store clerk was killed during a robbery.').namingVariants).toEqual([]);
    expect(
      analyzeArticle('Three martyrs were killed in the strike.').namingVariants.map((n) => n.variant),
    ).toEqual(['martyrs', 'killed']);
  });

  it.each([
    // A false-friend context before a word also holds across an apposition that renames it.
    ['Nurses face weekly testing, a regime nurses resent.', []],
    ['Aleppo fell to the regime in 2016.', [['regime', 'regime', 'regime']]],
  ])('reads false friends across an apposition: %s', (text, expected) => {
    expect(brief(text)).toEqual(expected);
  });

  it("marks names in quotations and in reported speech apart from the outlet's own", () => {
    const text =
      'Agents detained 97 undocumented immigrants. "They are illegal aliens," Rep. Carl Dunmore said. ' +
      'Dunmore said employers who hire illegal immigrants should face prison.';
    const found = analyzeArticle(text).namingVariants.map((n) => [n.variant, n.inQuote, n.inReportedSpeech]);
    expect(found).toEqual([
      ['undocumented immigrants', false, false],
      ['illegal aliens', true, false],
      ['illegal immigrants', false, true],
    ]);
  });

  it.each([
    // 'riot' against 'protest'; 'protest' alone is shown only where the pair also says 'riot'.
    [
      'Hundreds joined the riot outside the police station.',
      'Hundreds joined the protest outside the police station.',
      [[['riot-protest', 'riot']], [['riot-protest', 'protest']]],
    ],
    ['Riot police arrived at the protest.', 'Protesters marched on Friday.', [[], []]],
  ])('reads riot and protest in: %s | %s', (a, b, expected) => {
    expect(pairNames(a, b)).toEqual(expected);
  });

  it.each([
    // A legal status and a body's name are no choice of word for arrivals.
    ['Philippe Lazzarini heads the U.N. agency for Palestinian refugees.', []],
    ['The High Commissioner for Refugees visited the camp.', []],
    ['Refugees crossed the border on foot.', [['immigration', 'refugees', 'Refugees']]],
  ])('reads refugees in: %s', (text, expected) => {
    expect(brief(text)).toEqual(expected);
  });

  it.each([
    // A dateline's capitals spell the name as the outlet chose it.
    ['KYIV, Ukraine (AP) — Forces repelled attacks.', [['kyiv', 'Kyiv', 'KYIV']]],
    ['KIEV, Dec 3 — Officials spoke.', [['kyiv', 'Kiev', 'KIEV']]],
    // A lowercase slug is no spelling choice.
    ['See example.com/kiev-news for more.', []],
  ])('reads a dateline in: %s', (text, expected) => {
    expect(brief(text)).toEqual(expected);
  });

  it.each([
    // 'Hamas-led' names the attackers as well as Gaza's institutions; only the latter is the naming choice.
    ['Hamas-led militants attacked southern Israel.', []],
    ['The Hamas-led government said 27 people died.', [['gaza-health', 'Hamas-controlled', 'Hamas-led']]],
  ])('reads Hamas-led in: %s', (text, expected) => {
    expect(brief(text).filter(([g]) => g === 'gaza-health')).toEqual(expected);
  });

  it("reads no naming choice inside a treaty's name", () => {
    expect(
      brief('Simon Stiell, executive secretary of the UN Framework Convention on Climate Change, spoke.'),
    ).toEqual([]);
  });

  it.each([
    [
      'Beijing warned the leader of the Taiwan region against provocations.',
      [['taiwan-leadership', 'Taiwan region / Taiwan authorities', 'leader of the Taiwan region']],
    ],
    [
      "Taiwan's president said the island would not yield.",
      [['taiwan-leadership', "Taiwan's president", "Taiwan's president"]],
    ],
    [
      'Xi called national reunification a historic task.',
      [['taiwan-unification', 'reunification', 'national reunification']],
    ],
    [
      'Analysts fear the annexation of Taiwan.',
      [['taiwan-unification', 'annexation', 'annexation of Taiwan']],
    ],
    // Germany's and Korea's reunification take no side on Taiwan.
    ['German reunification came in 1990.', []],
    ['Seoul still talks of Korean reunification.', []],
  ])("reads Taiwan's status in: %s", (text, expected) => {
    expect(brief(text).filter(([g]) => g !== 'beijing')).toEqual(expected);
  });

  it.each([
    // Industrial militancy is no armed group.
    ['Carver warned that militant activists had spread misinformation.', []],
    ['Militant shop stewards led the walkout.', []],
  ])('reads no armed group in a workplace dispute in: %s', (text, expected) => {
    expect(brief(text)).toEqual(expected);
  });

  it.each([
    ['The government scrapped the fuel subsidy regime in May.', []],
    ['The Assad regime fell.', [['regime', 'regime', 'regime']]],
  ])('reads a policy regime as no label in: %s', (text, expected) => {
    expect(brief(text)).toEqual(expected);
  });

  it("names 'asylum seekers' as its own variant, not as 'migrants'", () => {
    const found = analyzeArticle(
      'Asylum seekers face removal. Migrants crossed the Channel.',
    ).namingVariants.map((n) => [n.variant, n.text]);
    expect(found).toEqual([
      ['asylum seekers', 'Asylum seekers'],
      ['migrants', 'Migrants'],
    ]);
  });

  it.each([
    [
      'Gunmen attacked tourists in Indian-administered Kashmir.',
      'kashmir-india',
      'Indian-administered Kashmir',
    ],
    ['Pakistan said the IIOJK crackdown must end.', 'kashmir-india', 'Indian-occupied Kashmir'],
    ['Shelling hit Azad Kashmir overnight.', 'kashmir-pakistan', 'Azad Kashmir'],
    ['Militant junior doctors began a five-day walkout.', 'junior-doctors', 'junior doctors'],
    ['Resident doctors say pay has fallen.', 'junior-doctors', 'resident doctors'],
  ])('names the choice in %j', (text, group, variant) => {
    expect(analyzeArticle(text).namingVariants.map((n) => [n.group, n.variant])).toContainEqual([
      group,
      variant,
    ]);
  });

  it("takes no naming choice from a body's name: 'The Jammu and Kashmir Police said'", () => {
    expect(analyzeArticle('The Jammu and Kashmir Police said the attackers fled.').namingVariants).toEqual(
      [],
    );
  });

  it.each([
    ['On the Canadian side, labour leaders struck a militant tone.'],
    ['The party took a militant stance on wages.'],
  ])('reads an attitude, not an armed group, in: %s', (text) => {
    expect(brief(text)).toEqual([]);
  });

  const shown = (a: string, b: string) =>
    compareArticles({ text: a }, { text: b }).articles.map((x) =>
      x.namingVariants.map((n) => [n.group, n.variant]),
    );

  it.each([
    // 'Assassination' and 'separatists' name a choice beside another name of their group.
    [
      'Israel said the strike was a targeted killing.',
      'Hamas called the strike an assassination.',
      [[['targeted-killing', 'targeted killing']], [['targeted-killing', 'assassination']]],
    ],
    [
      'Separatist leaders met in Barcelona.',
      'Pro-independence leaders met in Barcelona.',
      [[['separatists', 'separatists']], [['separatists', 'pro-independence']]],
    ],
  ])('shows assassination and separatists beside their group: %s | %s', (a, b, expected) => {
    expect(shown(a, b)).toEqual(expected);
  });

  it.each([
    // The plain word for a politician killed by a lone attacker, and for armed separatists with no other name.
    ['Abe was assassinated in 2022.', 'The former prime minister died in 2022.'],
    ['Separatists attacked a police station in Balochistan.', 'Gunmen attacked a police station.'],
  ])('shows no lone plain name and no armed group for separatists: %s | %s', (a, b) => {
    const [first] = shown(a, b);
    expect(first).toEqual([]);
    expect(brief(a).map(([group]) => group)).not.toContain('armed-groups');
  });
});

describe('names a second review round found shown wrongly', () => {
  const group = (text: string, id: string) => brief(text).filter(([g]) => g === id);

  it.each([
    // The war's short name beside a word of Ukraine or the war, or in an article that writes the full name.
    [
      'Putin launched the special operation in Ukraine.',
      'ukraine-war',
      [['ukraine-war', 'special military operation', 'special operation']],
    ],
    [
      'Moscow calls it a special military operation. The special operation began in February.',
      'ukraine-war',
      [
        ['ukraine-war', 'special military operation', 'special military operation'],
        ['ukraine-war', 'special military operation', 'special operation'],
      ],
    ],
    // A government called a regime, even in an article that also names a scheme so.
    [
      'The Medical Assistance in Dying (MAID) regime expanded. The Assad regime fell, and the regime fled.',
      'regime',
      [
        ['regime', 'regime', 'regime'],
        ['regime', 'regime', 'regime'],
      ],
    ],
    // The report shows the words the text uses: 'resistance' is its own variant, 'freedom fighters' another.
    [
      'They were hailed as freedom fighters.',
      'armed-groups',
      [['armed-groups', 'freedom fighters', 'freedom fighters']],
    ],
    [
      'Resistance factions claimed the attack.',
      'armed-groups',
      [['armed-groups', 'resistance', 'Resistance factions']],
    ],
  ])('shows the name in: %s', (text, id, expected) => {
    expect(group(text, id)).toEqual(expected);
  });

  it.each([
    // 'Special operation' of anything but the war.
    ['The vote was a special operation by the regime to hold on to power.', 'ukraine-war'],
    ['Police mounted a special operation to free the hostages.', 'ukraine-war'],
    // A legal scheme the article names with its acronym, and 'the new regime' that refers back to it.
    [
      'The Medical Assistance in Dying (MAID) regime expanded in 2021. Dr Green, who is running the new regime, said it works.',
      'regime',
    ],
    [
      'Medical Assistance in Dying (MAID) began in 2016. Since then the MAID regime has widened twice.',
      'regime',
    ],
  ])('shows no such name in: %s', (text, id) => {
    expect(group(text, id)).toEqual([]);
  });
});

describe('naming groups a second review round asked for', () => {
  const group = (text: string, id: string) => brief(text).filter(([g]) => g === id);
  const shown = (a: string, b: string) =>
    compareArticles({ text: a }, { text: b }).articles.map((x) =>
      x.namingVariants.filter((n) => n.group === 'jerusalem').map((n) => [n.group, n.variant]),
    );

  it.each([
    [
      'Opponents warn that physician-assisted suicide endangers the disabled.',
      'assisted-dying',
      [['assisted-dying', 'assisted suicide', 'physician-assisted suicide']],
    ],
    [
      'Advocates of medical aid in dying rallied.',
      'assisted-dying',
      [['assisted-dying', 'aid in dying', 'medical aid in dying']],
    ],
    [
      'MPs debated assisted dying.',
      'assisted-dying',
      [['assisted-dying', 'assisted dying', 'assisted dying']],
    ],
    ['Protesters marched in occupied al-Quds.', 'jerusalem', [['jerusalem', 'al-Quds', 'occupied al-Quds']]],
    ['Talks were held in Jerusalem.', 'jerusalem', [['jerusalem', 'Jerusalem', 'Jerusalem']]],
  ])('finds the name in: %s', (text, id, expected) => {
    expect(group(text, id)).toEqual(expected);
  });

  it.each([
    // A law's or a body's name is not the article's choice.
    ["Oregon's Death with Dignity Act took effect in 1997.", 'assisted-dying'],
    ['Parliament debated the Assisted Dying Bill.', 'assisted-dying'],
    ['Students at Al-Quds University protested.', 'jerusalem'],
    ['The Al-Quds Brigades fired rockets.', 'jerusalem'],
    ['He read the Jerusalem Post.', 'jerusalem'],
  ])('finds no name in: %s', (text, id) => {
    expect(group(text, id)).toEqual([]);
  });

  it('takes assisted dying and Jerusalem for the stance-free names, and Jerusalem for a plain one', () => {
    expect(isNeutralVariant('assisted-dying', 'assisted dying')).toBe(true);
    expect(isNeutralVariant('assisted-dying', 'assisted suicide')).toBe(false);
    expect(isNeutralVariant('jerusalem', 'Jerusalem')).toBe(true);
    // 'Jerusalem' marks a choice only beside 'al-Quds'.
    expect(shown('Israeli police entered al-Quds.', 'Israeli police entered Jerusalem.')).toEqual([
      [['jerusalem', 'al-Quds']],
      [['jerusalem', 'Jerusalem']],
    ]);
    expect(shown('Talks were held in Jerusalem.', 'Talks were held in the city.')).toEqual([[], []]);
  });
});

describe('naming groups a fourth review round asked for', () => {
  const group = (text: string, id: string) => brief(text).filter(([g]) => g === id);

  it.each([
    [
      'Troops entered the secessionist enclave.',
      [['separatist-region', 'secessionist enclave', 'secessionist enclave']],
    ],
    ['Troops entered the breakaway region.', [['separatist-region', 'breakaway region', 'breakaway region']]],
    ['Scholars call it a de facto state.', [['separatist-region', 'de facto state', 'de facto state']]],
  ])('finds the name in: %s', (text, expected) => {
    expect(group(text, 'separatist-region')).toEqual(expected);
  });

  it.each([
    // A separatist party or a region's plain name; a team breaking away in a race.
    ['The separatist party won the regional vote.'],
    ['The breakaway group of riders led the race.'],
  ])('finds no name in: %s', (text) => {
    expect(group(text, 'separatist-region')).toEqual([]);
  });

  it('takes the de facto state for the stance-free name', () => {
    expect(isNeutralVariant('separatist-region', 'de facto state')).toBe(true);
    expect(isNeutralVariant('separatist-region', 'breakaway region')).toBe(false);
    expect(isNeutralVariant('separatist-region', 'secessionist enclave')).toBe(false);
  });
});

describe('naming groups a fifth review round asked for', () => {
  it.each([
    [
      'Security forces killed ten members of Fitna al-Khawarij in North Waziristan.',
      ['ttp', 'Fitna al-Khawarij', 'Fitna al-Khawarij'],
    ],
    ['The Khawarij attacked a checkpoint.', ['ttp', 'Fitna al-Khawarij', 'Khawarij']],
    ['The Pakistani Taliban claimed the attack.', ['ttp', 'Pakistani Taliban', 'Pakistani Taliban']],
    ['The TTP claimed the attack in Bannu.', ['ttp', 'Pakistani Taliban', 'TTP']],
  ])('names the group in: %s', (text, expected) => {
    expect(brief(text)).toContainEqual(expected);
  });

  it.each([
    // Lowercase letters in an address; the Afghan Taliban, a different group.
    ['See https://example.org/ttp for details.'],
    ['The Taliban seized Kabul in 2021.'],
  ])('names nothing of the group in: %s', (text) => {
    expect(brief(text).filter(([g]) => g === 'ttp')).toEqual([]);
  });
});
