// Sentence segmentation: tables of real sentences with the expected split,
// a NEGATIVE list (texts that are one sentence: no boundary may be found),
// the `abbreviations` option and the offset invariant. Known failures live in
// ./backlog.ts (asserted to still fail there).
import { describe, expect, it } from 'vitest';
import { segment } from '../../src/segment.js';
import { SENTENCE_BACKLOG } from './backlog.js';

const split = (text: string, options?: { abbreviations?: string[] }) =>
  segment(text, { dateline: false, ...options }).sentences.map((s) => s.text);

/** [text, expected sentences] by topic. */
const CASES: Record<string, [string, string[]][]> = {
  titles: [
    ['Dr. Watson met Mrs. Hudson at the station. They took a cab.', ['Dr. Watson met Mrs. Hudson at the station.', 'They took a cab.']],
    ['Gen. Smith and Lt. Col. Jones arrived. Sen. Warren spoke next.', ['Gen. Smith and Lt. Col. Jones arrived.', 'Sen. Warren spoke next.']],
    ["Prof. Ada Lovelace wrote the notes. St. Paul's Cathedral stood nearby.", ['Prof. Ada Lovelace wrote the notes.', "St. Paul's Cathedral stood nearby."]],
    ['Mr. Smith went to Washington. Mrs. Smith stayed home.', ['Mr. Smith went to Washington.', 'Mrs. Smith stayed home.']],
  ],
  initials: [
    ['The novel was written by J. R. R. Tolkien in England. It sold well.', ['The novel was written by J. R. R. Tolkien in England.', 'It sold well.']],
    ['George W. Bush visited the ranch. He stayed a week.', ['George W. Bush visited the ranch.', 'He stayed a week.']],
  ],
  'U.S. and other initialisms': [
    ['The U.S. economy grew 2% last year. Exports rose.', ['The U.S. economy grew 2% last year.', 'Exports rose.']],
    ['Sanctions were imposed by the U.S. The E.U. followed a week later.', ['Sanctions were imposed by the U.S.', 'The E.U. followed a week later.']],
    ['I moved to the U.S. It’s a big country.', ['I moved to the U.S.', 'It’s a big country.']],
    ["They sold it to Acme Inc. Don't ask why.", ['They sold it to Acme Inc.', "Don't ask why."]],
  ],
  'a.m. and p.m.': [
    ['They arrived at 10 a.m. Mr. Lee was waiting.', ['They arrived at 10 a.m.', 'Mr. Lee was waiting.']],
    ['We met at 5 p.m. Unfortunately the bus was late.', ['We met at 5 p.m.', 'Unfortunately the bus was late.']],
    ['The store closes at 9 p.m. Customers should arrive early.', ['The store closes at 9 p.m.', 'Customers should arrive early.']],
    ['Trading resumes at 9:30 a.m. EST Monday. Futures were flat.', ['Trading resumes at 9:30 a.m. EST Monday.', 'Futures were flat.']],
    ['Talks began at 3 p.m. Moscow time. They lasted four hours.', ['Talks began at 3 p.m. Moscow time.', 'They lasted four hours.']],
  ],
  'inline lists': [
    ['1) Apples; 2) pears. Then plums.', ['1) Apples; 2) pears.', 'Then plums.']],
    ['1) The first item 2) The second item', ['1) The first item', '2) The second item']],
  ],
  'abbreviations that can end a sentence: months, St., Sr., ft.': [
    ['The deal closed in Jan. Profits rose.', ['The deal closed in Jan.', 'Profits rose.']],
    ['The show was hosted by Ant and Dec. Viewers loved it.', ['The show was hosted by Ant and Dec.', 'Viewers loved it.']],
    ['The hearing was moved from Oct. 3 to Nov. 14. Lawyers objected.', ['The hearing was moved from Oct. 3 to Nov. 14.', 'Lawyers objected.']],
    ['He lives off Downing St. The PM was out.', ['He lives off Downing St.', 'The PM was out.']],
    ['John Smith Sr. He founded the firm in 1950.', ['John Smith Sr.', 'He founded the firm in 1950.']],
    ['The wall is 6 ft. The gate is lower.', ['The wall is 6 ft.', 'The gate is lower.']],
  ],
  'e.g., i.e., cf.': [
    ['Bring fruit, e.g. apples or pears. Do not bring nuts.', ['Bring fruit, e.g. apples or pears.', 'Do not bring nuts.']],
  ],
  'No., Inc., Co.': [
    ['The No. 1 seed lost in the final. Fans were stunned.', ['The No. 1 seed lost in the final.', 'Fans were stunned.']],
    ['Apple Inc. reported record profits. Its shares rose.', ['Apple Inc. reported record profits.', 'Its shares rose.']],
    ['Hell no. Thats a great name.', ['Hell no.', 'Thats a great name.']],
    ['The company moved to Austin, Tex. Its founder stayed behind.', ['The company moved to Austin, Tex.', 'Its founder stayed behind.']],
    ['Sources tell the FT. But Rover denied it.', ['Sources tell the FT.', 'But Rover denied it.']],
    ['It was approved for patients with MS. Final approval is near.', ['It was approved for patients with MS.', 'Final approval is near.']],
    ['It is the biggest firm after AT&T. Consolidation is rife.', ['It is the biggest firm after AT&T.', 'Consolidation is rife.']],
    ['The bill features Hoobastank and Jay-Z. Soul singer Stevie Wonder will sing.', ['The bill features Hoobastank and Jay-Z.', 'Soul singer Stevie Wonder will sing.']],
  ],
  'numbers and decimals': [
    ['Inflation was 3.5 percent in May. It fell to 3.1 percent in June.', ['Inflation was 3.5 percent in May.', 'It fell to 3.1 percent in June.']],
    ['Version 2.0 was released. It fixed 14 bugs.', ['Version 2.0 was released.', 'It fixed 14 bugs.']],
    ['The team won 3-1. Fans celebrated.', ['The team won 3-1.', 'Fans celebrated.']],
    ['See Fig. 3 for the results. The trend is clear.', ['See Fig. 3 for the results.', 'The trend is clear.']],
    ['It was a work of art. Destiny made it.', ['It was a work of art.', 'Destiny made it.']],
  ],
  ellipses: [
    ['He paused... Then he spoke again.', ['He paused...', 'Then he spoke again.']],
    ['Wait for it…  The crowd roared.', ['Wait for it…', 'The crowd roared.']],
    ['I was in Amsterdam for... I got sick there.', ['I was in Amsterdam for...', 'I got sick there.']],
  ],
  'quotes and parentheses': [
    ['"We will win," she said. "Nobody doubts it."', ['"We will win," she said.', '"Nobody doubts it."']],
    ['He said, "It is over." Then he left.', ['He said, "It is over."', 'Then he left.']],
    ['The plan (which nobody liked) failed. A new one was drawn up.', ['The plan (which nobody liked) failed.', 'A new one was drawn up.']],
    ['The results were clear. (The committee agreed.) Work began in May.', ['The results were clear.', '(The committee agreed.)', 'Work began in May.']],
    ['‘Come here,’ she said. ‘Now.’', ['‘Come here,’ she said.', '‘Now.’']],
    ['He entered the school in 1799. [17] He left in 1801.', ['He entered the school in 1799. [17]', 'He left in 1801.']],
    ['(We check in early and fly next day. ) Hop onto a bus.', ['(We check in early and fly next day. )', 'Hop onto a bus.']],
  ],
  'URLs and e-mail addresses': [
    ['Visit https://example.com/news. It has updates.', ['Visit https://example.com/news.', 'It has updates.']],
    ['Write to info@example.org. We reply within a day.', ['Write to info@example.org.', 'We reply within a day.']],
    ['See http://a.example.com/1.html http://b.example.com/2.html', ['See http://a.example.com/1.html', 'http://b.example.com/2.html']],
    ['Email: "Julie"<julie...@example.net> Groups: alt.animals.cat', ['Email: "Julie"<julie...@example.net>', 'Groups: alt.animals.cat']],
  ],
  'no space after the period': [
    ['It rained all day.The match was cancelled.', ['It rained all day.', 'The match was cancelled.']],
    ['Prices rose 3.5%.Analysts expected less.', ['Prices rose 3.5%.', 'Analysts expected less.']],
  ],
  'line breaks and CRLF': [
    ['First line ends here.\r\nSecond line follows.', ['First line ends here.', 'Second line follows.']],
    ['Title of the story\r\n\r\nThe body starts here. It goes on.', ['Title of the story', 'The body starts here.', 'It goes on.']],
    ['A list:\n- apples\n- pears', ['A list:', '- apples', '- pears']],
  ],
  '? and !': [
    ['What happened? Nobody knows!', ['What happened?', 'Nobody knows!']],
    ['Really?! That is amazing.', ['Really?!', 'That is amazing.']],
  ],
  'web text': [
    ['i am going out tonight. jill is coming too.', ['i am going out tonight.', 'jill is coming too.']],
    ['where did you grow up? india?', ['where did you grow up?', 'india?']],
    ['excellent! answered all my questions.', ['excellent!', 'answered all my questions.']],
    ['Kay Mann 04/26/2001 07:17 AM Will you send the draft?', ['Kay Mann', '04/26/2001 07:17 AM', 'Will you send the draft?']],
    ['I look forward to your feedback. Best regards, Jane Doe', ['I look forward to your feedback.', 'Best regards,', 'Jane Doe']],
    ['Hi, Yes the storage is still open.', ['Hi,', 'Yes the storage is still open.']],
    ['The event was great :) See you next year.', ['The event was great :)', 'See you next year.']],
    ['great! :P you get a good view.', ['great! :P', 'you get a good view.']],
    ['We need a — Do you have a pin?', ['We need a —', 'Do you have a pin?']],
    ['Thanks for reading. *** Next week: part two.', ['Thanks for reading.', '***', 'Next week: part two.']],
    ['Lovely Cottage This cottage is a charming place.', ['Lovely Cottage', 'This cottage is a charming place.']],
  ],
  'picture credits': [
    [
      'A robotics contest was held this week in Washington D.C. Image: United States Navy.',
      ['A robotics contest was held this week in Washington D.C.', 'Image: United States Navy.'],
    ],
    ['Black Widow and Captain America Photo: Nick Moreau.', ['Black Widow and Captain America', 'Photo: Nick Moreau.']],
    ['Figure 1.5 Residents of Boxborough meet in the town hall.', ['Figure 1.5', 'Residents of Boxborough meet in the town hall.']],
    ['It works with the GameBoy Advance SP. Nintendo dominates the market.', ['It works with the GameBoy Advance SP.', 'Nintendo dominates the market.']],
  ],
  'pre-tokenized, lower-cased text (as in CNN/DailyMail releases)': [
    [
      'the rangers beat the bruins on sunday . the win was their fifth in a row . coach vigneault was pleased .',
      ['the rangers beat the bruins on sunday .', 'the win was their fifth in a row .', 'coach vigneault was pleased .'],
    ],
    ["`` we played well , '' he said . it was late .", ["`` we played well , '' he said .", 'it was late .']],
  ],
};

/** One sentence each: no boundary may be found. */
const NEGATIVES: [string, string][] = [
  ['He moved to the U.S. in 1990 and stayed.', 'U.S. before a lower-case word'],
  ['She works for the U.S. Department of State.', 'U.S. before a name'],
  ['The meeting starts at 9 a.m. and ends at noon.', 'a.m. before a lower-case word'],
  ['The flight left at 6:30 a.m. on Monday.', 'a.m. after a clock time'],
  ['Use a safe word, i.e. one nobody guesses.', 'i.e.'],
  ['See the appendix (cf. Table 2) for details.', 'cf. in parentheses'],
  ['He was ranked No. 3 in the world.', 'No. before a number'],
  ['Shares of Acme Inc. fell 5% on Tuesday.', 'Inc. before a lower-case word'],
  ['He joined Smith & Co. in 2001.', 'Co. before a preposition'],
  ['The price rose to $1,234.56 on Friday.', 'decimal amount'],
  ['The vote was 52.3% to 47.7%.', 'percentages'],
  ['I was thinking... maybe we should go.', 'ellipsis before a lower-case word'],
  ['You need three things: 1) a pen, 2) paper and 3) time.', 'inline list after a colon'],
  ['1) Apples; 2) pears.', 'inline list items after a semicolon'],
  ['Downing St. residents were told to stay indoors.', 'St. as Street before a lower-case word'],
  ["He worshipped at St. Paul's Cathedral on Sunday.", 'St. as Saint'],
  ['Mount St. Helens erupted in May 1980.', 'St. after a capitalized word, before a name'],
  ['The St. Louis Cardinals won again.', 'St. after The'],
  ['Gen. Smith and Mr. Jones met on Jan. 5.', 'titles and a month before a number'],
  ['He was fined in Jan. and again in Feb. for speeding.', 'months before lower-case words'],
  ['The rally ends at 9 p.m. and resumes at 10 a.m. Sunday.', 'a.m. before a day'],
  ['The jet landed at 6:40 a.m. GMT after a delay.', 'a.m. before a time zone'],
  ['At 5 p.m. Smith went home.', 'an opening time phrase before a name'],
  ['Robert Downey Jr. won the award for best actor.', 'Jr. before a lower-case word'],
  ['A 6 ft. wall surrounds the compound.', 'ft. after a number before a lower-case word'],
  ['"Is it over?" he asked.', 'question inside a quotation'],
  ['The site www.example.com lists the rules.', 'URL with inner periods'],
  ['She works at Yahoo! in Sunnyvale.', 'name with an exclamation point'],
  ['The law took effect on Jan. 1 last year.', 'month abbreviation'],
  ['He was born in Springfield, Ill. on May 2.', 'state abbreviation'],
  ['It costs approx. 20 dollars.', 'approx.'],
  ['He was born c. 1818 in London.', 'circa'],
  ['Taipei, Taiwan — The festival opened on Monday.', 'a dash after a place name'],
  ['The president — The New York Times reported — was furious.', 'a parenthetical between dashes'],
  ['Dr. Bailey saw him at 5 p.m. on Tuesday.', 'title and p.m.'],
  ['Prices in the U.K. and the U.S. rose.', 'two initialisms'],
  ['Please call me at ext. 4412 tomorrow.', 'ext. before a number'],
  ['Most of them, e.g. Smith, agreed.', 'e.g. before a name'],
  ['The book (p. 55) explains it.', 'page reference'],
  ['Shares of Amazon.Com Inc. rose 3% on Monday.', 'a domain after a period with no space'],
  ['Write to a@example.org b@example.org for help.', 'two e-mail addresses in a row'],
  ["Richard Gere's comedy Shall We Dance? opened at number three.", 'a title ending in a question mark'],
  ['Bake the bread for 20 min. until golden.', 'a measure before a lower-case word'],
  ['The firm Leadplex LLC. and two others were fined.', 'LLC.'],
  ["Martin Scorsese's The Aviator is leading the field.", 'a title after a possessive'],
  ['Comedy Meet The Fockers topped the festive chart.', 'a film title with The'],
  ['In New York It rained all day.', 'no heading with an opener in it'],
  ['The image: a boy with a clock.', 'a lower-case label'],
  ['Dist. Atty. Gen. Smith spoke to the press.', 'a chain of titles'],
  ['The Rt. Hon. member objected.', 'Rt. Hon.'],
  ['As Smith et al. found, the effect was small.', 'et al.'],
  ['See Jones, op. cit. for the details.', 'op. cit.'],
  ['Table 3 shows the results for each region.', 'a figure label in running text'],
  ['ORAL ARGUMENT OF GEN. ELIZABETH PRELOGAR FOR THE PETITIONERS', 'a title in a text in capitals'],
];

describe('segment: sentences', () => {
  for (const [topic, cases] of Object.entries(CASES)) {
    describe(topic, () => {
      for (const [text, expected] of cases) {
        it(JSON.stringify(text), () => {
          expect(split(text)).toEqual(expected);
        });
      }
    });
  }

  describe('negatives: one sentence, no boundary', () => {
    for (const [text, why] of NEGATIVES) {
      it(`${why}: ${JSON.stringify(text)}`, () => {
        expect(split(text)).toEqual([text]);
      });
    }
  });

  it('keeps offsets exact, also with CRLF and a blank line', () => {
    const text = 'Line one ends.\r\nLine two ends.\r\n\r\nA new paragraph. Its second sentence.';
    const { sentences, paragraphs } = segment(text);
    expect(paragraphs).toHaveLength(2);
    expect(sentences.map((s) => [s.text, s.paragraph, s.index])).toEqual([
      ['Line one ends.', 0, 0],
      ['Line two ends.', 0, 1],
      ['A new paragraph.', 1, 2],
      ['Its second sentence.', 1, 3],
    ]);
    for (const s of sentences) expect(text.slice(s.start, s.end)).toBe(s.text);
  });

  it('never throws and keeps offsets on odd input', () => {
    const inputs = ['', ' ', '\0', '\ud800 lone surrogate.', '😀. 😀! Hi.', 'שלום עולם. مرحبا.', '.'.repeat(500), 'a '.repeat(50_000)];
    for (const text of inputs) {
      const { sentences } = segment(text);
      for (const s of sentences) expect(text.slice(s.start, s.end)).toBe(s.text);
    }
  });
});

describe('segment: the abbreviations option', () => {
  const text = 'The Senate Cmte. Chairman spoke. He left.';

  it('splits after an unknown abbreviation by default', () => {
    expect(split(text)).toEqual(['The Senate Cmte.', 'Chairman spoke.', 'He left.']);
  });

  it('treats a user abbreviation as an ambiguous one (with or without its period)', () => {
    expect(split(text, { abbreviations: ['Cmte'] })).toEqual(['The Senate Cmte. Chairman spoke.', 'He left.']);
    expect(split(text, { abbreviations: ['cmte.'] })).toEqual(['The Senate Cmte. Chairman spoke.', 'He left.']);
  });

  it('finds a user abbreviation that starts outside ASCII, or written in capitals', () => {
    expect(split('Voir le Éd. Martin ici. Il part.')).toEqual(['Voir le Éd.', 'Martin ici.', 'Il part.']);
    expect(split('Voir le Éd. Martin ici. Il part.', { abbreviations: ['Éd'] })).toEqual(['Voir le Éd. Martin ici.', 'Il part.']);
    expect(split('THE SENATE CMTE. Chairman spoke. He left.', { abbreviations: ['Cmte'] })).toEqual([
      'THE SENATE CMTE. Chairman spoke.',
      'He left.',
    ]);
  });

  it('still ends the sentence before a sentence opener', () => {
    expect(split('We met the cmte. It agreed.', { abbreviations: ['Cmte'] })).toEqual(['We met the cmte.', 'It agreed.']);
  });

  it('rejects bad values with errors that name the function and the option', () => {
    expect(() => segment('x', { abbreviations: 'Cmte' as unknown as string[] })).toThrow(TypeError);
    expect(() => segment('x', { abbreviations: 'Cmte' as unknown as string[] })).toThrow(/segment: options\.abbreviations/);
    expect(() => segment('x', { abbreviations: [1] as unknown as string[] })).toThrow(TypeError);
    expect(() => segment('x', { abbreviations: [''] })).toThrow(RangeError);
  });
});

describe('segment: backlog of known failures (tests/text/backlog.ts)', () => {
  for (const c of SENTENCE_BACKLOG) {
    it(`still fails: ${c.why}`, () => {
      expect(split(c.text)).not.toEqual(c.expected);
    });
  }
});
