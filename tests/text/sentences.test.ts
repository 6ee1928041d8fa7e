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
    ['1. Smith; 2. Jones; 3. Lee. Lee won.', ['1. Smith; 2. Jones; 3. Lee.', 'Lee won.']],
    ['Winners: 1. Smith; 2. Jones; 3. Lee.', ['Winners: 1. Smith; 2. Jones; 3. Lee.']],
    ['Steps: 1. Mix the flour. 2. Add eggs. 3. Bake.', ['Steps: 1. Mix the flour.', '2. Add eggs.', '3. Bake.']],
    ['The score was 2: 1. Then came rain.', ['The score was 2: 1.', 'Then came rain.']],
    ['The ratio was 3:1. The rest is noise.', ['The ratio was 3:1.', 'The rest is noise.']],
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
    ['The shop is on 42nd St. The rent is high.', ['The shop is on 42nd St.', 'The rent is high.']],
    ['The sale ends Sun. Jan. 12. Hurry while stocks last.', ['The sale ends Sun. Jan. 12.', 'Hurry while stocks last.']],
    ['He retired as a general (ret.). Then he wrote books.', ['He retired as a general (ret.).', 'Then he wrote books.']],
    ['The board met in the spring (Apr.) Later it was disbanded.', ['The board met in the spring (Apr.)', 'Later it was disbanded.']],
    ['He reads the Sun. The paper backed him.', ['He reads the Sun.', 'The paper backed him.']],
    ['They signed with Acme Inc. Shareholders were not told.', ['They signed with Acme Inc.', 'Shareholders were not told.']],
    ['The decision was made in the U.S. Markets reacted quickly.', ['The decision was made in the U.S.', 'Markets reacted quickly.']],
    ['The talks ended at 4 p.m. Negotiators will meet again on Friday.', ['The talks ended at 4 p.m.', 'Negotiators will meet again on Friday.']],
  ],
  'a month, a time or a place after a determiner is a modifier': [
    ['Clubs are busy during the Jan. Transfer window this year.', ['Clubs are busy during the Jan. Transfer window this year.']],
    ['The Feb. Issue of Vogue is out now. It sold out.', ['The Feb. Issue of Vogue is out now.', 'It sold out.']],
    ['Revenue in the Sept. Quarter rose 4%. Costs fell.', ['Revenue in the Sept. Quarter rose 4%.', 'Costs fell.']],
    ['The Oct. Revolution shaped the century.', ['The Oct. Revolution shaped the century.']],
    ['He cited the Aug. Jobs report from the Labor Department.', ['He cited the Aug. Jobs report from the Labor Department.']],
    ['Sales peaked in the Dec. The rest of the year was slow.', ['Sales peaked in the Dec.', 'The rest of the year was slow.']],
    ['Prices fell in Oct. Traders blamed the Fed.', ['Prices fell in Oct.', 'Traders blamed the Fed.']],
    ['Profits have doubled since last Sept. Analysts expect more.', ['Profits have doubled since last Sept.', 'Analysts expect more.']],
    ['It opened this Jan. Visitors queued for hours.', ['It opened this Jan.', 'Visitors queued for hours.']],
    ['Catch the 7:15 a.m. Amtrak train to Boston.', ['Catch the 7:15 a.m. Amtrak train to Boston.']],
    ['The 6 p.m. News bulletin was dropped.', ['The 6 p.m. News bulletin was dropped.']],
    ['He called at 2 a.m. Police arrived an hour later.', ['He called at 2 a.m.', 'Police arrived an hour later.']],
    ['She works at the Trenton, N.J. Office of the company.', ['She works at the Trenton, N.J. Office of the company.']],
    ['A Springfield, Mass. Resident won the lottery.', ['A Springfield, Mass. Resident won the lottery.']],
    ['Their Dallas, Tex. Headquarters were sold.', ['Their Dallas, Tex. Headquarters were sold.']],
    ['He lives in Portland, Ore. His wife lives in Seattle.', ['He lives in Portland, Ore.', 'His wife lives in Seattle.']],
    ['The plant is in the Springfield, Ill. It employs 400 people.', ['The plant is in the Springfield, Ill.', 'It employs 400 people.']],
  ],
  'a plural subject or a name and its comma after a name alone (no sentence before)': [
    ['The U.S. Officials were briefed on Monday.', ['The U.S. Officials were briefed on Monday.']],
    ['Dozens of U.S. Troops were killed. The army confirmed it.', ['Dozens of U.S. Troops were killed.', 'The army confirmed it.']],
    ['U.S. Analysts expect the Fed to cut rates.', ['U.S. Analysts expect the Fed to cut rates.']],
    ['The U.K. Markets regulator issued a warning.', ['The U.K. Markets regulator issued a warning.']],
    ['Acme Corp. Shareholders approved the merger.', ['Acme Corp. Shareholders approved the merger.']],
    ['Goods shipped to the U.S. Officials said tariffs would rise.', ['Goods shipped to the U.S.', 'Officials said tariffs would rise.']],
    ['Acme Inc. Chairman, John Smith, resigned.', ['Acme Inc. Chairman, John Smith, resigned.']],
    ['Acme Pty. Ltd. Sydney, Australia will host.', ['Acme Pty. Ltd. Sydney, Australia will host.']],
    ['About Acme Inc. Acme, which makes widgets, was founded in 1990.', ['About Acme Inc.', 'Acme, which makes widgets, was founded in 1990.']],
    ['The deal values Hearst Corp. Vogue, its best-known title, is not included.', ['The deal values Hearst Corp.', 'Vogue, its best-known title, is not included.']],
  ],
  'hard-wrapped lines that cut a name': [
    [
      'Bank of England holds rates at 5% as inflation eases further\nUK economy shrank by 0.3% in the third quarter, ONS says\nThe pound fell against the dollar after the announcement.',
      [
        'Bank of England holds rates at 5% as inflation eases further',
        'UK economy shrank by 0.3% in the third quarter, ONS says',
        'The pound fell against the dollar after the announcement.',
      ],
    ],
    ['In an interview with the newspaper\nThe Times, the minister said he would stay.', ['In an interview with the newspaper\nThe Times, the minister said he would stay.']],
    ['Fans of the rock group\nThe Rolling Stones queued for hours.', ['Fans of the rock group\nThe Rolling Stones queued for hours.']],
    ['She starred in the film\nThe Piano, which won three Oscars.', ['She starred in the film\nThe Piano, which won three Oscars.']],
    ['Police appeal after stabbing in city centre\nThe Metropolitan Police said a man was hurt.', ['Police appeal after stabbing in city centre', 'The Metropolitan Police said a man was hurt.']],
    ['A spokesman for the Metropolitan\nPolice said the man had been arrested.', ['A spokesman for the Metropolitan\nPolice said the man had been arrested.']],
    ['The union representing British Airways\nWorkers said talks had failed.', ['The union representing British Airways\nWorkers said talks had failed.']],
    ['More than 200 Amazon\nWorkers walked out on Friday.', ['More than 200 Amazon\nWorkers walked out on Friday.']],
    ['Storm batters south coast\nThousands are without power.', ['Storm batters south coast', 'Thousands are without power.']],
    ['Storm Ciaran Hits Britain\nThousands are without power.', ['Storm Ciaran Hits Britain', 'Thousands are without power.']],
    [
      'The index is compiled by S&P Global and tracks companies such as Apple\nMicrosoft and Nvidia, which together make up a fifth of its value, said\nHoward Silverblatt, an analyst at the firm.',
      [
        'The index is compiled by S&P Global and tracks companies such as Apple\nMicrosoft and Nvidia, which together make up a fifth of its value, said\nHoward Silverblatt, an analyst at the firm.',
      ],
    ],
    ['Jane Smith\nCEO, Acme Inc.\nThe views above are my own.', ['Jane Smith', 'CEO, Acme Inc.', 'The views above are my own.']],
    [
      'FOR IMMEDIATE RELEASE\nAcme Inc. Reports Record Sales\nSPRINGFIELD, Ill., May 5, 2025 -- Acme Inc. today reported record sales.',
      ['FOR IMMEDIATE RELEASE', 'Acme Inc. Reports Record Sales', 'SPRINGFIELD, Ill., May 5, 2025 -- Acme Inc. today reported record sales.'],
    ],
    [
      'The study was funded by the National Institutes of Health and the Wellcome\nTrust. It followed 2,000 adults for ten years in Britain and the United\nStates.',
      [
        'The study was funded by the National Institutes of Health and the Wellcome\nTrust.',
        'It followed 2,000 adults for ten years in Britain and the United\nStates.',
      ],
    ],
    [
      'Authorities in Texas said the storm hit Houston and Galveston on Monday\nNight, cutting power to more than a million homes served by CenterPoint\nEnergy, the utility said.',
      [
        'Authorities in Texas said the storm hit Houston and Galveston on Monday\nNight, cutting power to more than a million homes served by CenterPoint\nEnergy, the utility said.',
      ],
    ],
    ['Jane Smith\nChief Executive\nAcme Inc.\n\nThe company was founded in 1990.', ['Jane Smith', 'Chief Executive', 'Acme Inc.', 'The company was founded in 1990.']],
    ['Lakers 102, Celtics 99\nKnicks 88, Nets 85\nThe Lakers have won five straight.', ['Lakers 102, Celtics 99', 'Knicks 88, Nets 85', 'The Lakers have won five straight.']],
  ],
  'markdown headings': [
    ['## Results\nThe model reached 91% accuracy on the test set.', ['## Results', 'The model reached 91% accuracy on the test set.']],
    ['### Installation\nRun the installer and restart.', ['### Installation', 'Run the installer and restart.']],
    ['Intro\n## Methods\nWe ran it. It worked.', ['Intro', '## Methods', 'We ran it.', 'It worked.']],
    ['## Results: the model won. It was good.', ['## Results: the model won.', 'It was good.']],
    ['#1 seed wins again', ['#1 seed wins again']],
  ],
  'a title written in lower case': [
    ['He served as the chief engr. Then he retired.', ['He served as the chief engr.', 'Then he retired.']],
    ['She worked as a teaching asst. The pay was poor.', ['She worked as a teaching asst.', 'The pay was poor.']],
    ['He met with sen. Warren on Monday.', ['He met with sen. Warren on Monday.']],
    ['The Giants play the Jets vs. The Rams next week.', ['The Giants play the Jets vs. The Rams next week.']],
    ['Asst. Coach John Smith was fired. The team lost.', ['Asst. Coach John Smith was fired.', 'The team lost.']],
  ],
  'sentence adverbs after an abbreviation': [
    ['Mr. Smith joined Acme Co. Previously he worked at IBM.', ['Mr. Smith joined Acme Co.', 'Previously he worked at IBM.']],
    ['The talks ended at 4 p.m. Separately, the union called a strike.', ['The talks ended at 4 p.m.', 'Separately, the union called a strike.']],
    ['The firm moved to the U.K. Eventually it listed in London.', ['The firm moved to the U.K.', 'Eventually it listed in London.']],
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
    [
      'The report said "rents have risen in every region [...] Wages have not kept up," and called for action.',
      ['The report said "rents have risen in every region [...]', 'Wages have not kept up," and called for action.'],
    ],
    ['"Exports fell by a third [...] Nobody expected it," she wrote.', ['"Exports fell by a third [...]', 'Nobody expected it," she wrote.']],
    ['The statute covers [...] New York and New Jersey.', ['The statute covers [...] New York and New Jersey.']],
    ['"The [...] European Union said no," he recalled.', ['"The [...] European Union said no," he recalled.']],
    ['He quoted the ruling: "of [...] Parliament" was struck out.', ['He quoted the ruling: "of [...] Parliament" was struck out.']],
    ['"Rates rose in 2022 [...] The Bank of England acted late," it said.', ['"Rates rose in 2022 [...]', 'The Bank of England acted late," it said.']],
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

/**
 * News copy, written for these tests in the styles of wire services and
 * UK and US papers (datelines, bylines, headlines, quotes, sports results,
 * money, abbreviations of AP style): [text, expected sentences] by topic.
 */
const NEWS_CASES: Record<string, [string, string[]][]> = {
  'datelines and bylines': [
    ['LONDON (Reuters) - British inflation fell to 2.1% in May. The pound slipped.', ['LONDON (Reuters) - British inflation fell to 2.1% in May.', 'The pound slipped.']],
    ['WASHINGTON (AP) — The Senate passed the bill 51-49 on Tuesday. It now goes to the House.', ['WASHINGTON (AP) — The Senate passed the bill 51-49 on Tuesday.', 'It now goes to the House.']],
    ['By Jane Smith, Political Correspondent\n\nThe prime minister called an election. Voters go to the polls in July.', ['By Jane Smith, Political Correspondent', 'The prime minister called an election.', 'Voters go to the polls in July.']],
    ['NEW YORK, March 3 (Reuters) - U.S. stocks rose on Friday. The Dow gained 0.4%.', ['NEW YORK, March 3 (Reuters) - U.S. stocks rose on Friday.', 'The Dow gained 0.4%.']],
  ],
  'headlines without full stops': [
    ['Floods hit northern England\n\nThousands of homes were evacuated on Sunday. Rain is forecast to continue.', ['Floods hit northern England', 'Thousands of homes were evacuated on Sunday.', 'Rain is forecast to continue.']],
    ['Bank of England holds rates at 5%\nThe decision was unanimous.', ['Bank of England holds rates at 5%', 'The decision was unanimous.']],
    ['By Jane Smith\nThe prime minister called an election.', ['By Jane Smith', 'The prime minister called an election.']],
    ['Updated 10:32 GMT\nThe minister resigned on Friday.', ['Updated 10:32 GMT', 'The minister resigned on Friday.']],
    ['PM resigns after vote\nIt was the third defeat in a week.', ['PM resigns after vote', 'It was the third defeat in a week.']],
    ['Storm Batters Coast\nThousands are without power.', ['Storm Batters Coast', 'Thousands are without power.']],
    ['Storm batters coast\nThousands are without power.', ['Storm batters coast', 'Thousands are without power.']],
    ['The committee said that its\nPolice were ready.', ['The committee said that its\nPolice were ready.']],
    ['Bank of England Holds Rates at 5%\nPolicymakers voted 7-2.', ['Bank of England Holds Rates at 5%', 'Policymakers voted 7-2.']],
    ['Prime Minister Boris Johnson and Chancellor\nRishi Sunak said it.', ['Prime Minister Boris Johnson and Chancellor\nRishi Sunak said it.']],
    ['The European\nCommission said no.', ['The European\nCommission said no.']],
    ['BREAKING: Prime minister resigns\n\nThe prime minister has resigned.', ['BREAKING: Prime minister resigns', 'The prime minister has resigned.']],
    ['The talks, which met in\nThe Hague, ended. Both sides hailed it.', ['The talks, which met in\nThe Hague, ended.', 'Both sides hailed it.']],
    [
      'The minister resigned on Friday.\nImage copyright Getty Images\nImage caption The minister was under pressure\nHer deputy will take over.',
      ['The minister resigned on Friday.', 'Image copyright Getty Images', 'Image caption The minister was under pressure', 'Her deputy will take over.'],
    ],
    [
      'Media playback is unsupported on your device\nMedia caption Watch: The bridge collapses\nRescue teams arrived within minutes.',
      ['Media playback is unsupported on your device', 'Media caption Watch: The bridge collapses', 'Rescue teams arrived within minutes.'],
    ],
    [
      'The committee, which met on\nMonday, said the plan\nwould cost more than the\nGovernment had hoped. It was shelved.',
      ['The committee, which met on\nMonday, said the plan\nwould cost more than the\nGovernment had hoped.', 'It was shelved.'],
    ],
  ],
  'month abbreviations': [
    ['The law takes effect Jan. 1, 2027. Critics vowed to fight it.', ['The law takes effect Jan. 1, 2027.', 'Critics vowed to fight it.']],
    ['Sales peaked in Sept. Analysts had expected a slowdown.', ['Sales peaked in Sept.', 'Analysts had expected a slowdown.']],
    ['The attacks of Sept. 11 changed air travel. Security tightened.', ['The attacks of Sept. 11 changed air travel.', 'Security tightened.']],
    ['Results are due in Feb. or March. Investors are nervous.', ['Results are due in Feb. or March.', 'Investors are nervous.']],
  ],
  'St.': [
    ['Protesters marched down Main St. They were peaceful.', ['Protesters marched down Main St.', 'They were peaceful.']],
    ['The shop on Baker St. In the window hung a sign.', ['The shop on Baker St.', 'In the window hung a sign.']],
    ['He was a pupil at St. Paul\'s School in London. He left at 16.', ["He was a pupil at St. Paul's School in London.", 'He left at 16.']],
  ],
  'a.m./p.m.': [
    ['Polls close at 10 p.m. Results are expected overnight.', ['Polls close at 10 p.m.', 'Results are expected overnight.']],
    ['The blast happened at 7:45 a.m. Witnesses heard two bangs.', ['The blast happened at 7:45 a.m.', 'Witnesses heard two bangs.']],
    ['The deadline is 5 p.m. Eastern time on Friday. No extension is planned.', ['The deadline is 5 p.m. Eastern time on Friday.', 'No extension is planned.']],
    ['Police were called at 11 p.m. Saturday. Two men were arrested.', ['Police were called at 11 p.m. Saturday.', 'Two men were arrested.']],
    ['At 6 a.m. Mr. Jones left the house. Nobody saw him again.', ['At 6 a.m. Mr. Jones left the house.', 'Nobody saw him again.']],
  ],
  'companies and initialisms': [
    ['Apple Inc. said on Thursday it would buy back shares. Its stock rose 2%.', ['Apple Inc. said on Thursday it would buy back shares.', 'Its stock rose 2%.']],
    ['Microsoft Corp. Chairman Bill Gates spoke first. He was brief.', ['Microsoft Corp. Chairman Bill Gates spoke first.', 'He was brief.']],
    ['The U.S. Army said two soldiers died. The U.K. Ministry of Defence declined to comment.', ['The U.S. Army said two soldiers died.', 'The U.K. Ministry of Defence declined to comment.']],
    ['Tesco Plc. Its shares fell.', ['Tesco Plc.', 'Its shares fell.']],
    ['Talks with the U.N. Security Council stalled. A vote is due.', ['Talks with the U.N. Security Council stalled.', 'A vote is due.']],
    ['Martin Luther King Jr. Day is a holiday. Banks are closed.', ['Martin Luther King Jr. Day is a holiday.', 'Banks are closed.']],
    ['She moved to Washington, D.C. She was 24.', ['She moved to Washington, D.C.', 'She was 24.']],
  ],
  'initials': [
    ['J.K. Rowling wrote the books. They sold millions.', ['J.K. Rowling wrote the books.', 'They sold millions.']],
    ['The author J. K. Rowling spoke at the event. Fans queued for hours.', ['The author J. K. Rowling spoke at the event.', 'Fans queued for hours.']],
    ['Franklin D. Roosevelt was president. He served four terms.', ['Franklin D. Roosevelt was president.', 'He served four terms.']],
    ['The report was written by E. O. Wilson. It won a prize.', ['The report was written by E. O. Wilson.', 'It won a prize.']],
  ],
  'No. / Nos. / vs. / approx. / e.g. / i.e.': [
    ['A spokesman for No. 10 declined to comment. The cabinet meets on Tuesday.', ['A spokesman for No. 10 declined to comment.', 'The cabinet meets on Tuesday.']],
    ['Platforms Nos. 3 and 4 were closed. Trains were diverted.', ['Platforms Nos. 3 and 4 were closed.', 'Trains were diverted.']],
    ['It was the Lakers vs. the Celtics. The Celtics won.', ['It was the Lakers vs. the Celtics.', 'The Celtics won.']],
    ['Smith vs. Jones goes to trial next week. Both sides are confident.', ['Smith vs. Jones goes to trial next week.', 'Both sides are confident.']],
    ['The quake killed approx. 300 people. Rescuers are still searching.', ['The quake killed approx. 300 people.', 'Rescuers are still searching.']],
    ['Some metals, e.g. lithium and cobalt, are scarce. Prices have doubled.', ['Some metals, e.g. lithium and cobalt, are scarce.', 'Prices have doubled.']],
    ['The core rate, i.e. excluding food and energy, rose 0.3%. Economists were surprised.', ['The core rate, i.e. excluding food and energy, rose 0.3%.', 'Economists were surprised.']],
    ['Fruit, vegetables, grain etc. were all dearer. Shoppers cut back.', ['Fruit, vegetables, grain etc. were all dearer.', 'Shoppers cut back.']],
  ],
  'numbers and sports': [
    ['Nadal won 6-4 6-3. He plays Federer next.', ['Nadal won 6-4 6-3.', 'He plays Federer next.']],
    ['Arsenal beat Chelsea 2-1. Saka scored twice.', ['Arsenal beat Chelsea 2-1.', 'Saka scored twice.']],
    ['The FTSE 100 closed up 0.8% at 7,654.3. Miners led the gains.', ['The FTSE 100 closed up 0.8% at 7,654.3.', 'Miners led the gains.']],
    ['The bill costs $1.2bn. Ministers say it will pay for itself.', ['The bill costs $1.2bn.', 'Ministers say it will pay for itself.']],
    ['Growth was revised to 0.2 per cent. The Treasury welcomed the figures.', ['Growth was revised to 0.2 per cent.', 'The Treasury welcomed the figures.']],
    ['He ran the 100m in 9.58 seconds. Nobody has come close.', ['He ran the 100m in 9.58 seconds.', 'Nobody has come close.']],
    ['The ratio was 3.5:1 in 2019. It has since narrowed.', ['The ratio was 3.5:1 in 2019.', 'It has since narrowed.']],
    ['India were 245-6 at lunch. Kohli made 87.', ['India were 245-6 at lunch.', 'Kohli made 87.']],
  ],
  'URLs and e-mail': [
    ['Details are at www.gov.uk/floods. The page is updated hourly.', ['Details are at www.gov.uk/floods.', 'The page is updated hourly.']],
    ['Tips can be sent to news@bbc.co.uk. All messages are read.', ['Tips can be sent to news@bbc.co.uk.', 'All messages are read.']],
    ['Read more at https://www.reuters.com/world/. Subscribe for updates.', ['Read more at https://www.reuters.com/world/.', 'Subscribe for updates.']],
  ],
  'quotes': [
    ['"We will not back down," the minister said. "Not now, not ever."', ['"We will not back down," the minister said.', '"Not now, not ever."']],
    ['"He told me, \'Leave now,\' and I did," she said. Police arrived later.', ['"He told me, \'Leave now,\' and I did," she said.', 'Police arrived later.']],
    ['The memo read: \'Do not open. Call the police.\' Nobody did.', ["The memo read: 'Do not open.", "Call the police.'", 'Nobody did.']],
    ['“It’s a disaster,” said one trader. “Nobody saw it coming.”', ['“It’s a disaster,” said one trader.', '“Nobody saw it coming.”']],
    ['‘We are delighted,’ a spokeswoman said. ‘The team worked hard.’', ['‘We are delighted,’ a spokeswoman said.', '‘The team worked hard.’']],
    ['She called the plan "unworkable." The union agreed.', ['She called the plan "unworkable."', 'The union agreed.']],
    ['The senator asked, "Who pays for this?" Nobody answered.', ['The senator asked, "Who pays for this?"', 'Nobody answered.']],
    ['"Why now?" asked the opposition leader. "Because we must," the minister replied.', ['"Why now?" asked the opposition leader.', '"Because we must," the minister replied.']],
    ['He called it "a stitch-up". Labour denied it.', ['He called it "a stitch-up".', 'Labour denied it.']],
  ],
  'brackets': [
    ['Output fell (the third fall in a row). Exports held up.', ['Output fell (the third fall in a row).', 'Exports held up.']],
    ['The company (founded in 1998) employs 4,000 people. It is based in Leeds.', ['The company (founded in 1998) employs 4,000 people.', 'It is based in Leeds.']],
    ['The vote was delayed. (A recount was ordered.) Both sides claimed victory.', ['The vote was delayed.', '(A recount was ordered.)', 'Both sides claimed victory.']],
  ],
  '? ! ?! ellipses': [
    ['Is this the end of cheap money? Economists think so.', ['Is this the end of cheap money?', 'Economists think so.']],
    ['What next?! Fans demanded answers.', ['What next?!', 'Fans demanded answers.']],
    ['Goal! The stadium erupted.', ['Goal!', 'The stadium erupted.']],
    ['He hesitated… Then he signed.', ['He hesitated…', 'Then he signed.']],
    ['The minister said the plan would work... but gave no details.', ['The minister said the plan would work... but gave no details.']],
    ['And then... Silence. Nobody spoke.', ['And then...', 'Silence.', 'Nobody spoke.']],
  ],
  'Q&A': [
    ['Q: When will rates fall? A: Not before next year.', ['Q: When will rates fall?', 'A: Not before next year.']],
    ['Q. What does it mean for savers?\nA. Higher returns, for now.', ['Q. What does it mean for savers?', 'A. Higher returns, for now.']],
  ],
  'bullet lists': [
    ['The key points:\n• Rates held at 5%\n• Two members voted for a cut', ['The key points:', '• Rates held at 5%', '• Two members voted for a cut']],
    ['Key facts:\n- 40 people injured\n- 3 in a critical condition', ['Key facts:', '- 40 people injured', '- 3 in a critical condition']],
    ['The plan has three parts: (1) tax cuts, (2) spending and (3) reform. Critics are unconvinced.', ['The plan has three parts: (1) tax cuts, (2) spending and (3) reform.', 'Critics are unconvinced.']],
  ],
  'UK style: no periods after titles': [
    ['Mr Johnson met Dr Patel at No 10. They spoke for an hour.', ['Mr Johnson met Dr Patel at No 10.', 'They spoke for an hour.']],
    ['Mrs May resigned in 2019. She was succeeded by Mr Johnson.', ['Mrs May resigned in 2019.', 'She was succeeded by Mr Johnson.']],
    ['The BBC\'s Nick Robinson asked about the NHS. The PM dodged the question.', ["The BBC's Nick Robinson asked about the NHS.", 'The PM dodged the question.']],
  ],
  'state abbreviations': [
    ['The plant is in Flint, Mich. It employs 2,000 workers.', ['The plant is in Flint, Mich.', 'It employs 2,000 workers.']],
    ['He was born in Springfield, Ill., in 1950. He moved west.', ['He was born in Springfield, Ill., in 1950.', 'He moved west.']],
  ],
  'titles before names': [
    ['Gov. Newsom signed the bill. Sen. Padilla praised it.', ['Gov. Newsom signed the bill.', 'Sen. Padilla praised it.']],
    ['Rep. Ocasio-Cortez and Sen. Sanders held a rally. Thousands attended.', ['Rep. Ocasio-Cortez and Sen. Sanders held a rally.', 'Thousands attended.']],
    ['The Rev. Al Sharpton spoke at the funeral. Mourners filled the church.', ['The Rev. Al Sharpton spoke at the funeral.', 'Mourners filled the church.']],
    ['Lt. Gen. Smith led the inquiry. His report is due in May.', ['Lt. Gen. Smith led the inquiry.', 'His report is due in May.']],
  ],
  'dashes': [
    ['The deal — worth $3bn — was signed on Friday. Shares jumped.', ['The deal — worth $3bn — was signed on Friday.', 'Shares jumped.']],
    ['Prices rose sharply - by 9% - in April. Wages lagged.', ['Prices rose sharply - by 9% - in April.', 'Wages lagged.']],
  ],
  'more abbreviations': [
    ['The bridge is approx. 2 km long. It opened in 1932.', ['The bridge is approx. 2 km long.', 'It opened in 1932.']],
    ['See p. 12 of the report. It sets out the risks.', ['See p. 12 of the report.', 'It sets out the risks.']],
    ['Shares in BP plc fell 3%. Shell was flat.', ['Shares in BP plc fell 3%.', 'Shell was flat.']],
    ['The firm is run by Smith & Co. Ltd. of Leeds. It makes bricks.', ['The firm is run by Smith & Co. Ltd. of Leeds.', 'It makes bricks.']],
    ['She holds a Ph.D. in physics. Her thesis was on lasers.', ['She holds a Ph.D. in physics.', 'Her thesis was on lasers.']],
    ['The match starts at 7.45pm. Tickets are sold out.', ['The match starts at 7.45pm.', 'Tickets are sold out.']],
    ['Temperatures hit 40.3C on Tuesday. A record was set.', ['Temperatures hit 40.3C on Tuesday.', 'A record was set.']],
    ['He was fined £2,500. The judge called it a warning.', ['He was fined £2,500.', 'The judge called it a warning.']],
    ['Version 2.1.3 fixes the bug. Users should update.', ['Version 2.1.3 fixes the bug.', 'Users should update.']],
    ['The Fed raised rates by 0.25 percentage points. It was the 10th rise.', ['The Fed raised rates by 0.25 percentage points.', 'It was the 10th rise.']],
    ['The U.S. and China agreed a truce. Tariffs will be cut.', ['The U.S. and China agreed a truce.', 'Tariffs will be cut.']],
    ['Reporting by Jane Doe; Editing by John Roe', ['Reporting by Jane Doe; Editing by John Roe']],
    ['(Reporting by Jane Doe in London; Editing by John Roe)', ['(Reporting by Jane Doe in London; Editing by John Roe)']],
    ['Copyright 2026 The Associated Press. All rights reserved.', ['Copyright 2026 The Associated Press.', 'All rights reserved.']],
  ],
  'wire copy: party and state, possessives, quotes after abbreviations': [
    ['Sen. Joe Manchin (D-W.Va.) said Tuesday he would vote no. His aides confirmed it.', ['Sen. Joe Manchin (D-W.Va.) said Tuesday he would vote no.', 'His aides confirmed it.']],
    ['Rep. Nancy Pelosi (D-Calif.) spoke first. She was brief.', ['Rep. Nancy Pelosi (D-Calif.) spoke first.', 'She was brief.']],
    ["Apple Inc.'s shares fell 3%. The U.S.'s debt rose.", ["Apple Inc.'s shares fell 3%.", "The U.S.'s debt rose."]],
    ['He works for Acme Inc. "We are thrilled," he said.', ['He works for Acme Inc.', '"We are thrilled," he said.']],
    ['The firm earned $5 mln. The bank lost $2 bln.', ['The firm earned $5 mln.', 'The bank lost $2 bln.']],
    ['Mr. and Mrs. Smith arrived at 10 a.m. They left at noon.', ['Mr. and Mrs. Smith arrived at 10 a.m.', 'They left at noon.']],
    ['He holds a B.A. from Yale. He also studied law.', ['He holds a B.A. from Yale.', 'He also studied law.']],
    ['The results are published at 3 p.m. ET. Markets then react.', ['The results are published at 3 p.m. ET.', 'Markets then react.']],
    ["He was born in St. John's, Nfld. He moved to Toronto.", ["He was born in St. John's, Nfld.", 'He moved to Toronto.']],
    ['It happened on Dec. 25, 2025. Nobody was hurt.', ['It happened on Dec. 25, 2025.', 'Nobody was hurt.']],
    ['The vote passed (52-48). Opposition MPs walked out.', ['The vote passed (52-48).', 'Opposition MPs walked out.']],
    ['He said it was "over" (for now). Then he left.', ['He said it was "over" (for now).', 'Then he left.']],
    ['The Lions led 14-7 at the half. Detroit then scored twice.', ['The Lions led 14-7 at the half.', 'Detroit then scored twice.']],
    ['Shares in Acme Ltd. Its chairman quit.', ['Shares in Acme Ltd.', 'Its chairman quit.']],
    ["He spoke to Mr. Smith's lawyer. The lawyer declined.", ["He spoke to Mr. Smith's lawyer.", 'The lawyer declined.']],
    ['LONDON, Nov. 3 (Reuters) - Oil fell. Brent was down 2%.', ['LONDON, Nov. 3 (Reuters) - Oil fell.', 'Brent was down 2%.']],
  ],
  'more wire copy: scores, names ending in "!", handles, measures, months ending sentences': [
    ['Djokovic beat Alcaraz 6-4 3-6 7-6 (7-4). He will face Sinner next.', ['Djokovic beat Alcaraz 6-4 3-6 7-6 (7-4).', 'He will face Sinner next.']],
    ['He won the U.S. Open. Nadal was second.', ['He won the U.S. Open.', 'Nadal was second.']],
    ['Stocks fell on Wall St. The Dow lost 400 points.', ['Stocks fell on Wall St.', 'The Dow lost 400 points.']],
    ["'I'm not sure...' he said. Then he left.", ["'I'm not sure...' he said.", 'Then he left.']],
    ['"Why?" he asked. "Because."', ['"Why?" he asked.', '"Because."']],
    ['"Really?!" she said. Nobody laughed.', ['"Really?!" she said.', 'Nobody laughed.']],
    ['Yahoo! Inc. said profits rose. Its shares jumped.', ['Yahoo! Inc. said profits rose.', 'Its shares jumped.']],
    ['The Jeopardy! host died on Sunday. He was 80.', ['The Jeopardy! host died on Sunday.', 'He was 80.']],
    ['He was No. 1. Now he is No. 3.', ['He was No. 1.', 'Now he is No. 3.']],
    ['He was born in 1960. In 1980 he moved to Paris.', ['He was born in 1960.', 'In 1980 he moved to Paris.']],
    ['Sgt. Maj. John Smith led the parade. Crowds lined the route.', ['Sgt. Maj. John Smith led the parade.', 'Crowds lined the route.']],
    ['The St. Louis Blues beat Chicago 3-2 in OT. The win was their fifth.', ['The St. Louis Blues beat Chicago 3-2 in OT.', 'The win was their fifth.']],
    ['Each bag weighs 12 oz. The price is $4.', ['Each bag weighs 12 oz.', 'The price is $4.']],
    ["It was Mrs. Thatcher's govt. The unions opposed it.", ["It was Mrs. Thatcher's govt.", 'The unions opposed it.']],
    ['Police arrested him at 10 p.m. GMT on Friday. He was later released.', ['Police arrested him at 10 p.m. GMT on Friday.', 'He was later released.']],
    ['SMITH: We will win.\nJONES: No, you won\'t.', ['SMITH: We will win.', "JONES: No, you won't."]],
    ['* Rates held at 5%\n* Two members dissented', ['* Rates held at 5%', '* Two members dissented']],
    ['The story went viral. @BBCNews shared it.', ['The story went viral.', '@BBCNews shared it.']],
    ['Michael J. Fox said he was grateful. Harry S. Truman was president then.', ['Michael J. Fox said he was grateful.', 'Harry S. Truman was president then.']],
    ['A.M. Best Co. affirmed the rating. The outlook is stable.', ['A.M. Best Co. affirmed the rating.', 'The outlook is stable.']],
    ['The vote is on Feb. 29. Turnout may be low.', ['The vote is on Feb. 29.', 'Turnout may be low.']],
    ['U.S.-led forces withdrew. The U.S. Congress objected.', ['U.S.-led forces withdrew.', 'The U.S. Congress objected.']],
    ['Arsenal vs Chelsea ended 1-1. Both managers were unhappy.', ['Arsenal vs Chelsea ended 1-1.', 'Both managers were unhappy.']],
    ['The report (pp. 12-14) sets out the risks. Ministers rejected it.', ['The report (pp. 12-14) sets out the risks.', 'Ministers rejected it.']],
    ['The yield rose to 4.25 per cent. Gilts sold off.', ['The yield rose to 4.25 per cent.', 'Gilts sold off.']],
    ['He said he would "fight on." Aides were less sure.', ['He said he would "fight on."', 'Aides were less sure.']],
    ['The minister (pictured) resigned. Her deputy takes over.', ['The minister (pictured) resigned.', 'Her deputy takes over.']],
    ['It cost £1.5m. That is twice the estimate.', ['It cost £1.5m.', 'That is twice the estimate.']],
    ['The Dow Jones Industrial Average rose 0.5%, or 180 points, to 35,120. The S&P 500 gained 0.3%.', ['The Dow Jones Industrial Average rose 0.5%, or 180 points, to 35,120.', 'The S&P 500 gained 0.3%.']],
    ['The film, Everything Everywhere All at Once, won. Its stars wept.', ['The film, Everything Everywhere All at Once, won.', 'Its stars wept.']],
    ['Man Utd 2 Liverpool 1: Rashford scores late. The win lifts United to fifth.', ['Man Utd 2 Liverpool 1: Rashford scores late.', 'The win lifts United to fifth.']],
    ['Read more: How the budget affects you. Sign up for our newsletter.', ['Read more: How the budget affects you.', 'Sign up for our newsletter.']],
    ['The plane left at 2 a.m. It landed in Lima at noon.', ['The plane left at 2 a.m.', 'It landed in Lima at noon.']],
    ['The firm, founded by Smith et al. in 1990, was sold. Its staff stayed.', ['The firm, founded by Smith et al. in 1990, was sold.', 'Its staff stayed.']],
    ['The meeting is at 10 a.m. Tuesday, Oct. 4. Everyone is welcome.', ['The meeting is at 10 a.m. Tuesday, Oct. 4.', 'Everyone is welcome.']],
    ['Tickets cost $25. Doors open at 7 p.m.', ['Tickets cost $25.', 'Doors open at 7 p.m.']],
    ['He moved to Washington in Aug. The job started in Sept. He quit by Dec.', ['He moved to Washington in Aug.', 'The job started in Sept.', 'He quit by Dec.']],
    ['They met at the Downing St. press conference. It ran late.', ['They met at the Downing St. press conference.', 'It ran late.']],
    ['She works at St. Thomas\' Hospital. It is in London.', ["She works at St. Thomas' Hospital.", 'It is in London.']],
    ['Fort Worth, Texas — A storm hit on Monday. Power was cut.', ['Fort Worth, Texas — A storm hit on Monday.', 'Power was cut.']],
    ['The Supreme Court ruled in Roe v. Wade in 1973. The decision was overturned.', ['The Supreme Court ruled in Roe v. Wade in 1973.', 'The decision was overturned.']],
    ['He is the CEO of Foo Corp. He took over in 2020.', ['He is the CEO of Foo Corp.', 'He took over in 2020.']],
    ['Jones, 45, of Leeds, was jailed. He denied the charges.', ['Jones, 45, of Leeds, was jailed.', 'He denied the charges.']],
    ['The U.K. economy shrank 0.1%. The pound fell.', ['The U.K. economy shrank 0.1%.', 'The pound fell.']],
    ['Is it safe? Experts say yes. But not everyone agrees.', ['Is it safe?', 'Experts say yes.', 'But not everyone agrees.']],
    ['Prices are up 10 per cent y-o-y. Wages are not.', ['Prices are up 10 per cent y-o-y.', 'Wages are not.']],
    ['The temperature was -5C at 6am. Roads were icy.', ['The temperature was -5C at 6am.', 'Roads were icy.']],
    ['Contact: press@example.com or +44 20 7946 0000. Lines open 9am-5pm.', ['Contact: press@example.com or +44 20 7946 0000.', 'Lines open 9am-5pm.']],
    ['The UN said 1.2 million people had fled. Aid agencies warned of famine.', ['The UN said 1.2 million people had fled.', 'Aid agencies warned of famine.']],
    ['"It\'s over," he said. "We lost."', ['"It\'s over," he said.', '"We lost."']],
    ['He was jailed for 2½ years. His wife wept.', ['He was jailed for 2½ years.', 'His wife wept.']],
    ['Gov. Hochul (D) signed it. Republicans objected.', ['Gov. Hochul (D) signed it.', 'Republicans objected.']],
    ['The index hit 1,000 in Nov. It has since doubled.', ['The index hit 1,000 in Nov.', 'It has since doubled.']],
    ['They sued Acme Co. The case was dismissed.', ['They sued Acme Co.', 'The case was dismissed.']],
    ['The mayor of St. Petersburg, Fla., resigned. An election is due.', ['The mayor of St. Petersburg, Fla., resigned.', 'An election is due.']],
    ['She was 5 ft. 4 in. tall. Her sister was taller.', ['She was 5 ft. 4 in. tall.', 'Her sister was taller.']],
    ['The votes are in. Then the count starts.', ['The votes are in.', 'Then the count starts.']],
  ],
  'punctuation after the stop, names with "!", lists, more abbreviations': [
    ['He works for Acme Inc. (a unit of Foo Corp.). The unit lost money.', ['He works for Acme Inc. (a unit of Foo Corp.).', 'The unit lost money.']],
    ['"I work for Acme Inc.," he said. "It is a good job."', ['"I work for Acme Inc.," he said.', '"It is a good job."']],
    ['She said: "We moved to the U.S." Then she paused.', ['She said: "We moved to the U.S."', 'Then she paused.']],
    ['Who won? Nobody knows… yet. The count goes on.', ['Who won?', 'Nobody knows… yet.', 'The count goes on.']],
    ['He wrote: "Why me?!" His lawyer declined to comment.', ['He wrote: "Why me?!"', 'His lawyer declined to comment.']],
    ['The tweet read "Sad!" and was deleted. It was later restored.', ['The tweet read "Sad!" and was deleted.', 'It was later restored.']],
    ["It's 'game over'. That was the verdict.", ["It's 'game over'.", 'That was the verdict.']],
    ['He denied it (see below.) Others disagreed.', ['He denied it (see below.)', 'Others disagreed.']],
    ['Shares fell 3.5 per cent to 245.5p. Analysts at J.P. Morgan cut their target.', ['Shares fell 3.5 per cent to 245.5p.', 'Analysts at J.P. Morgan cut their target.']],
    ['The inquiry will report in the autumn... or later. Ministers hope sooner.', ['The inquiry will report in the autumn... or later.', 'Ministers hope sooner.']],
    ['It was 11.59pm. Then the lights went out.', ['It was 11.59pm.', 'Then the lights went out.']],
    ['Read the full report at bbc.co.uk/news/uk-123. Comments are closed.', ['Read the full report at bbc.co.uk/news/uk-123.', 'Comments are closed.']],
    ['Email john.smith@example.co.uk. He replies fast.', ['Email john.smith@example.co.uk.', 'He replies fast.']],
    ['The song, "Help!", topped the charts. It stayed there for weeks.', ['The song, "Help!", topped the charts.', 'It stayed there for weeks.']],
    ['Interest rates (currently 5.25%) will stay high. Mortgages are dearer.', ['Interest rates (currently 5.25%) will stay high.', 'Mortgages are dearer.']],
    ['The Gov. said no. The Lt. Gov. said yes.', ['The Gov. said no.', 'The Lt. Gov. said yes.']],
    ['1. Rates rise\n2. Prices fall\n3. Wages stall', ['1. Rates rise', '2. Prices fall', '3. Wages stall']],
    ['a) tax cuts; b) spending cuts. Both were rejected.', ['a) tax cuts; b) spending cuts.', 'Both were rejected.']],
    ['The vote was 5–4. Justice Kagan dissented.', ['The vote was 5–4.', 'Justice Kagan dissented.']],
    ['The final score was 24-17. "We earned it," the coach said.', ['The final score was 24-17.', '"We earned it," the coach said.']],
    ['Rory McIlroy shot a 3-under-par 69. He trails by two.', ['Rory McIlroy shot a 3-under-par 69.', 'He trails by two.']],
    ['The U.S. Open begins Aug. 26. Djokovic is the favourite.', ['The U.S. Open begins Aug. 26.', 'Djokovic is the favourite.']],
    ['Sales in the 3rd qtr. rose 4%. Costs fell.', ['Sales in the 3rd qtr. rose 4%.', 'Costs fell.']],
    ['Asst. Secretary Jane Roe testified. She was calm.', ['Asst. Secretary Jane Roe testified.', 'She was calm.']],
    ['Procter & Gamble Cos. reported sales. They rose.', ['Procter & Gamble Cos. reported sales.', 'They rose.']],
    ['BHP Billiton Pty. Ltd. agreed the deal. Its shares rose.', ['BHP Billiton Pty. Ltd. agreed the deal.', 'Its shares rose.']],
    ['Drive east on Rte. 9 for a mile. The farm is on the left.', ['Drive east on Rte. 9 for a mile.', 'The farm is on the left.']],
  ],
  "a company's legal form before a name and its comma": [
    [
      'The largest lender is Chicago-based Midwest Grain Holdings Inc. Midwest, which owns six mills, filed a claim on Monday.',
      ['The largest lender is Chicago-based Midwest Grain Holdings Inc.', 'Midwest, which owns six mills, filed a claim on Monday.'],
    ],
    [
      'The deal was announced by Acme Corp. Bolt, its smaller rival, said it would appeal.',
      ['The deal was announced by Acme Corp.', 'Bolt, its smaller rival, said it would appeal.'],
    ],
  ],
  'sports results, UK times, multi-sentence quotes, Q&A': [
    ['He is ranked No. 1. The next match is on Sunday.', ['He is ranked No. 1.', 'The next match is on Sunday.']],
    ['"We\'re delighted. It\'s a great day," said Mr Jones. "Now the work starts."', ['"We\'re delighted.', 'It\'s a great day," said Mr Jones.', '"Now the work starts."']],
    ['The car cost $45,000. It was the most expensive model.', ['The car cost $45,000.', 'It was the most expensive model.']],
    ['The B.B.C. reported it first. Others followed.', ['The B.B.C. reported it first.', 'Others followed.']],
    ['The fund returned 7.5% in 2023 vs. 6.1% for the index. Fees were cut.', ['The fund returned 7.5% in 2023 vs. 6.1% for the index.', 'Fees were cut.']],
    ['He was born on 4 Jan. 1950 in Leeds. He died in 2020.', ['He was born on 4 Jan. 1950 in Leeds.', 'He died in 2020.']],
    ['Watch live from 7pm on BBC One. Coverage continues on the BBC Sport website.', ['Watch live from 7pm on BBC One.', 'Coverage continues on the BBC Sport website.']],
    ['The Met Office issued a yellow warning. Gusts of 70mph are expected.', ['The Met Office issued a yellow warning.', 'Gusts of 70mph are expected.']],
    ['Chelsea 2-0 Arsenal (Palmer 12, Jackson 67). Att: 40,000.', ['Chelsea 2-0 Arsenal (Palmer 12, Jackson 67).', 'Att: 40,000.']],
    ['Pakistan 245-6 (50 overs). India 246-3 (44.2 overs). India won by seven wickets.', ['Pakistan 245-6 (50 overs).', 'India 246-3 (44.2 overs).', 'India won by seven wickets.']],
    ['Her new book, "What Now?", is out on Thursday. It has already sold out.', ['Her new book, "What Now?", is out on Thursday.', 'It has already sold out.']],
    ['Sen. Elizabeth Warren, D-Mass., said the bill was "a disgrace." Republicans disagreed.', ['Sen. Elizabeth Warren, D-Mass., said the bill was "a disgrace."', 'Republicans disagreed.']],
    ['Police said the man, 34, was arrested at 3.15am. He remains in custody.', ['Police said the man, 34, was arrested at 3.15am.', 'He remains in custody.']],
    ['The firm was founded in 1886 by Dr. John S. Pemberton. Coca-Cola is now sold worldwide.', ['The firm was founded in 1886 by Dr. John S. Pemberton.', 'Coca-Cola is now sold worldwide.']],
    ['The patient, a 45-yr.-old man, recovered. Doctors were pleased.', ['The patient, a 45-yr.-old man, recovered.', 'Doctors were pleased.']],
    ['Write to us at letters@ft.com. Letters may be edited.', ['Write to us at letters@ft.com.', 'Letters may be edited.']],
    ['The Nasdaq Composite rose 1.1%. Tech stocks led.', ['The Nasdaq Composite rose 1.1%.', 'Tech stocks led.']],
    ['A: Yes. Q: Why? A: Because it works.', ['A: Yes.', 'Q: Why?', 'A: Because it works.']],
    ['Prime Minister Rishi Sunak said: "We will act." Labour called it a U-turn.', ['Prime Minister Rishi Sunak said: "We will act."', 'Labour called it a U-turn.']],
  ],
  'live blogs, transcripts, scores, measures': [
    ['14:05 BST: The minister has arrived. She did not speak to reporters.', ['14:05 BST: The minister has arrived.', 'She did not speak to reporters.']],
    ['Posted at 10:32\n\nThe minister has arrived. She did not speak.', ['Posted at 10:32', 'The minister has arrived.', 'She did not speak.']],
    ['Updated: 3 March 2024, 10:32 GMT. The minister resigned.', ['Updated: 3 March 2024, 10:32 GMT.', 'The minister resigned.']],
    ['ANCHOR: Good evening. Tonight, the storm. REPORTER: It hit at dawn.', ['ANCHOR: Good evening.', 'Tonight, the storm.', 'REPORTER: It hit at dawn.']],
    ['Man City 3 (Haaland 2, Foden) Spurs 1 (Son). City are top.', ['Man City 3 (Haaland 2, Foden) Spurs 1 (Son).', 'City are top.']],
    ['He finished in 2hr 3min 23sec. It was a record.', ['He finished in 2hr 3min 23sec.', 'It was a record.']],
    ['He finished in 2 hrs. 3 min. It was a record.', ['He finished in 2 hrs. 3 min.', 'It was a record.']],
    ['The deal values the firm at €1.2bn ($1.3bn). Shares rose 8pc.', ['The deal values the firm at €1.2bn ($1.3bn).', 'Shares rose 8pc.']],
    ['“Are you sure?” she asked. “Yes,” he said.', ['“Are you sure?” she asked.', '“Yes,” he said.']],
    ['The film — "Oppenheimer" — won. It took seven awards.', ['The film — "Oppenheimer" — won.', 'It took seven awards.']],
    ['Mr. Smith (R., Texas) voted no. Mrs. Jones (D., Calif.) voted yes.', ['Mr. Smith (R., Texas) voted no.', 'Mrs. Jones (D., Calif.) voted yes.']],
    ['Asked if he would resign, he said: "No." The vote is on Tuesday.', ['Asked if he would resign, he said: "No."', 'The vote is on Tuesday.']],
    ['The index fell 2.3 pts. to 1,234.5. Volume was light.', ['The index fell 2.3 pts. to 1,234.5.', 'Volume was light.']],
    ['It rose to No. 3 on the Billboard Hot 100. The album is No. 1 in the U.K.', ['It rose to No. 3 on the Billboard Hot 100.', 'The album is No. 1 in the U.K.']],
    ['The vessel, the M.V. Sea Star, sank. All 30 crew were rescued.', ['The vessel, the M.V. Sea Star, sank.', 'All 30 crew were rescued.']],
    ['The suspect, identified as John Doe, 34, of St. Paul, Minn., was charged. He is due in court Monday.', ['The suspect, identified as John Doe, 34, of St. Paul, Minn., was charged.', 'He is due in court Monday.']],
    ['Coverage starts at 6.30pm on BBC Two. Follow live text on the website.', ['Coverage starts at 6.30pm on BBC Two.', 'Follow live text on the website.']],
    ['He was jailed for 12 yrs. The judge called him dangerous.', ['He was jailed for 12 yrs.', 'The judge called him dangerous.']],
    ['Turnout was approx. 65%. That was down on 2019.', ['Turnout was approx. 65%.', 'That was down on 2019.']],
    ['The Ukrainian-born Dr. Olena Zelenska spoke. Her speech was short.', ['The Ukrainian-born Dr. Olena Zelenska spoke.', 'Her speech was short.']],
  ],
  'South Asian, African and Commonwealth styles': [
    ['The project cost Rs. 500 crore. It was delayed by two years.', ['The project cost Rs. 500 crore.', 'It was delayed by two years.']],
    ['Smt. Sonia Gandhi addressed the rally. Sqn. Ldr. Ajay Rao flew past.', ['Smt. Sonia Gandhi addressed the rally.', 'Sqn. Ldr. Ajay Rao flew past.']],
    ['Engr. Musa Bello opened the bridge. Traffic resumed at noon.', ['Engr. Musa Bello opened the bridge.', 'Traffic resumed at noon.']],
    ['Fares rose to Sh. 2,000 in Nairobi. Commuters protested.', ['Fares rose to Sh. 2,000 in Nairobi.', 'Commuters protested.']],
    ['Losses were covered by Swiss Re. Tightly packed cities are most at risk.', ['Losses were covered by Swiss Re.', 'Tightly packed cities are most at risk.']],
  ],
  'an acronym is no abbreviation': [
    ["Prices are higher in the U.S. ``It is a shock,'' one tourist said.", ['Prices are higher in the U.S.', "``It is a shock,'' one tourist said."]],
    ['The bank was fined by the SEC. "We accept the ruling," it said.', ['The bank was fined by the SEC.', '"We accept the ruling," it said.']],
    ['The rally was held in Anaheim, CA. Residents lined the streets.', ['The rally was held in Anaheim, CA.', 'Residents lined the streets.']],
  ],
  'a U.S. state after a comma closes a place': [
    ['The shelter is run by a charity in Tampa, Fla. Volunteer Maria Lopez opened it in 2019.', ['The shelter is run by a charity in Tampa, Fla.', 'Volunteer Maria Lopez opened it in 2019.']],
    ['The bakery chain is based in Dayton, Ohio, and Akron, Ohio. Its rival, Crumbs, is based in Toledo.', ['The bakery chain is based in Dayton, Ohio, and Akron, Ohio.', 'Its rival, Crumbs, is based in Toledo.']],
    ['The mill closed in Lowell, Mass. Workers, some of them there for 30 years, were laid off.', ['The mill closed in Lowell, Mass.', 'Workers, some of them there for 30 years, were laid off.']],
    ['The suspect was arrested near Albany, N.Y. Detectives had tracked him for months.', ['The suspect was arrested near Albany, N.Y.', 'Detectives had tracked him for months.']],
    ['Facing Budget Gap, Calif. Cuts School Funds', ['Facing Budget Gap, Calif. Cuts School Funds']],
    [
      "``Sales were slow,'' said the owner of a shop in Fort Myers, Fla. ``Nobody came.''",
      ["``Sales were slow,'' said the owner of a shop in Fort Myers, Fla.", "``Nobody came.''"],
    ],
  ],
  'a short quoted exclamation inside a sentence': [
    ['The fans sang "Go! Go! Go!" Then they went home.', ['The fans sang "Go! Go! Go!"', 'Then they went home.']],
    ['Crowds chanting ``Shame! Shame!\'\' blocked the road. Police stood by.', ["Crowds chanting ``Shame! Shame!'' blocked the road.", 'Police stood by.']],
    // a quotation that opens its sentence is split as before
    ['"We will not stop! The strike goes on!" the union said.', ['"We will not stop!', 'The strike goes on!" the union said.']],
  ],
  'nested quotes spaced as news pages print them': [
    ['Her aunt told the paper, “ ‘We are proud.’ ” The family left on Monday.', ['Her aunt told the paper, “ ‘We are proud.’ ”', 'The family left on Monday.']],
    ['He said: “It is over. ” Then he left the room.', ['He said: “It is over. ”', 'Then he left the room.']],
  ],
  'picture credits run into the story': [
    ['Credit Jane Roe/Getty Images Not every voter agreed with the plan.', ['Credit Jane Roe/Getty Images', 'Not every voter agreed with the plan.']],
    ['Credit Tom Hall/The Daily Post “We won,” the coach said.', ['Credit Tom Hall/The Daily Post', '“We won,” the coach said.']],
    ['Photograph: Ann Lee for the Observer The band will tour in May.', ['Photograph: Ann Lee for the Observer', 'The band will tour in May.']],
    ['Photo: Ann Lee/AP/Rex Some fans waited overnight.', ['Photo: Ann Lee/AP/Rex', 'Some fans waited overnight.']],
    // the agency after "for" may open with an opener: NYT credits read "for The New York Times"
    ['Credit Ann Lee for The New York Times The band will tour in May.', ['Credit Ann Lee for The New York Times', 'The band will tour in May.']],
    ['Photograph: Ann Lee for The Observer Some fans waited overnight.', ['Photograph: Ann Lee for The Observer', 'Some fans waited overnight.']],
    ['Credit Ann Lee/Getty Images for The Recording Academy It was her first award.', ['Credit Ann Lee/Getty Images for The Recording Academy', 'It was her first award.']],
  ],
  'a picture credit in brackets closes its caption': [
    [
      'The singer greets fans in Lima on Friday. (AP Photo/Ana Ruiz) LIMA, Peru (AP) - The singer began her tour.',
      ['The singer greets fans in Lima on Friday. (AP Photo/Ana Ruiz)', 'LIMA, Peru (AP) - The singer began her tour.'],
    ],
    ['Floods cut the road to the valley. (Getty Images) Rain fell again on Monday.', ['Floods cut the road to the valley. (Getty Images)', 'Rain fell again on Monday.']],
    [
      'Rescuers search the rubble in Lima on Friday (AP Photo/Ana Ruiz) The quake killed 12 people.',
      ['Rescuers search the rubble in Lima on Friday (AP Photo/Ana Ruiz)', 'The quake killed 12 people.'],
    ],
    // a bracketed sentence is still one of its own
    ['The results were clear. (The committee agreed.) Work began in May.', ['The results were clear.', '(The committee agreed.)', 'Work began in May.']],
  ],
  'bank holding companies': [
    ['The bank agreed to be acquired by Harbor Bancorp. The price was not disclosed.', ['The bank agreed to be acquired by Harbor Bancorp.', 'The price was not disclosed.']],
    ['Valley Bancorp. agreed to buy the thrift for $40 million. Shares rose.', ['Valley Bancorp. agreed to buy the thrift for $40 million.', 'Shares rose.']],
  ],
  'page furniture run into the story': [
    ['The mayor opened the bridge on Monday. Advertisement The toll will be $2.', ['The mayor opened the bridge on Monday.', 'Advertisement', 'The toll will be $2.']],
    ['Advertisement Shares of the retailer fell 4% in early trading.', ['Advertisement', 'Shares of the retailer fell 4% in early trading.']],
    ['Fans queued overnight. ADVERTISEMENT How long will the tickets last?', ['Fans queued overnight.', 'ADVERTISEMENT', 'How long will the tickets last?']],
    ['Fans queued overnight. ADVERTISEMENT Council officers closed the gates.', ['Fans queued overnight.', 'ADVERTISEMENT', 'Council officers closed the gates.']],
    ['The toll is $2. Advertisement Blake Griffin had 20 points on Monday.', ['The toll is $2.', 'Advertisement', 'Blake Griffin had 20 points on Monday.']],
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
  ['The minister said the plan [...] would cut costs.', 'an elision before a lower-case word'],
  ['"Bohr [...] I think used the analogy," he said.', 'an elision before I'],
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
  ['The 3rd St. Louis team won again.', 'St. after an ordinal before a name'],
  ['Gen. (ret.) John Smith spoke at 3 p.m. EST on Sunday.', 'an abbreviation in brackets of its own'],
  ['The Mars rover (M.E.R.) Opportunity found signs of water.', 'an initialism in brackets of its own before a name'],
  ['U.S. Forces Korea said the drill would go ahead.', 'U.S. before a name that starts with a plural noun'],
  ['U.S. Officials Say Talks Stalled', 'U.S. before a plural noun in a title-case headline'],
  ['The bill passed 218-214 after a vote that lasted until 2 a.m. Friday.', 'news'],
  ['Mr. Smith, 45, of Albany, N.Y., was fined $500.', 'news'],
  ['Sales at Acme Co. rose 5% in the Jan.-March quarter.', 'news'],
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
  ['The ceasefire began on Jan. 5 at midnight.', 'news'],
  ['Gen. Smith and Mr. Jones met at St. Louis airport.', 'news'],
  ['Shares of Acme Corp. rose 3% in early trading.', 'news'],
  ['Pres. Biden met PM Sunak in Belfast.', 'news'],
  ['Sales rose 4.5% vs. a year earlier.', 'news'],
  ['The plan covers, e.g. schools, hospitals and roads.', 'news'],
  ['The case, Smith v. Jones, was heard in 2019.', 'news'],
  ['The U.S. Supreme Court ruled 6-3 on Friday.', 'news'],
  ['The Dallas-Ft. Worth area was hit by storms.', 'news'],
  ['He scored in the 89th min. to seal the win.', 'news'],
  ['J.K. Rowling and J.R.R. Tolkien top the list.', 'news'],
  ['The No. 2 seed was knocked out.', 'news'],
  ['He said he was "shocked... and angry" at the decision.', 'news'],
  ['The company reported a net loss of $3.4 million, or 12 cents a share.', 'news'],
  ['Visit bbc.co.uk/news for the latest.', 'news'],
  ['The Downing St. spokesman declined to comment.', 'news'],
  ['Shares of A.M. Best Co. were not traded.', 'news'],
  ['He flew from St. Louis to St. Paul on Jan. 3.', 'news'],
  ['The 6 ft. 5 in. forward scored twice.', 'news'],
  ['Trading opens at 9:30 a.m. New York time on Monday.', 'news'],
  ['The meeting ran from 9 a.m. to 5 p.m. without a break.', 'news'],
  ['Rep. John Lewis (D-Ga.) led the march.', 'news'],
  ['The Oct. 7 attack killed 1,200 people.', 'news'],
  ['Smith & Wesson Holding Corp. shares fell.', 'news'],
  ['Martin Luther King Jr. Boulevard was closed.', 'news'],
  ['Sen. Mitch McConnell, R-Ky., said no.', 'news'],
  ['He was born in Springfield, Ill. on May 2 and raised there.', 'a state after a comma before a lower-case word'],
  ['The company moved from Austin, Tex., to Denver last year.', 'a state between commas'],
  ['SHARES OF ACME INC. ROSE ON MONDAY.', 'an abbreviation in a text in capitals'],
  ['KANSAS CITY, MO. (AP) -- Police arrested two men on Monday.', 'a state in capitals before a wire credit'],
  ['Storm damage in KEY WEST, Fla. (AP) Residents returned home on Monday.', 'a dateline with a state run into a headline'],
  ['Apple Inc. Chief Executive Tim Cook, 63, spoke first.', 'a legal form before a title and a name'],
  ['Shares of Foo Corp. Monday, a holiday, were not traded.', 'a legal form before a day and a comma'],
  ['The bank bought 40,000 shares of Cie. de Saint-Gobain last week.', 'Cie. before a lower-case word'],
  ['The bid by Cie. Generale des Eaux was rejected.', 'Cie. before a name'],
  ['The Rev. Dr. Martin Luther King Jr. spoke in Washington, D.C., in 1963.', 'news'],
  ['Temperatures reached 40.3C in Coningsby, Lincs., on Tuesday.', 'news'],
  ['The No. 10 press office and the U.K. Treasury declined to comment.', 'news'],
  ['Prof. J. R. R. Tolkien taught at Oxford.', 'news'],
  ['The ship sank at 2:20 a.m. April 15, 1912.', 'news'],
  ['Sales fell 3% y/y in Q3 and rose 2% q/q.', 'news'],
  ['Asst. Supt. Mary Jones led the search.', 'news'],
  ['The firm, Smith Bros. Inc., was sold.', 'news'],
  ['Ald. Smith and Dep. Mayor Jones voted no.', 'news'],
  ['He said "no!" and walked out.', 'news'],
  ['The "Yes!" campaign won 55% of the vote.', 'news'],
  ['Temperatures of 10-12C are forecast.', 'news'],
  ['The crowd chanted "Stop the war! Stop the war!" and marched to the square.', 'news: a quoted chant inside a sentence'],
  ['Fans outside the court shouted “Guilty! Guilty!” as the verdict was read.', 'news: a quoted chant inside a sentence'],
  ['Protesters chanting ``Shame!\nShame!\'\' blocked the road to the ministry.', 'news: a quoted chant wrapped at a line'],
  ['He called the plan “ a disaster ” and left the room.', 'news: a spaced quote inside a sentence'],
  ['Credit Suisse First Boston said it would cut 500 jobs.', 'news: a bank, not a credit'],
  ['He loved the band (AC/DC) and went home early.', 'news: a slash in brackets before a lower-case word'],
  ['Credit Agricole for the first time reported a loss.', 'news: a bank, not a credit'],
  ['Credit card debt for the average family rose again.', 'news: a noun, not a credit'],
  ['Photo: The mayor with Ann Lee/Getty Images at the opening.', 'news: a caption with a credit inside'],
  ['The thrift agreed to be acquired by Harbor Bancorp. for stock valued at $18 million.', 'news: a company form before a lower-case word'],
  ['Advertisement revenue fell 5% last year.', 'page furniture: a word before a lower-case word'],
  ['The Advertisement Of The Year award went to a shoe maker.', 'page furniture: not opening the sentence'],
  ['Advertisement Standards Council officials said the claim was false.', 'page furniture: a name that opens with the word'],
  ['Advertisement Manager Ann Lee said prices would rise.', 'page furniture: a job title'],
  ['Advertisement Age named her its marketer of the year.', 'page furniture: a title of a paper'],
  ['Advertisement Feature: How to save on your energy bills', 'page furniture: a label that opens with the word'],
  ['Advertisement Revenue Falls At Google', 'page furniture: a heading in title case'],
  ['Advertisement Of The Year: Nike wins again', 'page furniture: a heading in title case up to a colon'],
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

  describe('news copy', () => {
    for (const [topic, cases] of Object.entries(NEWS_CASES)) {
      describe(topic, () => {
        for (const [text, expected] of cases) {
          it(JSON.stringify(text), () => {
            expect(split(text)).toEqual(expected);
          });
        }
      });
    }
  });

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
