// The word lists of sentence segmentation (src/text/sentences.ts; the rules
// that read each list are in docs/segmentation.md).
//
// Abbreviations that take a period (TITLES, BEFORE_NUMBER, AMBIGUOUS, CASED):
// write them without their final period; inner periods stay ("U.S", "e.g").
// Matching ignores case unless the entry is listed under CASED (then it must
// match exactly). Users add their own through the `abbreviations` option of
// `parse` / `segment`. Then the words around boundaries: sentence OPENERS,
// closing formulas and greetings, emoticons, domains, picture-credit labels,
// words after a run-in heading or a dash.
import { MONTH_NAMES, MONTH_SHORT_FORMS } from './months.js';
import { words } from './words.js';

/**
 * Prepositive abbreviations: titles and words that stand before a name or a
 * number. A period after them never ends a sentence.
 */
export const TITLES = words(`
  # personal titles
  Mr Mrs Ms Mx Messrs Mmes Mme Mlle Dr Drs Prof Profs Rev Revd Hon Fr Br Sr Sra Srta
  # military, police and political ranks
  Adm Brig Capt Cdr Cmdr Col Comdr Cpl Cpt Gen Gov Insp Lt Maj Pfc Pres Pvt Rep Reps Sen Sens Sgt Supt
  Atty Det Amb Msgr Spc Rt Cllr Dist
  # assistant, deputy, alderman: "Asst. Secretary Jane Roe", "Dep. Mayor", "Ald. Smith"
  Asst Dep Ald
  # in South Asian, African and Commonwealth news: "Smt. Sonia Gandhi", "Sqn. Ldr. Rao", "Wg. Cdr.",
  # "Flt. Lt.", "Engr. Musa Bello", "Alh. Aliko Dangote"
  Smt Kum Sqn Ldr Wg Flt Engr Alh
  # place-name prefixes
  Mt Ft St Ste Pt
  # latin and scholarly, which stand inside sentences: "e.g. this", "cf. that"
  cf e.g i.e viz vs v
  # circa before a year ("c. 1818"), also-known-as, postscript
  c a.k.a P.S PS
`);

/**
 * Abbreviations that stand before a number ("p. 55", "Fig. 3", "Vol. II",
 * "No. 1"): a period after one does not end a sentence when a number or a
 * roman numeral follows. Otherwise the word is read as a plain word, since
 * most of these are words too ("a work of art. Destiny Allison's sculptures").
 */
export const BEFORE_NUMBER = words(`
  p pp Fig Figs Vol Vols Art Ch Chap Sec Secs Para Eq Eqs Tab Ref Refs Op
  # roads: "Rte. 9"
  Rte
  # currencies written before the amount: "Rs. 500 crore", "Re. 1", "Sh. 2,000", "Ksh. 50"
  Rs Re Sh Ksh
  # numbers: "No. 1", "N°. 1026" ("Hell no. Thats a great name" ends)
  No Nos Nr N° Nº
`);

/**
 * Day abbreviations that are no words, ambiguous abbreviations: "Tue. 3"
 * (not Mon, Wed, Sat, Sun: as words they end sentences; they are under
 * DAYS_BEFORE_MONTH).
 */
const AMBIGUOUS_DAYS = words(`Tue Tues Thu Thur Thurs Fri`);

/**
 * Abbreviations that usually sit inside a sentence but can end one ("... at
 * 6 p.m.", "Apple Inc."): a period after them ends the sentence only when the
 * next word is a likely sentence opener (see `OPENERS`).
 */
export const AMBIGUOUS = [
  ...words(`
  # companies and organisations
  Co Cos Corp Inc Ltd Pty Bros Assn Assoc Dept Univ Govt Intl Mfg Plc LLC LLP
  # bank holding companies in the Wall Street Journal: "agreed to acquire Deseret Bancorp. for stock"
  Bancorp
  # French "Compagnie", in names: "Cie. de Navigation Mixte", "Cie. Financiere de Paribas"
  Cie
  # after a name
  Jr Sr Esq Ph.D M.D B.A M.A B.Sc M.Sc D.Phil LL.B J.D
  # times of day
  a.m p.m A.M P.M
  # places and countries written with periods (U.S. states are under STATES)
  U.S U.S.A U.K U.N E.U U.A.E L.A S.F
  # addresses and districts
  Ave Blvd Rd Hwy Sq Ln Apt Bldg Ct Pl Pkwy Hts Mtn Jct Tpke Twp Div Natl
  # measures and counts
  # (not "in" or "est": as words they end sentences. "min" and "max" are
  # here because a lower-case word after a plain word's period starts a
  # sentence: "5 min. later" must not)
  approx ft lb lbs oz yr yrs mo mos wk wks hr hrs min max avg sec mil mln pct qtr qtrs pts
  tsp tbsp gal qty
  # others common in news and letters
  al ca co ed eds incl misc orig pt qt sq etc esp ibid tel ext
  # retired, after a rank: "Gen. (ret.) John Smith", "Col. Jane Roe, ret."
  ret
`),
  // days, as in "Tue. 3" (months are under MONTHS)
  ...AMBIGUOUS_DAYS,
];

/**
 * Month abbreviations (AP style: "Jan. 5", "Sept. 2001"). Inside a sentence
 * one stands before a number, a comma or a lower-case word ("in Jan. and
 * Feb."); before any other capitalized word its period ends the sentence:
 * "The deal closed in Jan. | Profits rose.", "hosts Ant and Dec. | Natalie
 * ...". (May, June, July take no period.)
 */
export const MONTHS = MONTH_SHORT_FORMS.filter((m) => m !== 'May');

/**
 * Determiners and possessives. Right before a month ("the Jan. transfer
 * window"), a time of day ("the 7:15 a.m. Amtrak train") or a place with its
 * state ("the Trenton, N.J. office"), one makes that phrase a modifier of the
 * noun after it, not the end of a sentence: there the period ends one only
 * before a sentence opener, as after an ambiguous abbreviation. Matched
 * case-blind ("The Oct. Revolution"). Not "last", "next", "this", "that",
 * which make a month a time ("since last Sept. | Profits have doubled").
 */
export const DETERMINERS = words(`
  the a an these those its their his her our my your each every
  any no some whose
`);

/**
 * Day abbreviations that are words too ("Sun", "Mon", "Wed", "Sat"), so
 * not ambiguous abbreviations: capitalized before a month, one goes on ("The
 * sale ends Sun. Jan. 12"); elsewhere it is a word ("... Sun. The paper
 * said").
 */
export const DAYS_BEFORE_MONTH = words(`
  Mon Wed Sat Sun
`);

/**
 * Titles that also abbreviate a word written after a name or a number:
 * "St. Paul's" (Saint) but "Downing St." (Street), "Sr. Maria" (Sister) but
 * "John Smith Sr." (Senior), "Ft. Worth" (Fort) but "6 ft." (feet), "Pt.
 * Reyes" (Point) but "2 pt." (pints). After a capitalized word or a number
 * one reads as an ambiguous abbreviation (its period ends a sentence before
 * a sentence opener: "He lives off Downing St. | The PM was out."); elsewhere
 * as a title. ("Mount St. Helens" goes on: "Helens" opens no sentence.)
 */
export const SUFFIX_TITLES = words(`
  St Ste Sr Ft Pt
`);

/**
 * Measures that are also words: after a number a period after one is an
 * abbreviation ("6 ft. 5 in. forward", "a 2 mi. walk"), read as an ambiguous
 * one; elsewhere a word ("The votes are in. Then ...").
 */
export const MEASURES_AFTER_NUMBER = words(`
  in yd yds mi
`);

/**
 * A company's legal form ("Acme Inc.", "Foo Corp.", "Bar Pty. Ltd."): an
 * ambiguous abbreviation, which goes on before a capitalized word ("Apple
 * Inc. Chief Executive Tim Cook"), but ends a sentence before a capitalized
 * word that a comma follows, the subject of the next sentence with an
 * apposition ("... Carnival Cruise Lines Inc. | Carnival, which has ...").
 */
export const COMPANY_FORMS = words(`
  Inc Corp Co Cos Ltd Pty LLC LLP Plc PLC Bros
  # bank holding companies, as the Wall Street Journal writes them: "Deseret Bancorp."
  Bancorp
`);

/**
 * Words written after a name, without or with their period: a company's
 * legal form (COMPANY_FORMS) and a generation. One after a name ending in "!"
 * or "?" goes on with it ("Yahoo! Inc. said", "Jeopardy! Inc"): it never
 * opens a sentence.
 */
export const AFTER_NAME = [...COMPANY_FORMS, ...words(`Jr Sr Esq`)];

/**
 * Capitalized words that go on after a time of day ("at 9 a.m. EST
 * Tuesday", "5 p.m. Eastern time"): days, months, time zones and their
 * names. After a lower-case "a.m." or "p.m.", any other capitalized word
 * starts a sentence ("until 2 p.m. | Meet the designer ..."), and so does a
 * capitalized word that is not followed by "time" within three words ("3 p.m.
 * Moscow time" goes on). Month abbreviations (MONTHS) go on too.
 */
export const AFTER_TIME = [
  // days
  ...words(`Monday Tuesday Wednesday Thursday Friday Saturday Sunday`),
  ...DAYS_BEFORE_MONTH,
  ...AMBIGUOUS_DAYS,
  // months
  ...MONTH_NAMES,
  ...words(`
  # time zones (abbreviations) and their names
  ET EST EDT CT CST CDT MT MST MDT PT PST PDT AKST AKDT HST GMT BST UTC CET CEST EET EEST WET WEST IST JST KST
  AEST AEDT ACST AWST NZST NZDT SGT HKT MSK Z
  Eastern Central Mountain Pacific Atlantic Greenwich Universal Coordinated
`),
];

/**
 * Ambiguous abbreviations that count only in the case written here, because
 * in another case they are ordinary words or names ("sp." is species, "SP" a
 * product name): scholarly abbreviations in lower case. (U.S. states, cased
 * too, are under STATES.)
 */
export const CASED = words(`
  # scholarly: "op. cit.", "sp. nov.", "resp."
  cit resp sp spp var trans repr suppl ser
`);

/**
 * U.S. states and districts in news (AP) style, matched in the case written
 * ("Ill." is Illinois, "ill." is not) and ambiguous like CASED. After a
 * comma, one closes a place ("Miami Beach, Fla.", "Buffalo, N.Y."): inside a
 * sentence a comma or a lower-case word follows it ("Springfield, Ill., in
 * 1950"; "Ill. on May 2"), so before any capitalized word its period ends the
 * sentence ("... of Miami Beach, Fla. | Sister Jeanne said ..."), unless the
 * words before are all capitalized (a headline: "Facing Deficit, Ariz.
 * Shifts Costs").
 */
export const STATES = words(`
  Ala Ariz Ark Calif Colo Conn Del Fla Ga Ill Ind Kan Kans Ky La Md Mass Mich Minn Miss Mo Mont
  Neb Nebr Nev Okla Ore Pa Tenn Tex Vt Va Wash Wis Wyo N.H N.M N.C N.D S.C S.D R.I W.Va
  D.C N.Y N.J P.R
`);

/**
 * Capitalized words that open sentences far more often than they follow an
 * abbreviation inside one. After an ambiguous abbreviation ("U.S.", "Inc.",
 * "p.m.", a single initial), one of these (or a title) means a new sentence;
 * any other capitalized word ("U.S. Government") means the sentence goes on.
 */
export const OPENERS = words(`
  # articles, demonstratives, quantifiers
  A An The This That These Those Some Many Most Much All Any Each Every Both Either Neither Few Several Other Another Such No
  # pronouns and possessives
  I You He She It We They Me Him Her Us Them My Your His Its Our Their There Here One Nobody Everyone Someone Nothing
  # wh-words
  What When Where Why How Who Whom Whose Which Whatever Whoever
  # conjunctions and sentence adverbs
  And But Or Nor So Yet Then Thus Hence Also Still However Meanwhile Moreover Furthermore Nevertheless Instead Indeed
  Although Though Because Since While Whereas Unless Until If Once After Before As Now Today Yesterday Tomorrow Later
  Finally First Second Third Next Last Perhaps Maybe Sometimes Often Never Always Yes Not Please Thanks
  # prepositions that open sentences
  In On At For By With From To Of Over Under During Despite Without Within Among Between Against Into Through About
  # auxiliaries and common sentence-initial verbs (contractions of the words
  # above count too: "It's", "I'm", "There's")
  Is Are Was Were Be Been Being Do Does Did Done Has Have Had Can Could Will Would Shall Should May Might Must Let
  Don't Doesn't Didn't Can't Won't Isn't Aren't Wasn't Weren't Couldn't Wouldn't Shouldn't Haven't Hasn't
  # sentence adverbs and connectives
  Therefore Otherwise Unfortunately Fortunately Additionally Consequently Accordingly Similarly Likewise Besides
  Earlier Recently Currently Overall According Again Already Soon Even Just Only Unlike Like Following Given
  # sentence adverbs of news copy: "joined Acme Co. | Previously he worked at IBM"
  Previously Separately Elsewhere Initially Eventually Ultimately Subsequently Afterwards Afterward Nonetheless
  Notably Importantly Specifically Typically Usually Generally Traditionally Historically Alternatively Conversely
  Ironically Surprisingly Interestingly Sadly Clearly Obviously Apparently Reportedly Allegedly Officially
`);

/**
 * Plural nouns that open news sentences as their subject ("Police said",
 * "Shares fell", "Analysts expect"). After an ambiguous abbreviation one of
 * these, then a lower-case word, starts a sentence: "They signed with Acme
 * Inc. | Shareholders were not told.", "made in the U.S. | Markets reacted".
 * In running text the noun of a name after "U.S." is lower-case ("U.S.
 * troops"), and a name goes on in capitals ("U.S. Forces Korea"). A
 * headline on the line over its story ends before one too ("Storm batters
 * coast | Thousands are without power.").
 */
export const SUBJECTS = words(`
  # people
  Police Officials Authorities Analysts Investors Critics Experts Residents Witnesses Prosecutors Lawmakers
  Legislators Voters Doctors Nurses Scientists Researchers Officers Troops Soldiers Rescuers Firefighters
  Protesters Demonstrators Workers Employees Customers Shareholders Economists Traders Students Teachers
  Parents Fans Players Negotiators Diplomats Investigators Detectives Regulators Campaigners Activists
  Passengers Patients Survivors Relatives Neighbours Neighbors Opponents Supporters Republicans Democrats
  # counts of people: "Thousands are without power"
  Thousands Hundreds Dozens Millions
  # things that rise and fall
  Shares Stocks Prices Sales Profits Earnings Revenues Markets Bonds Yields Exports Imports Talks
`);

/**
 * Closing formulas of letters and e-mails. Alone before a comma at the start
 * of a sentence, one ends that sentence: "Best regards, | Jane Doe". Words of
 * a formula are joined with `_`.
 */
export const SIGN_OFFS = words(`
  Regards Best_regards Kind_regards Kindest_regards Warm_regards Warmest_regards Best_wishes
  Sincerely Yours_sincerely Sincerely_yours Yours_truly Respectfully Cheers Cordially
`);

/**
 * Greetings. Alone before a comma at the start of a sentence, one ends that
 * sentence when a sentence opener follows: "Hi, | Yes, the storage is open"
 * (but "Hi, John" goes on).
 */
export const GREETINGS = words(`
  Hi Hello Hey Greetings Dear_all Hi_all Hello_all Hi_everyone Hello_everyone
`);

/**
 * Emoticons: after a sentence's terminal one belongs to that sentence
 * ("great! :P"); in running text one ends a sentence before a capitalized
 * word ("community :-) Posted by ...").
 */
export const EMOTICONS = words(`
  :) :-) :( :-( :D :-D :P :-P :p :-p :/ :-/ :O :o ;) ;-) :] =) :'( :S
`);

/**
 * Top-level domains, lower-cased. After a period with no space ("Amazon.Com",
 * "Newsfeed.Com"), one is part of a name, not a new sentence.
 */
export const DOMAINS = words(`
  com org net edu gov mil int info biz co uk us ca au de fr io
`);

/**
 * Labels of picture credits in news pages. Capitalized and followed by a
 * colon after a word, one starts a sentence: "... in Washington D.C. Image:
 * United States Navy." (after the abbreviation "D.C." nothing else would end
 * the caption).
 */
export const CAPTION_LABELS = words(`
  Image Photo Photograph Picture Caption
`);

/**
 * Words of a picture credit in brackets after a caption ("... on Thursday.
 * (AP Photo/Jane Doe) BUENOS AIRES ..."): a bracket group after a terminal
 * that holds one of these, or a slash, closes the caption before it instead
 * of opening the next sentence. Case-sensitive.
 */
export const CREDIT_WORDS = words(`
  Photo Photos Photograph Photographs Picture Pictures Images Getty Courtesy Handout
`);

/**
 * Labels of picture credits that news pages run into the story: a credit
 * opening a sentence ("Photograph: Jane Doe/Getty Images Some of you ...",
 * "Credit Jane Doe/The New York Times “I've been ...") ends before a sentence
 * opener once its agency has been named, after a slash or "for" ("Jane Doe
 * for the Guardian The record ..."). "Credit" needs no colon (NYT pages),
 * but then the slash or "for" must come ("Credit Suisse said" is a bank).
 */
export const CREDIT_LABELS = words(`
  Credit Credits Photo Photograph Picture Image
`);

/**
 * Page furniture that scraped news pages run into the story with no
 * punctuation: the marker of an advertisement slot between two paragraphs
 * ("... in the U.S. Advertisement The employment news was ..."). Opening a
 * sentence before a capitalized word on the same line, one is a sentence of
 * its own. Case-sensitive: "advertisement" in prose is a word.
 */
export const PAGE_FURNITURE = words(`
  Advertisement ADVERTISEMENT
`);

/**
 * Nouns that "Advertisement" modifies in a name, a job title or a label
 * ("Advertisement Standards Council", "Advertisement Manager Jane Doe",
 * "Advertisement Feature: ..."): after the furniture word they make one unit
 * with it, so no sentence ends between them. Case-sensitive, as written in
 * running text (the word in capitals is checked too).
 */
export const FURNITURE_COMPOUNDS = words(`
  # organisations and their parts
  Standards Authority Council Agency Association Bureau Board Department Division Unit Section Club Federation Society
  # jobs
  Manager Managers Executive Executives Director Directors Editor Agent Agents Sales
  # money and rules
  Revenue Revenues Rates Rate Tax Spending Budget Code Codes Rules Regulation Regulations Act Law Policy
  # kinds of page, print and prize
  Feature Features Supplement Supplements Age Awards Award Festival Review
`);

/**
 * Pronouns and demonstratives that open the text after a short heading run
 * into its paragraph: "Lovely Cottage | This cottage is ...". Not "The",
 * which opens names of works ("Comedy Meet The Fockers topped the chart").
 */
export const AFTER_HEADING = words(`
  This These Those It We I You He She They Our My Their
`);

/**
 * Openers that, after a spaced dash, go on more often than they start a new
 * sentence: "and — I think — it works", "the president — The Times reported
 * — was furious".
 */
export const GO_ON_AFTER_DASH = words(`
  I The A An
`);

/**
 * Labels of figures and tables. One with its number opening a caption is a
 * sentence of its own before a capitalized word: "Figure 1.5 | Residents of
 * Boxborough ..." (not "Table 3 shows ...").
 */
export const FIGURE_LABELS = words(`
  Figure Fig Table Chart Map Exhibit Plate Diagram Graph
`);
