// Known failures, kept rather than deleted: each row is a phrase the text
// should give among its top keyphrases, and the test asserts it still does
// not (when one starts to pass, move it to table.ts). [text, phrase, why].
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/** The worked example (tests/fixtures/summit.txt). */
const SUMMIT = readFileSync(join(import.meta.dirname, '../fixtures/summit.txt'), 'utf8');

export const BACKLOG: [string, string, string][] = [
  [
    'Marvel released the Fantastic Four sequel. Fantastic Four sales rose.',
    'Fantastic Four',
    'a number word ends the name: a capitalized cardinal is part of a name only before one ("the Six Nations"), so "Four" is read as a number and the name is lost (found in round 10 while checking that the new evaluative modifiers leave names whole: "Incredible Hulk", "Beautiful South" are kept)',
  ],
  [
    'Five countries have signed the treaty. They are Britain, France, Germany, Italy and Spain. Britain signed first, and Spain signed on Friday.',
    'France',
    'a list of names after a copula ("They are ...") reads as a roster (its only verb, "are", is a stop word), so its names give no candidates; counting "be", "have" and the modals as verbs mends it, but was measured and not kept (round 9 review): a headline run into the first sentence ("The Return of Lace as a Major Fashion Trend is Giving a Boost ...") stops being a roster too, and KPCrowd test F@10 fell 17.62 -> 17.58',
  ],
  [SUMMIT, 'Belt and Road Initiative', 'position bias: a name met once, in the last sentence, ranks below earlier phrases'],
  [SUMMIT, 'Xi Jinping', 'position bias: a name met once, in the last sentence, ranks below earlier phrases'],
  [SUMMIT, 'Kazakhstan', 'position bias: a one-word name met once, in the last sentence (22nd)'],
  [
    'Extinction cross sections of realistic particles are computed. The extinction cross sections grow with size.',
    'extinction cross sections',
    '"cross" is read as a verb (its most frequent tag) between two nouns',
  ],
  [
    'Offshore grids need investment. Engineers say the grids need investment soon.',
    'Offshore grids',
    'a plural noun, a base verb, a noun: "need" is read as a noun and the clause as one phrase ("arms control talks" has the same shape)',
  ],
  [
    SUMMIT,
    'connectivity',
    'stands alone once ("Connectivity and win-win cooperation") and gives way to "economic connectivity", which holds it',
  ],
  [
    'The agency has posted larger-than-expected profits. Pensioners are being promised energy savings, and the band has since hosted charity concerts. The school has limited resources.',
    'larger-than-expected profits',
    '"posted" after "has" is also an adjective in the lexicon, and the adjective reading wins after "have" ("has experienced staff" needs it): the phrase is "posted larger-than-expected profits"',
  ],
  [
    'The agency has posted larger-than-expected profits. Pensioners are being promised energy savings, and the band has since hosted charity concerts. The school has limited resources.',
    'charity concerts',
    '"hosted" after "has since" is also an adjective in the lexicon: the phrase is "hosted charity concerts"',
  ],
  [
    "Fans love the beautiful game. Pele called football the beautiful game, and the beautiful game loves him back.",
    "beautiful game",
    "an idiom that opens with an evaluative adjective (round 10's generic modifiers) is cut to \"game\"; keeping a modifier that recurs with its noun would mend it, but touches every generic modifier (review of round 10)",
  ],
  [
    "A 32-year-old man has been charged with murder after a woman was stabbed in Leeds, West Yorkshire Police said. The victim, named locally as Sarah Hughes, 28, died at the scene on Friday night. Detective Chief Inspector Mark Swift said the man and the woman knew each other. The man will appear before Leeds Magistrates' Court on Monday.",
    "murder",
    "pushed out by \"man\" and \"woman\": a short text that reports speech is ranked as news (round 10's news floor), and news gives a one-word noun that always stands alone the noun factor; \"man\", \"woman\" as GENERAL_NOUNS were measured and not kept: KPCrowd test F@10 17.90 -> 17.82 (the crowd tags \"man\") (review of round 10)",
  ],
  [
    "Oscar-winning actress Emma Stone will star in a new film by Greek director Yorgos Lanthimos, the studio said. The film, Bugonia, is a remake of the Korean comedy Save the Green Planet. Stone won the best actress Oscar for Poor Things, also directed by Lanthimos. Filming begins in London in June. \"Yorgos is a remarkable artist,\" Stone said.",
    "Save the Green Planet",
    "a work's title with \"the\" inside is cut at the stop word: \"Save\" alone reads as a one-word name (review of round 10)",
  ],
  [
    "Marks and Spencer profits rise\n\nMarks and Spencer said profits rose 20% as shoppers bought more food and clothing. Chief executive Stuart Machin said M&S had won customers from rivals. Machin said the retailer would open 20 new food halls. Shares in Marks and Spencer rose 5%.",
    "Marks and Spencer",
    "a name of one word joined by \"and\" to a name of one word is two names (\"Marks\", \"Spencer\"): \"and\" joins one word on the left only before a name of two words or more ending in a common noun (\"Belt and Road Initiative\"), which keeps \"Nextel Communications and Nortel Networks\" apart (review of round 11)",
  ],
  [
    "Mighty Liverpool thrash Manchester United\n\nLiverpool beat Manchester United 7-0 at Anfield on Sunday. Mohamed Salah scored twice, and Cody Gakpo and Darwin Nunez also scored two each. United manager Erik ten Hag said it was unacceptable. Liverpool are third in the Premier League.",
    "Erik ten Hag",
    "\"ten\" is a number word, not a particle of NAME_PARTICLES, so the name is cut to \"Erik\" and \"Hag\" (review of round 11)",
  ],
  [
    "Tesco sales rose 4% in the twelve weeks to Christmas, whilst rival Sainsbury's saw growth of 3%. Tesco chief executive Ken Murphy said shoppers had bought more premium food. Aldi and Lidl gained market share albeit more slowly than last year. Kantar said grocery inflation fell to 6%.",
    "Sainsbury's",
    "a firm whose name ends in a possessive (\"Sainsbury's\") is read as \"Sainsbury\": the tagger strips the \"'s\" of every word (review of round 11)",
  ],
  [
    "England captain Ben Stokes said his side would keep attacking after they lost the first Test to India in Hyderabad. Stokes said the defeat was a lesson. Indian spinner Ravindra Jadeja took seven wickets. The second Test starts in Visakhapatnam on Friday.",
    "first Test",
    "a capitalized \"Test\" after a lower-case ordinal is a name of one word (\"Test\") and the ordinal no part of it (review of round 11)",
  ],
  [
    "The director of the Lord of the Rings trilogy will make a film of The Hobbit. Peter Jackson said the Lord of the Rings films had taken seven years. Jackson is now making King Kong in Wellington.",
    "Lord of the Rings",
    "\"of\" joins two names only when nothing stands between (\"Bank of England\"), so a title with \"of the\" is cut (\"Lord\", \"Rings\"; \"Passion\", \"Christ\"; \"Revenge\", \"Sith\" in BBC lists); joining a capitalized common noun, \"of the\" and a name was measured and not kept: KPCrowd train F@10 17.225 -> 17.215, and a sub-phrase \"of the Rings\" appeared (round 12)",
  ],
  [
    "Reverend Horton Heat play Glasgow on Friday. Jim Heath formed Reverend Horton Heat in Dallas in 1985, and Reverend Horton Heat have made twelve albums.",
    "Reverend Horton Heat",
    "a band's name of two words after \"Reverend\" reads as a person's full name after a title, and the title is dropped; a one-word stage name keeps it (\"Reverend Run\"), and \"DJ\", \"Agent\" keep two-word ones (\"DJ Jazzy Jeff\"), but asking \"Reverend\" for the same evidence (a listed given name or a surname written alone) glued it to \"Reverend Jesse Jackson\" (review of round 12)",
  ],
  [
    "AT&T has agreed to buy Time Warner for $85bn. AT&T said the deal would help it compete with Netflix. Time Warner owns CNN, and shares in AT&T fell.",
    "AT&T",
    "an ampersand between capitals with no space is read as three words (\"at\" a stop word, \"t\" too short), and \"AT&T\", \"M&S\", \"B&Q\", \"P&O Ferries\" (as \"Ferries\") are lost; reading them as one word was measured and not kept (review of round 12): 22 of 2,225 BBC lists change, most for the better (\"AT&T\", \"M&S\", \"R&B\", \"J&J\"), but KPCrowd train F@10 fell 17.243 -> 17.215, as the crowd's references drop the \"&\" (\"Poor's\", not \"S&P\")",
  ],
  // review of round 13: its rules on texts they were not made for
  [
    "George W. Bush met his father George Bush at the family home in Maine. George Bush, the 41st president, praised his son. George W. Bush said his father was his hero. The two presidents fished together.",
    "George W. Bush",
    "review of round 13: a name with and without its middle initial is merged as one person, shown without it, but \"George W. Bush\" and \"George Bush\" (his father) are two; the text says so only in words (\"his father\"), and in most news \"George Bush\" after \"George W. Bush\" is the same man",
  ],
  [
    "Secretary of State Antony Blinken flew to Kyiv. The Secretary of State met President Zelensky. The office of Secretary of State has grown in power since 1945, and the Secretary of State travels more than any other minister.",
    "Secretary of State",
    "review of round 13: a story about the office itself; \"Secretary of State\" is cut at its \"of\" (a title, then a name of one common noun) before and after round 13, which dropped only the office before \"Antony Blinken\"",
  ],
  [
    "Northern Ireland marked 25 years since the Good Friday Agreement. Bill Clinton said the Good Friday Agreement ended decades of violence. Politicians in Belfast praised the Good Friday Agreement and its architects.",
    "Good Friday Agreement",
    "review of round 13 (not its doing): \"Good\" is read as an adjective opening the name and dropped, so \"Agreement\" stands alone; \"Friday Night Lights\" and \"Monday Night Football\" lose their weekday as a time word opening a name",
  ],
];

// Known failures of the other kind: each row is a phrase that should not be
// among the top 10 and still is (the test asserts it still is; when one
// stops being there, move it to table.ts' NEGATIVE list). [text, phrase, why].
export const BACKLOG_UNWANTED: [string, string, string][] = [
  // (review of round 13 mended "Marshall amp Hendrix": a bare "amp" the text writes as a word elsewhere joins no name; now a row of table.ts)
  [
    "The charity hopes Giving Tuesday will raise a record sum. Donors gave $3 billion on Giving Tuesday last year, organisers said. Giving Tuesday follows Black Friday and Cyber Monday.",
    "Cyber",
    "review of round 13: a weekday after a name's word ending its sentence, written once (\"Black Friday and Cyber Monday.\"), is read as wire copy's date (\"will visit Moscow Friday.\"), and the name is cut",
  ],
  [
    "Arsenal &amp; Chelsea fans clashed at Stamford Bridge. Police arrested 20 Arsenal fans, and Chelsea condemned the violence.",
    "Arsenal &amp; Chelsea fans",
    "review of round 13: an escaped ampersand joins two names an \"&\" lists, as \"&\" does (round 12's backlog: \"Arsenal & Chelsea\")",
  ],
  [
    'WASHINGTON (AP) — The Senate voted 52-48 on Wednesday to confirm Jane Doe as secretary of labor. The vote came after Sen. John Thune, R-S.D., scheduled it. Doe will be sworn in Thursday. Sen. Chuck Schumer, D-N.Y., said the nominee had refused to answer questions. Doe served as deputy secretary under Thune\'s allies.',
    'R-S',
    'an AP party-and-state tag after a senator\'s name ("R-S.D.") is cut at its inner period into the word "R-S", read as a name (the lead\'s probe after round 12)',
  ],
  [
    'Heavy rain is expected to hit parts of Scotland from Friday. The warning comes after the wettest May since records began in 1862. Forecasters said rain would fall in the Highlands, and the wettest areas could see 80mm.',
    'wettest',
    'a superlative whose noun is a month ("the wettest May") is left alone when the month is dropped as a date word, and an adjective alone is read as a keyphrase (the lead\'s probe after round 12)',
  ],
  [
    "Pakistan Standard Time (PST) will move an hour ahead to save power. PST is five hours ahead of GMT. Shops in Karachi will close early, and offices will open at 8am. Clocks in Pakistan will change again in October.",
    "GMT",
    "a time zone in capitals is a time word only after a time of day (review of round 12: round 12 excluded it everywhere, and lost \"GMT Games\", \"UTC Aerospace Systems\", the trio \"EST\"); a zone named as such (\"ahead of GMT\") is read as a name's capitals",
  ],
  [
    "Wales & Scotland battle for Six Nations crown\n\nWales and Scotland meet in Cardiff on Saturday. Wales coach Mike Ruddock said Scotland were dangerous, and Wales fans expect a win.",
    "Wales & Scotland battle",
    "an ampersand between capitalized words joins them as a firm's name (round 12: \"Marsh & McLennan\"), also two names a headline lists (\"Wales & Scotland\", \"Arsenal & Chelsea\", \"Liverpool & Everton fans\"): 3 of 22 probe texts; breaking the name where the text writes each word alone elsewhere was measured and not kept (review of round 12): it mends 2 of the 3, but both BBC lists it changes read worse (\"Richard & Judy\" lost, \"Standard & Poor's\" cut to \"Standard\")",
  ],
  [
    "Officers found the stolen Mercedes van Police had been hunting near Dover. The Mercedes had false plates. The driver fled on foot, and the van was taken to a police pound.",
    "Mercedes van Police",
    "\"van\" as a vehicle between capitalized words (\"Ford Transit van Tuesday\", \"Royal Mail van Jones\", \"white van Dublin police\": 5 of 22 probe texts) is read as a noun run into the name after it; round 12's particle rule reads it as a name's word there too, and the output was the same before it (review of round 12)",
  ],
  [
    'France have brought flanker Serge Betsen back into their squad. Betsen missed the defeat by Scotland with a knee injury. "We missed Serge badly against Scotland," coach Bernard Laporte said. "Serge has a good case," Laporte added. Betsen trained on Monday.',
    'Serge',
    'a given name alone stands for "Serge Betsen", but the lexicon knows "serge" (a cloth) as a common noun, and givenNames leaves such names alone ("Labour Party", "Marvel Comics" need it); so is "Sir Edward" (Heath: "heath")',
  ],
  [
    'Timofey Mozgov scored 14 points as Russia beat Ivory Coast. Mozgov played the whole game. The coach praised Timofey for his defence, and the crowd cheered Timofey after the game. Mozgov plays for the Knicks.',
    'Timofey',
    'a given name GIVEN_NAMES does not hold, where no title nor reporting verb stands beside the name: nothing says "Timofey Mozgov" is a person\'s name and not a place\'s or a club\'s ("Manchester United"); none of the 64 given names left out of the 2,225 BBC top-10s was one (the reporting verb caught "Ossie", "Moazzam", "Lleyton", "Jarek", which the list alone missed)',
  ],
  [
    'England beat Wales 20-10 on Saturday, but the coach was unhappy. He said: "Two England players were hurt, and we lost our shape." England play France next week.',
    'Two England players',
    'a number word that opens a quotation inside a sentence keeps its capital and reads as part of the name after it (round 9\'s "Six Nations" rule); asking for no punctuation before it was measured and not kept (round 9 review): it also lost "Ten Cate" (\'," Ten Cate said\') and "Five/Six Nations title" in 2 of 2,225 BBC lists and mended none',
  ],
  [
    'The Bombardier chief Paul Tellier will leave the company. Tellier took over in 2003. Tellier said the board had agreed. Bombardier shares rose as Tellier left.',
    'Tellier',
    'the surname beside the full name: an editor tags "Paul Tellier" once; folding the surname into the full name (rounds 1 to 3) cost the KPCrowd crowd, who tag surnames, 1.2 to 1.5 points on train (round 9 counted both in 27 of 80 BBC top-10s)',
  ],
  [
    'Retail sales rose 1.2% in December, the highest rise since 2001, as shoppers flocked to the High Street, figures show. Retail sales were strong in clothing, official figures show.',
    'official figures show',
    'a reporting clause after a comma ("..., figures show."): a base verb after a plural noun at the end of a sentence is read as a noun ("sports show" has the same shape); 3 of 2,225 BBC top-10s',
  ],
  [
    "Pop star Taylor Swift ended her Eras Tour in Vancouver after 149 shows that took more than $2bn. The tour, the highest-grossing of all time, began in Arizona in March 2023. \"This has been the most exhilarating chapter of my life,\" Swift said on stage. Economists said the shows gave a boost to hotels and restaurants in every city.",
    "Tour",
    "a common noun met alone in lower case (\"The tour\") and capitalized only inside a longer name (\"Eras Tour\") takes the name factor; in a short text that reports speech round 10's news floor gives it that factor (so \"Bank\" beside \"Bank of England\", \"Group\" beside \"Adani Group\"). Asking for a capitalized lone occurrence was measured: in short texts only, KPCrowd train 10.95/17.17 -> 10.90/17.13, with the noun factor instead 10.94/17.18 (F@5 below 11.0: \"school\" of \"Ridgewood High School\" the crowd tags falls to 6th); in all texts KPTimes F@10 14.50 -> 12.96 (\"Basketball\" of \"USA Basketball\") (review of round 10)",
  ],
  [
    "Spaniard Carlos Alcaraz beat Italian Jannik Sinner in a stunning five-set final to win the French Open. The 22-year-old saved three championship points in the fourth set. \"It was an incredible match, maybe the best of my life,\" Alcaraz said. Sinner, the world number one, said he was proud. It was the longest French Open final in history, at five hours and 29 minutes.",
    "Italian Jannik Sinner",
    "a nationality before a person's name whose given name GIVEN_NAMES does not hold and whose surname is a common noun (\"Sinner\") is kept: nothing tells it from the name of a thing (\"Welsh Rugby Union\") (review of round 10)",
  ],
  [
    "Nigerian writer Chimamanda Ngozi Adichie has returned with her first novel in more than a decade. Dream Count follows four women in Lagos and the US. Critics called it \"a superb, generous book\". Adichie, whose novel Half of a Yellow Sun won the Orange Prize, said she had struggled to write after her father's death. \"Grief made me silent,\" Adichie told the BBC. The novel is published in 30 countries on Tuesday, and her publisher, Fourth Estate, said early sales were strong. Adichie will tour Britain and Nigeria in the spring.",
    "Estate",
    "a capitalized ordinal opens a name (\"Fourth Estate\") but is read as a number, so \"Estate\" alone is a one-word name, and round 10's news floor ranks it (like \"Fantastic Four\" in BACKLOG) (review of round 10)",
  ],
  [
    "Former US-based FTX founder Sam Bankman-Fried was sentenced to 25 years in prison for stealing $8bn from customers of the crypto exchange. Judge Lewis Kaplan said he had shown no remorse. \"I made a series of bad decisions,\" Bankman-Fried told the court in Manhattan. Prosecutors had asked for up to 50 years.",
    "Sam",
    "a hyphenated surname that ends in \"-ed\" (\"Bankman-Fried\") is tagged an adjective, so the name is cut to \"Sam\" (review of round 10)",
  ],
  [
    'India-Pakistan peace boosts trade\n\nCalmer relations between India and Pakistan are paying economic dividends, a report says. Trade between the two countries rose by a quarter last year, and officials said exports of tea and cotton led the rise. India and Pakistan plan talks on a gas pipeline in March.',
    'India-Pakistan peace boosts trade',
    'a headline verb in -s before a noun that can be a verb too ("boosts trade") is read as a noun, so the whole headline is one phrase (BBC business/347); reading it as the verb whenever the headline has no other verb reads "Bank shares fall" as "shares" the verb, the same shape, so it was not built (round 11)',
  ],
  // (round 13 mended "Donald J. Trump" beside "Donald Trump": one phrase, shown without the initial; now a row of table.ts)
  [
    'The US economy is falling back, figures show. Retail sales dropped in March and the economy falling further would worry the Fed, analysts said. The economy grew by 3% last year, but sales of cars and homes slowed. Analysts said the economy falling into recession was unlikely.',
    'economy falling',
    'an -ing verb after a noun that the lexicon also knows as a noun ("falling", "following", "trying") ends the phrase as its head ("Cleveland area falling", "public airing following", "finest musical talent spanning": 9 of 2,225 BBC top-10s); the -ing forms read as verbs only after names, after plurals and before objects (round 11)',
  ],
  [
    "Britain's mobile phone users sent a record 2.4 billion text messages in December, the highest monthly total ever, the Mobile Data Association said. The previous highest monthly total was in October. People sent 92 million messages on New Year's Day.",
    'highest monthly',
    'an adjective the lexicon also knows as a noun ("monthly") heads a phrase cut before the noun it modifies ("total", read as an adjective before "ever"); measured in round 11, the degree words as generic modifiers ("biggest", "highest", "lowest", "leading", "strong") turned "lowest level" into "level" and cost "biggest sovereign default" (train F@10 +0.01, not kept)',
  ],
  [
    "Mighty Liverpool thrash Manchester United\n\nLiverpool beat Manchester United 7-0 at Anfield on Sunday. Mohamed Salah scored twice, and Cody Gakpo and Darwin Nunez also scored two each. United manager Erik ten Hag said it was unacceptable. Liverpool are third in the Premier League.",
    "Mighty Liverpool",
    "round 11's opening adjective before a name asks for a word tagged an adjective, and the lexicon reads \"Mighty\" with a capital as a name's (\"Mighty Ducks\"): the headline's \"Mighty Liverpool\" stays one name (review of round 11)",
  ],
  [
    "Scientists in Kew have grown a rose that survives drought. The Royal Botanic Gardens, Kew, said the new rose needs half the water of common varieties. Botanist Rose Wilson, who led the work, said gardeners in dry regions would benefit. The rose will go on sale next year.",
    "Botanist Rose Wilson",
    "an occupation that opens a sentence before a name is dropped only when OCCUPATIONS holds it; \"botanist\", \"farmer\", \"headteacher\" are not there (review of round 11)",
  ],
  [
    "Scientists in Kew have grown a rose that survives drought. The Royal Botanic Gardens, Kew, said the new rose needs half the water of common varieties. Botanist Rose Wilson, who led the work, said gardeners in dry regions would benefit. The rose will go on sale next year.",
    "Gardens",
    "\"Gardens\" of \"Royal Botanic Gardens\" and \"gardeners\" share the stem \"garden\", so the name's last word counts as a phrase of its own (review of round 11)",
  ],
  [
    "The Secretary of State for Scotland, Alister Jack, said the Scotland Office would move staff to Glasgow. The Department for Education budget will be cut by 2%, the Chancellor said. A Department for Education spokesman declined to comment. The Church of England synod meets in York next week.",
    "State for Scotland",
    "\"The Secretary of State for Scotland\": a title with \"of\" and \"for\" inside is cut into \"Secretary\" and \"State for Scotland\" (review of round 11)",
  ],
  [
    "French President Emmanuel Macron met German Chancellor Olaf Scholz in Paris to discuss energy prices. The French and the Germans disagree over nuclear power. Macron wants nuclear energy counted as green; the Germans do not. The Spaniards and the Italians back a price cap on gas.",
    "Germans",
    "a people standing alone gets neither the name nor the noun factor (round 11), but in a short text its frequency still ranks it in the top 10 beside the leaders the text names; dropping them was not tried: the crowd tags \"Americans\" (review of round 11)",
  ],
  [
    "Britain's Katie Boulter reached the quarter-finals in Nottingham. Boulter beat Chinese player Wang Xinyu in three sets. \"Katie played brilliantly,\" said her coach. Briton Harriet Dart lost to the top seed. The Britons hope to do well at Wimbledon.",
    "Britons hope",
    "a verb that is a noun too (\"hope\") after a plural people is read as the head of a phrase (review of round 11)",
  ],
  [
    "Veteran golfer Rose Zhang wins in Arizona\n\nVeteran Rose Zhang won the LPGA tournament in Arizona by two shots. Zhang, 21, shot a final round of 66. Korean Ko Jin-young finished second. Determined Zhang said she had worked on her putting all winter.",
    "Korean Ko",
    "a hyphenated given name (\"Jin-young\") is tagged an adjective, so \"Korean Ko Jin-young\" is cut after \"Ko\" and the nationality stays (review of round 11)",
  ],
  [
    "Fine china sales rise\n\nSales of fine china rose sharply last year as younger buyers returned to formal dining, Wedgwood said. The Stoke-on-Trent maker said bone china plates and teapots sold well in the United States and Japan. Wedgwood chief executive Rose Hill said the firm would hire 200 potters. Rival Portmeirion reported a similar rise.",
    "Fine china sales rise",
    "a sentence-case headline whose verb (\"rise\") is a noun too is read as one noun phrase (review of round 11; \"India-Pakistan peace boosts trade\" in BACKLOG_UNWANTED has the same shape)",
  ],
  [
    "Frank Lampard has been named manager of Coventry City. Lampard, the former Chelsea midfielder, replaces Mark Robins. Coventry chairman Doug King said Frank had the experience the club needed. Grant Holt, the former striker, welcomed the appointment.",
    "Frank",
    "a given name alone stands for \"Frank Lampard\", but \"frank\" is an adjective in the lexicon and GIVEN_NAMES lacks it (as \"Serge\" above; round 10's review added \"jack\", \"mark\", \"bill\") (review of round 11)",
  ],
  [
    "All Party Parliamentary Group on Cycling calls for new lanes\n\nMPs on the All Party Parliamentary Group on Cycling want £1bn for new bike lanes. All councils should build safe routes, the group said. Cycling UK backed the report. Ministers said funding was already rising.",
    "Group",
    "a name with \"on\" inside (\"All Party Parliamentary Group on Cycling\") is cut at \"on\", and its last word stands alone as a fragment (review of round 11)",
  ],
  [
    "Wonder Woman film hires Buffy creator\n\nThe creator of the Buffy television series has signed up to write and direct the Wonder Woman film. Joss Whedon said the character was the first great female superhero. Producer Joel Silver said there was no one better than Joss to adapt the comic. Whedon also wrote the Toy Story script, and fans of Joss welcomed the news.",
    "Joss",
    "a given name alone stands for \"Joss Whedon\", but GIVEN_NAMES lacks it and no title or reporting verb stands beside the name (\"Whedon said\" is none: \"Joss Whedon said\" is); as \"Timofey\" above (round 12)",
  ],
  [
    "Car demand surges\n\nSouth African car sales rose 20% last year as low interest rates drew buyers into showrooms. Sales of new cars reached a record, the national association of car makers said. Exports of cars also rose, led by BMW and Toyota plants near Pretoria. Analysts said car demand would slow this year as interest rates rise.",
    "Car demand surges",
    "a headline's verb in -s that ends it is read as a plural noun (\"South African car demand surges\" was a BBC keyphrase): the headline-verb rule asks for a name, a determiner or a noun after the verb, and a headline that ends in a noun compound (\"UK house prices\", \"US retail figures\") has the same shape (round 12)",
  ],
  [
    "Car demand surges\n\nSouth African car sales rose 20% last year as low interest rates drew buyers into showrooms. Sales of new cars reached a record, the national association of car makers said. Exports of cars also rose, led by BMW and Toyota plants near Pretoria. Analysts said car demand would slow this year as interest rates rise.",
    "interest rates rise",
    "a base verb after a plural noun at a clause's end is read as a noun (\"as interest rates rise\"; \"combat price growth and lift interest rates\" in a BBC list): \"rise\" is a noun after a noun as often (\"a sharp interest rates rise\") (round 12)",
  ],
  // round 13: 1990s wire, business and broadcast news (TimeBank and AQUAINT lists)
  [
    'In Washington today, air traffic control tapes from the night the plane went down were released. Controllers lost contact with the plane minutes after takeoff. The tapes show the pilots reported nothing unusual, and investigators still do not know why the plane exploded.\n\nLisa Stark ABC news Washington',
    'Lisa Stark ABC news',
    'a broadcast transcript\'s sign-off, written without commas, is read as one name ("Lisa Stark ABC", "Steven Snyder TWA" in one ABC transcript\'s list of the 266; round 13): a network\'s name after a person\'s would need a list of broadcasters as credits, and "ABC News" is a name of its own',
  ],
  [
    'He was named chairman of U.S. Trust Corp., a private bank. U.S. Trust has lost clients to brokers, and U.S. Trust earnings fell. The bank will move to midtown Manhattan.',
    'Trust',
    '"U.S." is read as two words, "u" and "s", neither a name, so a name it opens loses it ("Trust" of "U.S. Trust", "embassies" of "U.S. embassies": 31 entries of the 266 TimeBank and AQUAINT lists; round 13): reading an initialism with periods as one word was measured and not kept, KPCrowd train F@10 17.257 -> 17.122 (the crowd tags "National Cancer Institute", not "U.S. National Cancer Institute") and "N.J.", "N.Y." alone came into about 40 lists',
  ],
  // (round 13 mended "International Women" of "International Women's Day": a people's possessive
  // inside a name joins it; now a row of table.ts. "Young's Market Co." stays cut: a surname's possessive)
  [
    'The trial of two Libyans accused of blowing up a Pan Am jet over Scotland may be held in the Netherlands. Relatives of the Pan Am victims welcomed the ruling, and Libya said it would study it.',
    'Pan',
    '"Am" of "Pan Am" is read as the verb, so the airline\'s name is cut to "Pan" (round 13)',
  ],
  [
    'NAIROBI, Kenya (AP) _\n\nRescue workers searched the rubble of the embassy for survivors on Saturday. The bomb killed 80 people, police said, and the embassy building collapsed. Officials said the death toll would rise.',
    'NAIROBI',
    'a wire dateline is read as a headline (one short first paragraph without a final stop), and its place, in capitals, scores as a headline\'s phrase; reading it as no headline, or giving it no candidates, was measured and not kept (round 13): the filing place is often the story\'s (Nairobi for the embassy bombing), and "CAPE TOWN" became "TOWN"',
  ],
];
