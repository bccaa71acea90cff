import { describe, expect, it } from 'vitest';
import { classifyBlocks } from '@/lib/analysis/structure';
import { tokenize } from '@/lib/analysis/tokenize';

const kinds = (text: string) => classifyBlocks(tokenize(text));
const bodyLine = 'The talks resumed on Monday after a week of delays, officials said.';

describe('classifyBlocks', () => {
  it.each([
    ['© Aris Messinis / AFP', 'credit'],
    ['Photo: Reuters', 'credit'],
    ['AP Photo/Efrem Lukatsky', 'credit'],
    ['Ukrainian servicemen prepare to fire on March 11, 2023. © Aris Messinis / AFP', 'caption'],
    ['Soldiers rest near the front line. (Photo by Jane Doe/AFP via Getty Images)', 'caption'],
    ['Read more', 'boilerplate'],
    ['Advertisement', 'boilerplate'],
    ['Share this article', 'boilerplate'],
    ['Subscribe to our newsletter', 'boilerplate'],
    ['By John Smith and Jane Doe, CNN', 'boilerplate'],
    ['Updated 10:32 GMT, 7 July 2023', 'boilerplate'],
    ['(Reporting by Jane Doe; Additional reporting by John Roe; Editing by Ann Lee.)', 'boilerplate'],
    ['Writing by Jane Doe; editing by John Roe', 'boilerplate'],
    ['Contributing: Jane Doe, USA TODAY', 'boilerplate'],
    ['Jane Doe in Kyiv contributed reporting.', 'boilerplate'],
    ['John Roe contributed reporting from Moscow.', 'boilerplate'],
    ['CLARIFICATION: The first sentence has been clarified to reflect the new date.', 'boilerplate'],
    ["Editor's note: This story was updated with the ministry's response.", 'boilerplate'],
    ['Editor: Wang Xiaoyu', 'boilerplate'],
    ['Edited by Jane Roe', 'boilerplate'],
    ['Follow RT on Telegram', 'boilerplate'],
    ['EXCLUSIVE: Read our full analysis at thesun.co.uk', 'boilerplate'],
    ['Protesters march in Budapest. REUTERS/Bernadett Szabo', 'caption'],
    ['(With reporting by Joel Guinto)', 'boilerplate'],
    ['Associated Press writer Raf Casert reported from Brussels.', 'boilerplate'],
    ['AP writer Jane Doe reported from Kyiv, Ukraine.', 'boilerplate'],
    // A reporter who reports something is the story's own sentence.
    ['Reuters reporter Jane Doe reported from Kyiv that the shelling had stopped.', 'body'],
    // An agency joined to a pollster names a poll, not a photographer.
    ['A Reuters/Ipsos poll completed on Monday found that 39% of Americans blamed Republicans.', 'body'],
    ['An Ipsos/Reuters survey found that most voters were unsure.', 'body'],
  ])('%s -> %s', (line, kind) => {
    expect(kinds(`${bodyLine}\n${line}\n${bodyLine}`)[1]).toBe(kind);
  });

  it('takes an unpunctuated first line as the headline', () => {
    expect(kinds(`Talks resume after a week of delays\n${bodyLine}`)).toEqual(['headline', 'body']);
  });

  it('takes a first line in title case as the headline, full stop or not; a first sentence stays body', () => {
    expect(kinds(`The Fed Just Chose Wall Street Over Working Families. Again.\n${bodyLine}`)).toEqual([
      'headline',
      'body',
    ]);
    expect(kinds(`The Fed held rates steady on Wednesday.\n${bodyLine}`)).toEqual(['body', 'body']);
    expect(kinds(`Kyiv Says Talks Failed.\n${bodyLine}`)).toEqual(['headline', 'body']);
  });

  // Body lines that merely look like the patterns above.
  it.each([
    'By the end of the week, the talks had collapsed and both sides left the city.',
    'Reuters reported that the talks had resumed after a week of delays.',
    'Read the statement in full, the ministry urged reporters on Monday.',
    'The AFP photographer was injured near the front line on Tuesday morning.',
    'The war began in 2014.',
    'Reporting by the ministry suggested the talks would resume on Monday.',
    'Officials who contributed to the plan said it would be ready by June.',
    "The fund contributed to this report's findings, the ministry said on Monday.",
    'Correction of the budget figures is expected next week, the ministry said.',
    'The editor said the paper would close.',
    'He will follow the talks on Telegram and said so.',
    'By Monday, Smith said the talks had failed.',
    'This story was the first to break the news, the editor said.',
  ])('keeps body text as body: %s', (line) => {
    expect(kinds(`${bodyLine}\n${line}`)[1]).toBe('body');
  });

  it.each([
    'By Lucía Morales in Houston | The Guardian',
    'By Jane Roe | Fox News',
    'By Ursula von der Leyen',
    'Correction (May 2): An earlier version of this story misnamed a resident.',
    "This story was produced with support from the Guardian's reporting fund.",
  ])('sets the newsroom line apart: %s', (line) => {
    expect(kinds(`${bodyLine}\n${line}`)[1]).toBe('boilerplate');
  });
});
