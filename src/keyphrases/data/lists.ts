// Word lists for keyphrase candidates: lower-cased, commented data.
import { MONTHS } from '../../text/data/months.js';
import { words } from '../../text/data/words.js';

/**
 * Cardinal number words: quantities, never keyphrases by themselves
 * (EXCLUDED holds them). Written with a capital inside a sentence, before a
 * name, one is part of the name: "the Six Nations", "the Three Gorges Dam",
 * "the Two Ronnies", "BBC Radio Five Live" (a number is written in lower
 * case inside a sentence; see tag.ts). Not the ordinals: a capitalized
 * ordinal opens titles of office ("First Lady Michelle Obama", "First
 * Minister Jack McConnell"), which the title rules read, and brand names
 * the crowd of KPCrowd tags without it ("First Capital Connect").
 */
export const NUMBER_WORDS: ReadonlySet<string> = new Set(
  words(`
  zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen
  sixteen seventeen eighteen nineteen twenty thirty forty fifty sixty seventy eighty ninety
  hundred thousand million billion trillion
`),
);

/**
 * Stop words that open names: written with a capital inside a sentence,
 * after a word and before a name, one is the name's first word ("the All
 * Blacks", "the All England Club", "actor Will Smith", "singer Will Young";
 * see tag.ts). Not the articles, the joiners ("of", "and", "for") nor the
 * words that open titles of works ("My", "One", "Being"): a work's title is
 * no name of the kind these rules read.
 */
export const NAME_STOPWORDS: ReadonlySet<string> = new Set(
  words(`
  # "All Blacks", "All Saints", "All England Club"
  all
  # a given name that is also a modal verb ("Will Smith", "Will Greenwood")
  will
`),
);

/**
 * Stop words of NAME_STOPWORDS that, opening a sentence, open only
 * questions: a sentence that opens with one before a name and asks nothing
 * opens with the name ("Will Jordan scored a hat-trick", "Will Quince, the
 * health minister, said"; not "Will Labour win?"; see tag.ts, review of
 * round 11). Not "all": "All Britons must register" is a statement.
 */
export const QUESTION_STOPWORDS: ReadonlySet<string> = new Set(
  words(`
  will
`),
);

/**
 * Stop words that are surnames: written with a capital inside a sentence,
 * right after a given name (GIVEN_NAMES), one is the name's last word
 * ("Theresa May", "Brian May"; see tag.ts). Not every stop word: news
 * styles that run a name's inverted form into the next sentence ("West,
 * Kanye Has yet another ...", "Aldridge, Lily Will marry") and titles of
 * works ("What Would Kenny Do?") capitalize verbs after given names.
 */
export const SURNAME_STOPWORDS: ReadonlySet<string> = new Set(
  words(`
  may
`),
);

/**
 * Time zones: EXCLUDED as time words, but written in capitals only after a
 * time of day ("by 1830 GMT", "9:30 a.m. EST", "midnight BST"). Elsewhere
 * the capitals are a name's (review of round 12): "GMT Games", "UTC
 * Aerospace Systems", the jazz trio "EST", the Energy Saving Trust "(EST)",
 * a University Technical College "UTC", photodynamic therapy "(PDT)".
 */
export const TIME_ZONES: ReadonlySet<string> = new Set(words(`gmt bst utc cet est edt pst pdt`));

/**
 * Words that are never part of a keyphrase: they break a candidate where they
 * stand (dates, numbers, quantities and vague nouns a news editor would never
 * tag). Stop words and pronouns come from src/text/data/stopwords.ts.
 */
/**
 * The weekdays: time words (EXCLUDED). Wire copy writes the day right
 * after the subject, with no "on": "The World Court Friday rejected",
 * "President Bill Clinton Thursday condemned"; after a name's word the
 * capitalized day is the date, not a word of the name (candidates.ts;
 * round 13). After an adjective it names a day of its own ("Good Friday
 * Agreement", "Black Friday", "Super Tuesday").
 */
export const WEEKDAYS: ReadonlySet<string> = new Set(words(`monday tuesday wednesday thursday friday saturday sunday`));

/**
 * The plural currency units of amounts ("52 cents a share", "millions of
 * dollars", "9 pence", wire copy's "20 million dlrs"; round 13: "cents" in
 * 25 TimeBank lists, "dlrs" in 3 AP lists): never keyphrases alone
 * (NEVER_ALONE), but heads and modifiers of longer phrases ("Zimbabwe
 * dollars", "advertising dollars", "pence coins": round 13 made them
 * quantities, EXCLUDED, and its review found 8 of 12 lists worse). The
 * singular names a currency ("the dollar fell").
 */
export const CURRENCY_UNITS: ReadonlySet<string> = new Set(words(`cents pence dollars dlrs`));

export const EXCLUDED: ReadonlySet<string> = new Set(
  words(`
  # days (the weekdays, WEEKDAYS, added below), and the months (MONTHS, added below; a
  # capitalized month right after a name is a name: "Theresa May")
  mon tue tues thu thur thurs fri
  # time words
  year years month months week weeks day days today yesterday tomorrow tonight time times
  hour hours minute minutes second seconds decade decades century centuries morning mornings
  afternoon evening evenings night nights weekend weekends moment moments period periods
  era ago lately recently
  # numbers, ordinals and quantities (the cardinal number words are NUMBER_WORDS, added below,
  # with the time zones as news writes a time of day, "by 1830 GMT": TIME_ZONES; round 12)
  hundreds thousands millions billions trillions
  dozen dozens half halves quarter quarters couple
  first third fourth fifth sixth seventh eighth ninth tenth last next latest previous
  percent per cent pct percentage
  # (the plural currency units, CURRENCY_UNITS, are never keyphrases alone: NEVER_ALONE)
  lot lots number numbers amount amounts total plenty majority minority
  # vague nouns
  thing things something anything everything nothing someone anyone everyone everybody somebody
  nobody way ways kind kinds sort sorts bit bits part parts piece lots end ends fact facts
  instance example examples case cases mr mrs ms dr
  # reporting and discourse words
  etc ie eg vs said says told
  # remnants of HTML entities in scraped text ("&quot;", "&#039;")
  quot amp nbsp lsquo rsquo ldquo rdquo mdash ndash hellip apos
`).concat([...WEEKDAYS], [...MONTHS.keys()], [...NUMBER_WORDS], [...TIME_ZONES]),
);

/**
 * Occupations and sports positions news writes before a name: titles
 * (TITLES) where they open a sentence or a title-case headline ("Sprinter
 * Darren Campbell", "Scrum-half Peter Stringer", "Rapper Eminem"), whose
 * capital made them part of the name. Inside a sentence news writes them in
 * lower case ("sprinter Darren Campbell"): no titles of office, they are
 * capitalized there only as words of a name ("the Producer Price Index",
 * "the Economist Intelligence Unit", "the Designer Outlet"; see
 * candidates.ts).
 */
export const OCCUPATIONS: ReadonlySet<string> = new Set(
  words(`
  comedian presenter broadcaster author writer novelist playwright poet producer composer
  musician guitarist drummer pianist rapper designer photographer journalist reporter columnist
  economist analyst campaigner activist veteran
  sprinter athlete boxer golfer jockey batsman bowler wicketkeeper skipper
  scrum-half fly-half flanker full-back winger quarterback pitcher
`),
);

/**
 * Titles and roles that stand before a name. Before a capitalized word they
 * end the phrase: "Chinese President Xi Jinping" gives "Xi Jinping".
 */
export const TITLES: ReadonlySet<string> = new Set(
  words(`
  president vice premier minister prime secretary chancellor chairman chairwoman chair
  chief executive ceo cfo founder director manager spokesman spokeswoman spokesperson
  ambassador envoy senator sen rep representative congressman congresswoman governor gov mayor
  king queen prince princess duke lord lady sir dame pope cardinal bishop archbishop rev
  general gen colonel col captain capt lieutenant lt sergeant sgt major admiral commander
  judge justice attorney prosecutor detective officer inspector professor prof doctor
  coach manager striker midfielder defender goalkeeper star singer actor actress director
  leader chief boss head deputy mr mrs ms dr
  commissioner councillor councilman councilwoman assemblyman assemblywoman mp mep superintendent speaker
  # round 12, from BBC lists ("New York State Comptroller Alan Hevesi", "Virgin Radio DJ Pete
  # Mitchell", "MSP Karen Whitefield", "Co-star Richard Gere", "Agent Brian Hassell")
  comptroller reverend msp dj co-star agent
`).concat([...OCCUPATIONS]),
);

/**
 * Nationality words, adjectives and nouns ("Italian", "Spaniard", "Swede",
 * "Americans"). News, sport most of all, writes a person's nationality
 * before the name as it writes a title ("Italian Roberta Vinci", "Dane
 * Kenneth Carlsen", "top-seeded American Andy Roddick"): before a person's
 * name of two words or more the word is dropped, as a title is (see
 * candidates.ts). Before the name of a thing it stays: "British Airways",
 * "American Express" (a common noun follows), "Scottish National Party"
 * (an adjective follows). Continents and regions ("European", "African",
 * "Asian") are left out: they open the names of institutions ("European
 * Ryder Cup team", "Asian Development Bank").
 */
export const DEMONYMS: ReadonlySet<string> = new Set(
  words(`
  # adjectives
  afghan albanian algerian american angolan argentine argentinian armenian australian austrian
  azerbaijani bahraini bangladeshi belarusian belgian bolivian bosnian brazilian british
  bulgarian cambodian cameroonian canadian chilean chinese colombian congolese croatian cuban
  cypriot czech danish dutch ecuadorian egyptian english eritrean estonian ethiopian fijian
  filipino finnish french georgian german ghanaian greek guatemalan haitian honduran hungarian
  icelandic indian indonesian iranian iraqi irish israeli italian ivorian jamaican japanese
  jordanian kazakh kenyan korean kosovan kuwaiti latvian lebanese liberian libyan lithuanian
  malaysian maltese mexican moldovan mongolian montenegrin moroccan namibian nepalese nigerian
  norwegian omani pakistani palestinian panamanian paraguayan peruvian polish portuguese qatari
  romanian russian rwandan saudi scottish senegalese serbian singaporean slovak slovakian
  slovenian somali spanish sudanese swedish swiss syrian taiwanese tanzanian thai tunisian
  turkish ugandan ukrainian uruguayan uzbek venezuelan vietnamese welsh yemeni zambian zimbabwean
  # nouns, where they differ from the adjective
  briton britons dane danes dutchman dutchwoman englishman englishwoman finn finns frenchman
  frenchwoman irishman irishwoman kiwi kiwis pole poles scot scots spaniard spaniards swede
  swedes turk turks welshman welshwoman
  # plurals of the adjectives that are nouns too
  afghans americans argentines argentinians australians austrians belgians brazilians
  bulgarians canadians chileans colombians croatians czechs egyptians germans ghanaians greeks
  hungarians indians iranians iraqis israelis italians jamaicans kenyans koreans mexicans
  nigerians norwegians pakistanis romanians russians serbians slovaks ukrainians
`),
);

/**
 * Lower-case particles inside persons' names ("Ruud van Nistelrooy",
 * "Ludwig von Mises", "Luiz Inacio Lula da Silva"): read as words of the
 * name where a nationality before it is dropped (see candidates.ts); and,
 * between two capitalized words, a word of the name (tag.ts; round 12).
 * Round 13 added "es", "bin", "ibn" ("Dar es Salaam", "Alwaleed bin
 * Talal", "Osama bin Laden": "Salaam" and "Talal" were fragments).
 */
export const NAME_PARTICLES: ReadonlySet<string> = new Set(words(`van von de der den da di du del della dos das es bin ibn`));

/**
 * The last parts of hyphenated modifiers that place or describe a name as
 * news writes them before it, as it writes a title: "Swiss-based |
 * Xstrata", "state-owned | Gazprom", "London-listed | Cairn",
 * "German-born | Frank Schmidt", "Oscar-winning | Jamie Foxx". Before a
 * name such a modifier is dropped (see candidates.ts); before a common noun
 * it stays: "web-based application", "state-owned companies".
 */
export const NAME_MODIFIER_PARTS: ReadonlySet<string> = new Set(
  words(`
  based born bred owned listed registered headquartered controlled backed run winning nominated
  # an age and a seeding, as sport writes them before a player ("Fifteen-year-old | Donald Young",
  # "second-seeded | Tim Henman"; review of round 10)
  old seeded
  # a hyphenated title noun of an award or a record ("Oscar-winner | Andrea Arnold", "Pulitzer
  # Prize-winner | David Mamet", "record-holder | Paula Radcliffe"; round 11)
  winner nominee medallist medalist holder
`),
);

/**
 * Titles that also open names of things ("General Motors", "Justice
 * Department", "Major League Baseball", "Premier League", "Star Wars", "Duke University",
 * "Head Start", "Doctor Who"): after one of these the title is dropped only
 * when a person's name follows, a word that is not a common noun ("General
 * Yolanda Ruiz", "Coach Phil Jackson"), see candidates.ts. The other titles
 * name persons only ("President Bush", "Governor Brewer").
 */
export const NAME_OPENERS: ReadonlySet<string> = new Set(
  words(`
  general major chief head justice star duke doctor coach lady premier
  # "Agent Orange", "DJ Shadow" (round 12); "MSP Airport" (review of round 12)
  agent dj msp
`),
);

/**
 * Titles that open stage and fictional names of one word ("DJ Khaled",
 * "DJ Fresh", "Agent Carter", "Agent Smith", "Reverend Run"): dropped only
 * before a name of two words or more ("DJ Pete Mitchell", "Agent Brian
 * Hassell", "Reverend Jesse Jackson"; review of round 12).
 */
export const STAGE_NAME_TITLES: ReadonlySet<string> = new Set(words(`agent dj reverend`));

/**
 * Of STAGE_NAME_TITLES, those that open stage names of two words too ("DJ
 * Jazzy Jeff", "Agent Cody Banks"): dropped only before a listed given name
 * ("DJ Pete Mitchell") or a name whose last word the text writes alone
 * ("Agent Brian Hassell ... Hassell said"; review of round 12), where
 * the title opens the name: after an employer's name it is a job ("Capital
 * Radio DJ Margherita Taylor"). A "Reverend" before two names' words is a
 * person's title ("Reverend Jesse Jackson").
 */
export const STAGE_NAME_OPENERS: ReadonlySet<string> = new Set(words(`agent dj`));

/**
 * Joins inside names of things: "Belt and Road Initiative", "Bank of England".
 * They join two capitalized parts when the word before the join is a
 * capitalized common noun (see candidates.ts).
 */
export const JOINERS: ReadonlySet<string> = new Set(words(`of and for & de`));

/**
 * Generic modifiers that say nothing about the topic: dropped from the start
 * of a phrase ("new tuning method" → "tuning method", "proposed algorithm" →
 * "algorithm"). They never make a phrase by themselves (they are not nouns).
 */
export const GENERIC_MODIFIERS: ReadonlySet<string> = new Set(
  words(`
  # novelty and reference to the text itself
  new novel proposed present presented existing current recent following above given
  described mentioned aforementioned said suggested introduced considered resulting
  so-called above-mentioned
  # the research's own steps: "the obtained results", "the studied problems", "the investigated process"
  obtained studied investigated examined analyzed analysed discussed compared
  # time relative to now: "former president", "upcoming film", "the latest model", "previous
  # studies". "latest" and "previous" are EXCLUDED too, but not dead here: in a title-case
  # headline an excluded word after a name is read as a name, so it can open a candidate
  # ("Zorblax's Latest iPhone Sold Well" -> "iPhone", not "Latest iPhone"); keep them
  former upcoming latest previous
  # vague evaluation, and the writer's own ("a fabulous stadium", "a stunning volley": round 10)
  good better best bad worse worst great greater greatest important main major key
  interesting promising
  amazing wonderful beautiful stunning gorgeous lovely incredible fantastic terrific fabulous
  brilliant excellent superb awesome terrible awful horrible remarkable
  # not "extraordinary": it also means "outside the usual order" and makes terms
  # ("extraordinary rendition", "extraordinary general meeting": review of round 10)
  significant essential necessary appropriate suitable corresponding respective relevant
  certain particular specific various different several numerous many multiple other
  same similar whole entire overall typical usual possible available desired required
  # size and degree, without a subject
  large larger largest small smaller smallest huge little further additional extra
`),
);

/**
 * Names' words in "-ing" and "-ed" that open a name where they open a
 * sentence, and are no participle describing the name after them (round
 * 12's opening participles: "Fuming | Robinson", "Unseeded | Nicolas
 * Almagro"). A text that names them once, at a sentence's start, gives no
 * other sign (review of round 12: "Khaled Meshaal", "Channing Tatum",
 * "Beijing Olympics" were cut to "Meshaal", "Tatum", "Olympics").
 */
export const ING_ED_NAMES: ReadonlySet<string> = new Set(
  words(`
  # given names (not those of GIVEN_NAMES, "Alfred", "Ahmed", "Mohammed": a given name opens no such cut)
  sterling irving channing manning fielding browning golding harding redding deming
  khaled javed jared manfred wilfred fareed rasheed saeed waleed naveed
  hamed zayed majed siegfried winifred
  # towns, cities and states (football and rugby clubs take their names)
  reading ealing woking kettering dorking barking flushing epping tooting worthing wapping
  spalding stirling godalming wyoming beijing nanjing chongqing kunming
  # clubs ("Sporting Lisbon", "Racing Santander")
  sporting racing
`),
);

/**
 * Generic modifiers of time relative to now that open no name: opening a
 * sentence before a capital, they are dropped as in lower case ("Former
 * England footballer", "Former Labour minister", "Upcoming Bond film";
 * round 12), where "New" may open one ("New York", "New Labour", "New
 * Year") and stays.
 */
export const NO_NAME_MODIFIERS: ReadonlySet<string> = new Set(words(`former upcoming recent`));

/**
 * First parts of hyphenated generic modifiers (round 12): an ordinal before
 * a superlative ranks the thing among others ("the third-biggest software
 * firm", "the second-largest brewer": "largest" is generic itself), and
 * "newly-" and "much-" say when or how much ("Newly-crowned Australian Open
 * champion", "much-anticipated sci-fi horror"). A compound that opens with
 * one (the ordinal only before a word in "-est") is dropped from the start
 * of a phrase, as GENERIC_MODIFIERS are.
 */
export const GENERIC_PREFIXES: ReadonlySet<string> = new Set(words(`newly much`));
/** Ordinals that open a ranking compound with a superlative ("second-largest"; see GENERIC_PREFIXES). */
export const RANK_ORDINALS: ReadonlySet<string> = new Set(words(`second third fourth fifth sixth seventh eighth ninth tenth`));

/**
 * More time zones, time words only in capitals right after a clock ("3 p.m.
 * ET", "10:30 IST", "1830 CT"), not after any number ("two CT scans", "4
 * CT scans", "3 PT sessions"), and not EXCLUDED: in lower case or
 * capitalized they are other words ("Mt Kenya", "Ct" for Court). "3 p.m.
 * ET" gave the keyphrase "ET" (the lead's probe after round 12).
 */
export const CLOCK_ZONES: ReadonlySet<string> = new Set(
  words(`et ct mt pt cst cdt mst mdt hst akst aest aedt acst awst nzst nzdt ist jst kst hkt sgt cest eest msk`),
);

/**
 * Times of day that a time zone in capitals follows ("1830 GMT", "9:30 a.m.
 * EST"); a word that opens with a digit is one too, and "m" is the last
 * word of "a.m." and "p.m." as the words are read ("a", "m").
 */
export const TIMES_OF_DAY: ReadonlySet<string> = new Set(words(`am pm m noon midday midnight`));

/**
 * Excluded nouns (see EXCLUDED) that may still modify a noun inside a longer
 * phrase: "time management", "time-domain response", "end users", "majority
 * opinion", "case study", "number theory", "night shift". Alone, or at the
 * end of a phrase, they stay excluded ("the end", "a long time").
 */
export const MODIFIER_NOUNS: ReadonlySet<string> = new Set(
  words(`
  time end majority minority number part case day night
`),
);

/**
 * Stop words that, written in capitals among words that are not, are
 * names: "US" (the United States), "IT" (information technology), "WHO"
 * (the World Health Organization), "IS" (Islamic State).
 */
export const CAPITAL_ACRONYMS: ReadonlySet<string> = new Set(words(`us it who is`));

/**
 * Phrases that are never keyphrases by themselves: wire-service and
 * photo credits of the dateline and captions ("BUENOS AIRES (AP) -", "(AP
 * Photo/Natacha Pisarenko)", "Getty Images"), which name the source, not
 * the topic, title abbreviations cut from their name ("Sen.", "Rep."),
 * the "com" of a domain name, and shell nouns (Schmid 2000) and nouns that
 * name the text or the research itself ("this paper", "the approach", "the
 * results", "the problem"), whose content is said by other words.
 * Inside a longer phrase they stay ("AP Stylebook", "Reuters Institute",
 * "optimization problem", "case study").
 * Words joined by `_` are one phrase.
 */
export const NEVER_ALONE: ReadonlySet<string> = new Set(
  words(`
  # news agencies and photo credits
  ap afp upi reuters ap_photo afp_photo reuters_photo associated_press press_association
  agence_france-presse getty_images photo photos file_photo photograph caption
  # title abbreviations, singular and plural ("Sens. Harry Reid and John McCain")
  sen sens rep reps gen gov lt col sgt capt
  # the end of a domain name read apart from its name ("ASOS.com")
  com
  # a firm's legal form cut from its name ("VTC Inc."; CORPORATE_SUFFIXES; round 13); the
  # abbreviations of US states are never alone after a town (STATE_ABBREVIATIONS)
  inc corp co plc ltd llc
  # the plural currency units of amounts: CURRENCY_UNITS, added below
  # "the rest of the world" (round 13); not a quantity's vague noun (EXCLUDED): it heads
  # and modifies terms, "bed rest", "rest area", "active rest" (review of round 13)
  rest
  # shell nouns and the text or research itself (EXCLUDED has the vaguer "fact", "case", "way")
  paper papers article articles approach approaches method methods technique techniques
  result results problem problems study studies work issue issues
`)
    .concat([...CURRENCY_UNITS])
    .map((w) => w.replaceAll('_', ' ')),
);

/**
 * Prepositions of time and place that take an event or a place after "the"
 * ("before the Olympics", "at the Europeans", "in the Balkans"), and not a
 * people: a plural of a proper adjective after one names an event or a
 * place, which is an entity, not a people (see rank.ts). Not "from",
 * "for", "with", "against", which take peoples too ("a gift from the
 * Italians").
 */
export const EVENT_PREPOSITIONS: ReadonlySet<string> = new Set(words(`at in before after during since until`));

/**
 * General nouns of organizations and places (Halliday & Hasan 1976,
 * Cohesion in English, 6.4: nouns of the most general meaning in their
 * class, used to refer back to what other words name): news names a firm,
 * a country or a team once and then says "the company", "the country",
 * "the side". Repeated alone, they stand for the name, which is the topic:
 * they get no factor for standing alone (rank.ts), though they may still
 * rank by their words' scores and stay inside longer phrases ("company
 * accounts", "pressure group", "home side").
 */
export const GENERAL_NOUNS: ReadonlySet<string> = new Set(
  words(`
  # businesses and bodies ("the firm said", "the group's shares")
  company companies firm firms group groups organisation organization
  government party agency
  # places ("the country's economy", "the city council")
  country countries nation city
  # the team of a sports report ("the side", "the club")
  side sides club team
`),
);

/**
 * -ing forms of verbs that take an object and do not name a kind of thing:
 * before a noun phrase they are verbs, never modifiers ("by using support
 * vector machines", "a method combining motion and lighting", "including
 * three banks"), where "emerging markets" or "sliding mode" modify.
 */
export const TRANSITIVE_ING: ReadonlySet<string> = new Set(
  words(`
  # light verbs and verbs of means
  using making taking giving having doing getting putting bringing keeping
  # verbs of inclusion and requirement
  including involving providing requiring allowing enabling containing
  # verbs of method in technical prose
  combining applying utilizing employing exploiting achieving obtaining defining
  introducing addressing comparing ensuring
`),
);

/**
 * -ing forms of transitive verbs that are not ergative: before a noun
 * phrase, where no determiner precedes them, they take it as their object
 * ("by deterring criminals", "Capturing niche markets", "Integrating
 * building management systems"); after a determiner they may still name a
 * kind ("the offering price"). Verbs whose -ing form also says what a thing
 * itself does are left out: "improving economy", "increasing demand",
 * "developing countries", "building blocks", "managing director",
 * "measuring instruments", "receiving antenna" modify.
 */
export const OBJECT_ING: ReadonlySet<string> = new Set(
  words(`
  deterring offering eliminating protecting maintaining affecting creating promoting preventing
  estimating analyzing evaluating predicting solving designing implementing integrating capturing
  selecting
`),
);

/**
 * -ing forms of verbs of saying: after a noun they open a participle
 * clause, never a compound ("a critic saying the film ran long", "the
 * Herald newspaper saying", "officials denying charges"), where "image
 * processing" or "binge drinking" name an activity. (A noun "warning" or
 * "briefing" is no verb of saying here: "Security warning" is a compound;
 * nor "asking" and "telling", which head or modify nouns: "the asking
 * price", "fortune telling".)
 */
export const REPORTING_ING: ReadonlySet<string> = new Set(
  words(`
  saying claiming arguing adding noting insisting stating explaining suggesting
  announcing admitting denying accusing urging
`),
);

/**
 * The verbs of attribution, as news writes them after a quotation or a
 * paraphrase ("Henson said", "a spokesman told the BBC", "the firm says"):
 * a text that uses one reports what people said, which is what news does
 * and a scientific abstract does not (2 of Inspec's 500 abstracts hold one;
 * 331 of KPCrowd's 500 news texts, 9 of the 10 KPTimes articles). Such a
 * text is ranked as news however short it is (see rank.ts). Only the three
 * that nothing else uses: "claims", "stresses", "confirms" are words of
 * abstracts too.
 */
export const ATTRIBUTION_VERBS: ReadonlySet<string> = new Set(words(`said says told`));

/**
 * Reporting verbs in the past and present tense, as news writes them next to
 * the person who speaks ("Henson said", "said Mr Ruddock", "Ruddock told BBC
 * Sport"): a name beside one names a person (see rank.ts givenNames).
 */
export const REPORTING_VERBS: ReadonlySet<string> = new Set(
  words(`
  said says told tells added adds admitted admits insisted insists explained explains
  claimed claims warned warns argued argues urged urges denied denies stressed stresses
  revealed reveals confirmed confirms believes believed
`),
);

/**
 * Participles of naming: they take the name as a complement, never modify a
 * noun ("a new scheme, called differential switching", "a dog named Rex").
 */
export const NAMING_PARTICIPLES: ReadonlySet<string> = new Set(words(`called named termed dubbed labeled labelled entitled titled nicknamed`));

/**
 * Abbreviations of a firm's legal form that end its name ("Jayark Corp.",
 * "Ogden Projects Inc.", "Reuters Holdings PLC", "Montedison S.p.A." read
 * as words): business news names the firm with one first, then without
 * ("Jayark"), one firm. A name with one is the same phrase as the name
 * without it (rank.ts; round 13).
 */
export const CORPORATE_SUFFIXES: ReadonlySet<string> = new Set(words(`inc corp co plc ltd llc lp ag sa nv gmbh bv oy ab`));

/**
 * Units that business news counts amounts in after "a" or "per": "52
 * cents a share", "$18 a share", "a $10-a-share bid". There the word
 * says what the amount is counted in, not what the story is about
 * (candidates.ts; round 13). Not "barrel", "dose", "ton": in oil and
 * drug stories they are terms (the crowd of KPCrowd tags "dose").
 */
export const RATE_UNITS: ReadonlySet<string> = new Set(words(`share`));

/**
 * Irregular plurals of people whose possessive, capitalized between two
 * capitalized words, is a word of a name ("International Women's Day",
 * "the People's Bank of China", "Children's Hospital"): there it joins
 * the name (candidates.ts; round 13).
 */
export const POSSESSIVE_PLURALS: ReadonlySet<string> = new Set(words(`women men children people`));

/**
 * Adjectives that follow the noun they describe ("debentures due 2009",
 * "sales overseas", "proved the doubters wrong", "the people concerned",
 * "taxes payable"): after a plural noun such a word, which the lexicon
 * knows as a noun too, is no head of a phrase (tag.ts; round 13). Not
 * "chief", "standard", "potential", "official": after a plural noun they
 * head one ("operations chief", "emissions standard", "sales potential";
 * review of round 13: 4 of 12 review texts lost them).
 */
export const POSTPOSITIVE_ADJECTIVES: ReadonlySet<string> = new Set(
  words(`
  due overseas abroad wrong right alike galore aplenty available concerned involved
  present responsible payable outstanding apart ahead together worldwide nationwide
  elsewhere
`),
);

/**
 * The abbreviations of US states that wire copy writes after a town
 * ("Fairfield, Calif.", "Stamford, Conn."), those that are no English word
 * or name ("Mass", "Mo", "Ill" are): there never keyphrases alone (round
 * 13). Elsewhere they are names too: "Billy Conn" the boxer, "Colo" the
 * gorilla, "Nev" for Neville (review of round 13), so a phrase of one is
 * never alone only where the text first writes it after a comma after a
 * capitalized word (rank.ts).
 */
export const STATE_ABBREVIATIONS: ReadonlySet<string> = new Set(words(`ariz calif colo conn fla ky mich minn neb nev okla tenn vt wis`));
