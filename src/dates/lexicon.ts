// The dates lexicon: every word the date grammar knows, as commented word
// lists (read by `words`), never as alternations buried in a regex.
import { words } from '../text/data/words.js';

/** Read "word=value" pairs from a commented list into a map (lower-cased keys). */
function pairs(list: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const item of words(list)) {
    const eq = item.indexOf('=');
    out.set(item.slice(0, eq).toLowerCase().replace(/_/g, ' '), item.slice(eq + 1));
  }
  return out;
}

const numberMap = (list: string) => new Map([...pairs(list)].map(([k, v]) => [k, Number(v)] as const));

/** Month names and abbreviations → 1-12. "May", "March" and "Jan" need care: see the month rule. */
export const MONTHS = numberMap(`
  january=1 february=2 march=3 april=4 may=5 june=6 july=7 august=8 september=9 october=10 november=11 december=12
  jan=1 feb=2 mar=3 apr=4 jun=6 jul=7 aug=8 sep=9 sept=9 oct=10 nov=11 dec=12
`);

/** Month names that are also common words: only taken with a day, a year or a date cue around them. */
export const AMBIGUOUS_MONTHS: ReadonlySet<string> = new Set(words(`may march mar jan dec sep oct aug`));

/** Weekday names and abbreviations → ISO weekday (Monday = 1). */
export const WEEKDAYS = numberMap(`
  monday=1 tuesday=2 wednesday=3 thursday=4 friday=5 saturday=6 sunday=7
  mon=1 tue=2 tues=2 wed=3 thu=4 thur=4 thurs=4 fri=5 sat=6 sun=7
`);

/**
 * Determiners: before a form in -ed they make it an adjective ("the proposed merger", tense.ts), before "last" or
 * "next" an ordinal ("his last Christmas", named.ts). Not "that": "the incident that forced the referee" is a relative
 * clause's verb.
 */
export const DETERMINERS: ReadonlySet<string> = new Set(words(`a an the its his her their our your my this these those each every any no some`));

/**
 * Words before "ahead of" that make it a lead or a margin, not an event awaited ("minutes ahead of Carole on
 * Thursday", "eight points ahead of"); "ahead of" otherwise places the date after it ahead ("ahead of Thursday's
 * results").
 */
export const AHEAD_MEASURES: ReadonlySet<string> = new Set(words(`
  seconds minutes hours days weeks months years     # a margin in time
  points goals strokes lengths shots runs laps places miles yards metres   # a lead in a contest or a race
  way well far just                                  # "way ahead of", "well ahead of", "just ahead of"
`));

/** Words after "ahead of" that make it a comparison, not an event awaited ("ahead of expectations on Friday"). */
export const AHEAD_COMPARED: ReadonlySet<string> = new Set(words(`
  expectations expected forecasts forecast estimates schedule target targets plan inflation rivals
`));

/** Nouns after a month that make it a contract's month, one ahead ("crude for February delivery", "May futures"). */
export const CONTRACT_NOUNS: ReadonlySet<string> = new Set(words(`delivery futures contract contracts`));
/** Prepositions of time before such a month that make it the time of what follows ("In March delivery costs rose"). */
export const CONTRACT_BLOCKERS: ReadonlySet<string> = new Set(words(`in since during until till by from after before through`));

/**
 * Words before a count of weeks that make it a span spent, not the British "a week on Friday" (the Friday after
 * next): "for a week on Friday's plan", "in a week", "after a week on Friday", "nearly a week".
 */
export const WEEKS_ON_BLOCKERS: ReadonlySet<string> = new Set(words(`
  for in within over after before during past last next than about around nearly almost
`));

/** Weekday abbreviations that are also words ("sun", "sat", "wed"): taken only capitalized and beside a date. */
export const AMBIGUOUS_WEEKDAYS: ReadonlySet<string> = new Set(words(`sun sat wed mon`));

/** Cardinal number words → value (compounds like "twenty-five" are joined by the number rule). */
export const CARDINALS = numberMap(`
  zero=0 one=1 two=2 three=3 four=4 five=5 six=6 seven=7 eight=8 nine=9 ten=10
  eleven=11 twelve=12 thirteen=13 fourteen=14 fifteen=15 sixteen=16 seventeen=17 eighteen=18 nineteen=19
  twenty=20 thirty=30 forty=40 fifty=50 sixty=60 seventy=70 eighty=80 ninety=90
  a=1 an=1          # "a year", "an hour"
  a_couple_of=2     # joined phrases use _ for a space
  couple=2 dozen=12 half=0.5
`);

/** Decades in words → their digit ("the nineteen-nineties" → 199, "the nineties" → 199). */
export const DECADE_WORDS = numberMap(`
  twenties=2 thirties=3 forties=4 fifties=5 sixties=6 seventies=7 eighties=8 nineties=9
`);

/** Ordinal words → value ("the third quarter", "the 16th"). */
export const ORDINALS = numberMap(`
  first=1 second=2 third=3 fourth=4 fifth=5 sixth=6 seventh=7 eighth=8 ninth=9 tenth=10
  eleventh=11 twelfth=12 thirteenth=13 fourteenth=14 fifteenth=15 sixteenth=16 seventeenth=17
  eighteenth=18 nineteenth=19 twentieth=20 thirtieth=30
  last=-1           # "the last quarter": the fourth
`);

/** Vague quantities before a unit ("several years" → PXY). */
export const VAGUE_QUANTITIES: ReadonlySet<string> = new Set(words(`several few many some numerous countless recent coming past`));

/** Calendar units, singular and plural → [TIMEX3 duration letter, granularity]. */
export const UNITS = pairs(`
  millennium=1000Y millennia=1000Y
  century=100Y centuries=100Y
  decade=10Y decades=10Y
  year=1Y years=1Y yr=1Y yrs=1Y
  quarter=3M quarters=3M qtr=3M qtrs=3M
  month=1M months=1M mo=1M mos=1M
  week=1W weeks=1W wk=1W wks=1W
  fortnight=2W fortnights=2W
  day=1D days=1D
  weekend=WE weekends=WE
  hour=1H hours=1H hr=1H hrs=1H
  minute=1MIN minutes=1MIN min=1MIN mins=1MIN
  second=1S seconds=1S sec=1S secs=1S
`);

/**
 * Unit abbreviations that are units only right after a count, written in lower case ("in 1 mon",
 * "3 mons"): elsewhere, and capitalized, they are weekdays ("next Mon", "on Mon", "Mon 5 May").
 * Read only through `countedUnit` in rules/durations.ts (by the counted durations' `unitAt` and by
 * "ago"), never by the rules that read a unit alone ("next month", "the month").
 */
export const COUNT_UNITS = pairs(`
  mon=1M mons=1M
`);

/**
 * Units glued to their number in one token ("1h", "3mo", "2hr", "15min", "5d") → as UNITS.
 * "m" (minutes? months? million?) and "s" ("1990s") are left out.
 */
export const GLUED_UNITS: ReadonlyMap<string, string> = new Map([
  ...[...UNITS].filter(([, u]) => u !== 'WE'),
  ...pairs(`h=1H d=1D w=1W y=1Y`),
]);

/** Glued units read only inside a sum of clock units before "ago" ("3m 49s ago", "1d 21h 25m ago"): alone, "3m" is millions as often. */
export const SUM_UNITS = pairs(`
  m=1MIN s=1S
`);

/**
 * Titles before a surname ("Mr May", "Lord May", "PM May"): the capitalized word after one is a name,
 * even where the title opens its sentence (read by the month rule, on "May" only).
 */
export const NAME_TITLES: ReadonlySet<string> = new Set(words(`
  mr mrs ms mx dr lord lady sir dame prof   # honorifics
  pm mp                                     # "PM May", "MP May": offices written before a surname
`));

/**
 * Words besides the prepositions of time that let a month stand alone ("last March", "early May",
 * "every June"): without one, "May", "March" and the abbreviations are words as often.
 */
export const MONTH_CUES: ReadonlySet<string> = new Set(words(`last next this early late mid end every each until since`));

/**
 * Words before a capitalized "Mon", "Wed" or "Sat" that make it the weekday without a date beside
 * it ("on Mon", "next Wed", "last Sat"). Not for "Sun": "on Sun's servers", "the next Sun article".
 */
export const WEEKDAY_CUES: ReadonlySet<string> = new Set(words(`on next last this every until since by`));

/**
 * Words after a capitalized "Mon", "Wed" or "Sat" read by a cue alone ("on Sat", "last Sat") that make it a
 * verb: "The team last Sat down in 2019". (A capitalized word after one makes it a name: "on Sat TV".)
 */
export const NOT_AFTER_CUED_WEEKDAY: ReadonlySet<string> = new Set(words(`down`));

/** Seasons → TIMEX3 season code. */
export const SEASONS = pairs(`
  spring=SP summer=SU autumn=FA fall=FA winter=WI
`);

/** Parts of the day → TIMEX3 code ("this morning" → 2025-06-16TMO). */
export const DAY_PARTS = pairs(`
  morning=MO afternoon=AF evening=EV night=NI tonight=NI overnight=NI
`);

/**
 * Parts of the day a weekday keeps in its value: "Friday evening" → 2025-06-13TEV (TimeBank and
 * AQUAINT both write it so). "Friday night" and "Friday morning" take the day's value: the two sets
 * disagree on them (TNI, TEV or the bare day), and the bare day scores best on both.
 */
export const KEPT_DAY_PARTS: ReadonlySet<string> = new Set(words(`evening`));

/** Named times of day → hour. */
export const NAMED_TIMES = numberMap(`
  noon=12 midday=12
  midnight=24               # the end of the day, as TIMEX3 writes it (T24:00): "midnight Friday" is the night after Friday
`);

/** Words that make a deictic day: "yesterday" is one day before the reference. */
export const DEICTIC_DAYS = numberMap(`
  today=0 tonight=0 yesterday=-1 tomorrow=1
`);

/** Vague references to the present, past or future (TIMEX3 *_REF values). */
export const VAGUE_REFS = pairs(`
  now=PRESENT_REF currently=PRESENT_REF current=PRESENT_REF presently=PRESENT_REF nowadays=PRESENT_REF
  recently=PAST_REF recent=PAST_REF lately=PAST_REF
  # left out on purpose: "previously", "formerly" and "soon" modify events more often than they
  # name a time, and TimeML news leaves them unmarked far more often than not
  the_past=PAST_REF the_future=FUTURE_REF the_present=PRESENT_REF
  once=PAST_REF                 # only as the first word of a clause is it a time; see the vague rule
  these_days=PRESENT_REF at_present=PRESENT_REF at_the_moment=PRESENT_REF right_now=PRESENT_REF
  in_the_past=PAST_REF in_the_future=FUTURE_REF
  the_near_future=FUTURE_REF the_near_term=FUTURE_REF the_short_term=FUTURE_REF the_long_term=FUTURE_REF
  the_distant_future=FUTURE_REF the_distant_past=PAST_REF
  then_current=PAST_REF         # "the then current market price": the present of a past time (TimeBank wsj_0924)
`);

/** Frequency words (TIMEX3 SET). "weekly", "monthly", "quarterly" and "yearly" count only as adverbs (not "a quarterly report"). */
export const SET_WORDS = pairs(`
  daily=P1D nightly=P1D weekly=P1W monthly=P1M quarterly=P3M yearly=P1Y annually=P1Y hourly=PT1H
  biannually=P6M biweekly=P2W fortnightly=P2W
`);

/** Relative direction words before a unit or name: "last year", "next month", "this week". */
export const DIRECTIONS = numberMap(`
  last=-1 past=-1 previous=-1 preceding=-1 prior=-1
  next=1 coming=1 following=1 upcoming=1
  this=0 current=0 present=0 same=0
`);

/**
 * A direction glued to its unit in one word, as typed in chat and search boxes ("lastmonth",
 * "nextweek") → the two words it stands for, read as "last month", "next week".
 */
export const GLUED_DIRECTIONS = pairs(`
  lastweek=last_week lastmonth=last_month lastyear=last_year lastquarter=last_quarter
  nextweek=next_week nextmonth=next_month nextyear=next_year nextquarter=next_quarter
  thisweek=this_week thismonth=this_month thisyear=this_year
`);

/** Words after a duration that turn it into a date: "three days ago", "two years later". */
export const OFFSET_WORDS = numberMap(`
  ago=-1 earlier=-1 before=-1 back=-1
  later=1 hence=1 after=1 from_now=1
`);

/** Modifiers of a period's part (TIMEX3 mod). */
export const PART_MODS = pairs(`
  early=START beginning=START start=START dawn=START
  mid=MID middle=MID
  late=END end=END close=END
`);

/** Prefixes joined by a hyphen before a date: "post-1959", "pre-2008" (TIMEX3 mod; the value stays the date). */
export const PREFIX_MODS = pairs(`
  pre=BEFORE post=AFTER
`);

/** Approximation and comparison words before an expression (TIMEX3 mod). */
export const APPROX_MODS = pairs(`
  about=APPROX around=APPROX approximately=APPROX roughly=APPROX nearly=APPROX almost=APPROX some=APPROX
  more_than=MORE_THAN over=MORE_THAN
  less_than=LESS_THAN under=LESS_THAN
  at_least=EQUAL_OR_MORE at_most=EQUAL_OR_LESS up_to=EQUAL_OR_LESS
`);

/** Time zones → offset from UTC ("5pm EST" → 17:00-05:00). */
export const ZONES = pairs(`
  gmt=Z utc=Z z=Z bst=+01:00 cet=+01:00 cest=+02:00
  est=-05:00 edt=-04:00 cst=-06:00 cdt=-05:00 mst=-07:00 mdt=-06:00 pst=-08:00 pdt=-07:00
  jst=+09:00 ist=+05:30 aest=+10:00
  # US zones that do not say standard or daylight time: the standard offset, then the summer one (taken from
  # the 2nd Sunday of March to the 1st Sunday of November, US rules since 2007, when the day is known)
  et=-05:00/-04:00 ct=-06:00/-05:00 mt=-07:00/-06:00 pt=-08:00/-07:00
`);

/** Meridiem markers ("3 pm", "3 p.m.", "3 o'clock" is handled by the time rule). */
export const MERIDIEMS = pairs(`
  am=AM pm=PM a.m=AM p.m=PM
`);

/** Named days of the year with a fixed date (MM-DD). */
export const HOLIDAYS = pairs(`
  christmas=12-25 christmas_day=12-25 christmas_eve=12-24 new_year's_day=01-01 new_year's_eve=12-31
  new_year=01-01 halloween=10-31 valentine's_day=02-14 independence_day=07-04
  boxing_day=12-26              # the UK's first weekday after Christmas; "the Boxing Day sales" (BBC)
`);

/**
 * Days that follow or lead to Easter (a moving feast), as days from Easter Sunday; "easter week" is the week
 * that ends on it (Holy Week: `2000-W16` for Easter 2000-04-23, as TimeML writes it).
 */
export const EASTER_DAYS = new Map<string, number | 'week'>([
  ['easter', 0],
  ['easter sunday', 0],
  ['easter day', 0],
  ['easter monday', 1],
  ['good friday', -2],
  ['easter week', 'week'],
  // the days of Lent and Holy Week before it ("Palm Sunday" was read as the plain Sunday, "Ash Wednesday" as Wednesday)
  ['palm sunday', -7],
  ['maundy thursday', -3],
  ['holy thursday', -3],
  ['ash wednesday', -46],
  ['mothering sunday', -21], // the UK's Mother's Day, three weeks before Easter (the US one is May's: "Mother's Day" is left unread)
]);

/** Frequency words that are sets only when no noun follows ("paid quarterly", not "quarterly dividend"). */
export const ADJECTIVE_SETS: ReadonlySet<string> = new Set(words(`weekly monthly quarterly yearly biweekly hourly nightly`));

/** Named days of the year that move (US holidays): month, ISO weekday, which one (-1 = last), and days after it. */
export const MOVING_HOLIDAYS = new Map<string, [number, number, number, number?]>([
  ['thanksgiving', [11, 4, 4]],
  ['thanksgiving day', [11, 4, 4]],
  ['black friday', [11, 4, 4, 1]], // the day after Thanksgiving (a fourth element: days after the nth weekday)
  ['cyber monday', [11, 4, 4, 4]], // the Monday after it
  ['memorial day', [5, 1, -1]],
  ['labor day', [9, 1, 1]],
  ['election day', [11, 2, 1]], // the Tuesday after the first Monday: see the holiday rule
  ['remembrance sunday', [11, 7, 2]], // the UK's, the second Sunday of November (was read as the plain Sunday)
  ["father's day", [6, 7, 3]], // the third Sunday of June, in the UK and the US
]);

/** Words that precede a number that is not a year ("page 2013", "room 101", "version 2"). */
export const NOT_YEAR_BEFORE: ReadonlySet<string> = new Set(
  words(`
  page pages p pp room rooms no number nos version v flight route highway chapter section article
  item items paragraph figure fig table line lines rule vol volume issue episode level grade class
  bus platform gate seat apartment apt suite unit floor block lot model score scored
  `),
);

/** Words after a four-digit number that make it a quantity, not a year ("2013 people", "1990 votes", "2000 miles"). */
export const NOT_YEAR_AFTER: ReadonlySet<string> = new Set(
  words(`
  percent per million billion thousand
  km kg mile miles feet metre metres meter meters ton tons unit units
  people votes pounds dollars euros yen shares
  `),
);

/**
 * Words of `NOT_YEAR_AFTER` that also open a clause as its subject, so that after a preposition that places
 * a clause in time the number before them is a year: "In 2012 people voted", "Since 2008 shares have fallen"
 * ("2013 people attended", "for 2000 people" still count).
 */
export const SUBJECTS_AFTER_YEAR: ReadonlySet<string> = new Set(words(`people shares`));

/** Prepositions that place a whole clause in time when a year follows ("In 2012 ...", "by 2030 ..."). */
export const CLAUSE_TIME_PREPOSITIONS: ReadonlySet<string> = new Set(
  words(`in since by until till during before after throughout`),
);

/**
 * Words joined by a hyphen after a four-digit number that make it a count in a compound adjective, not a
 * year ("a 2048-bit key", "a 2000-strong crowd", "a 1200-seat arena"; "a 1998-era car" stays a year).
 */
export const COUNT_AFTER_HYPHEN: ReadonlySet<string> = new Set(
  words(`
  bit byte strong page word seat bed room acre hectare mile metre meter yard foot kilometre km tonne ton
  square point member man horsepower pixel
  `),
);

/**
 * Makers of vehicles: a year right before one names a model year, a product's designation, not a time
 * ("Kopp's 1987 Chevrolet Cavalier", "a 2004 Toyota Camry"), unless a preposition of time comes first
 * ("in 1998 Honda recalled its cars").
 */
export const VEHICLE_MAKES: ReadonlySet<string> = new Set(
  words(`
  chevrolet chevy ford toyota honda nissan dodge chrysler jeep buick cadillac pontiac oldsmobile plymouth
  lincoln gmc hyundai kia mazda subaru mitsubishi volkswagen vw audi bmw mercedes porsche volvo saab
  jaguar lexus acura infiniti fiat ferrari lamborghini maserati peugeot renault citroen vauxhall opel
  datsun bentley harley-davidson harley yamaha kawasaki ducati cessna
  `),
);

/**
 * Lower-case words after a vehicle's make that leave a year before the make a model year ("a 2004 Ford
 * pickup"): any other lower-case word there is the make's event and the year a time ("the 2010 Toyota
 * recall", "the 1998 Ford strike", "the 2009 Chrysler bankruptcy").
 */
export const VEHICLE_NOUNS: ReadonlySet<string> = new Set(
  words(`
  car cars truck trucks pickup pickups van vans minivan minivans sedan sedans coupe coupes wagon wagons
  hatchback hatchbacks convertible convertibles suv suvs jeep jeeps limousine limo motorcycle motorcycles
  motorbike motorbikes bike bikes bus buses lorry lorries plane planes model models vehicle vehicles
  `),
);

/** Words after "quarter-" that make a compound naming no period: a round of a tournament, a measure, a length ("the quarter-finals", "a quarter-mile", "the last quarter-century"). */
export const QUARTER_COMPOUNDS: ReadonlySet<string> = new Set(words(`final finals finalist finalists mile point century`));

/**
 * Capitalized words before a four-digit number that make it a product's version, not a year
 * ("Windows 2000", "Windows Server 2003", "Championship Manager 2005").
 */
export const PRODUCT_BEFORE_YEAR: ReadonlySet<string> = new Set(words(`windows server manager`));

/** Words that end a street's name: a four-digit number before a capitalized name and one of them is a house number ("1801 California St.", "2005 Main Street"). */
export const STREET_WORDS: ReadonlySet<string> = new Set(words(`street st avenue ave road rd boulevard blvd lane drive dr place square way parkway highway`));

/**
 * Plural nouns without an "s" that a number before them counts ("He counted 2013 sheep", "between 1500 and 2000
 * people"): read with the plurals in -s by the year rule.
 */
export const PLURALS_WITHOUT_S: ReadonlySet<string> = new Set(
  words(`
  people men women children police staff personnel crew
  cattle sheep deer fish livestock poultry swine geese mice
  `),
);

/**
 * Plural nouns a year before them dates rather than counts, so four digits with no determiner before them stay a
 * year ("2013 elections were held", "2020 Olympics", "2013 figures show", "below 1990 levels"): elections and
 * contests, a period's accounts and figures, a year's events. A plural noun not listed is counted ("2013 sheep",
 * "1500 troops").
 */
export const YEAR_HEAD_PLURALS: ReadonlySet<string> = new Set(
  words(`
  # votes and contests that recur by the year
  elections polls primaries midterms caucuses referendums olympics paralympics championships playoffs finals
  awards oscars grammys emmys baftas
  # a period's accounts and figures
  figures results accounts earnings profits losses sales revenues numbers statistics stats estimates forecasts
  projections targets levels prices rates values terms budgets returns rankings standings census
  # a year's events
  protests riots attacks bombings floods wildfires killings massacres talks negotiations hearings reforms
  rules regulations guidelines accords agreements
  `),
);

/**
 * Capitalized words after a capitalized weekday that make the two a title, a newspaper's or a programme's ("the Sunday
 * Times", "Sunday Telegraph journalist Robert Peston", "the Sunday People", "Sunday Politics"), not a day.
 */
export const WEEKDAY_TITLES: ReadonlySet<string> = new Set(
  words(`
  times telegraph mirror express post herald people sport independent observer star tribune mail record
  politics kitchen brunch
  `),
);

/** Newspapers whose name ends "on Sunday" ("the Mail on Sunday", "Independent on Sunday", "Scotland on Sunday"): capitalized before "on". */
export const ON_SUNDAY_TITLES: ReadonlySet<string> = new Set(words(`mail independent scotland`));

/** Nouns after "the new year" that make it the holiday, no year ("the New Year celebration", "the new year party"). */
export const NEW_YEAR_HOLIDAY_NOUNS: ReadonlySet<string> = new Set(
  words(`celebration celebrations party parties eve day holiday holidays message address resolution resolutions fireworks`),
);

/**
 * Nouns of published data before "for" and a month: the month is the period the data cover, behind the report
 * whatever its verb ("The inflation figures for May will be published on Wednesday", "trade data for April").
 */
export const DATA_NOUNS: ReadonlySet<string> = new Set(
  words(`figures data statistics numbers readings reading results sales index indices survey report`),
);

/**
 * Nouns of accounts after a half in a compound adjective that make it the year's half ("second-half revenue",
 * "first-half profits", "the first-half results"); other nouns leave it a match's or a game's ("a second-half goal").
 */
export const ACCOUNT_NOUNS: ReadonlySet<string> = new Set(
  words(`
  revenue revenues sales profit profits earnings results loss losses growth income turnover output margin margins
  figures trading dividend forecast forecasts guidance
  `),
);

/** Verbs in -s after a number that leave it a year ("1992 was", "2013 marks"): a plural noun there would count things. */
export const YEAR_VERBS: ReadonlySet<string> = new Set(words(`was is has does sees saw marks brings`));

/** Prepositions of time: a cue that the number, month or season after them is a date ("in 1992 protests", "in May", "since 1999"). */
export const PREPOSITIONS_OF_TIME: ReadonlySet<string> = new Set(
  words(`in since by until till during from through throughout before after of for around circa c ca between to`),
);

/**
 * Eras before the common era, after a year ("345 BC", "234 BCE"): the value writes the year with
 * TIMEX2's BC prefix ('BC0345-08-10'), the interval in ISO 8601's expanded years, where 1 BC is
 * year 0000 and 345 BC is -0344.
 */
export const BC_ERAS: ReadonlySet<string> = new Set(words(`
  bc bce                    # before Christ, before the common era
`));

/**
 * Eras after a year ("10 August 88 AD", "August 10 2555 BE"), in capitals only → the years to add
 * to reach the common era (years before it, "345 BC", are BC_ERAS').
 */
export const ERAS = numberMap(`
  ad=0 ce=0                 # Anno Domini, Common Era
  be=-543                   # the Buddhist Era (Thai calendar): 2555 BE is 2012
`);

/**
 * How a counted duration is anchored to the reference (see `anchoredInterval` in rules/durations.ts).
 * Words before it: "in 10 minutes", "after an hour" (the moment that far ahead); "within two weeks"
 * (from now to then).
 */
export const DURATION_AHEAD_AT: ReadonlySet<string> = new Set(words(`in after`));
export const DURATION_WITHIN: ReadonlySet<string> = new Set(words(`within`));
/** Its own first words: "the past two months" (back to now), "the next three years" (from now on). */
export const DURATION_BACK: ReadonlySet<string> = new Set(words(`past last previous`));
export const DURATION_NEXT: ReadonlySet<string> = new Set(words(`next coming`));
/**
 * Words after it that tie it to another event or time, not the reference: "within a week of his
 * capture", "the last three months of 2004", "the three months to September".
 */
export const DURATION_TIED_AFTER: ReadonlySet<string> = new Set(words(`of since after before from to ended ending through`));
/**
 * Words shortly before "in" that make it a span looked back over, not a moment ahead: "the first
 * time in 20 years", "shares are up 5 percent in a year" (superlatives in -est and "%" are caught apart).
 */
export const DURATION_LOOKBACK_CUES: ReadonlySet<string> = new Set(words(`first time ever most least only best worst percent up down`));

/** Words after "the year" that make it a fiscal year, a one-year duration ("the year ended March 31"). */
export const PERIOD_ENDS: ReadonlySet<string> = new Set(words(`ended ending`));

/** The letters after a day's or a century's digits ("16th", "21st", "2nd", "3rd"). */
export const ORDINAL_SUFFIXES: readonly string[] = words(`st nd rd th`);

/** Words between a count and its unit that keep it a duration: "two more weeks", "an additional year", "three straight years". Not "trading days" or "business days": a date counted in them is no calendar sum. */
export const COUNT_FILLERS: ReadonlySet<string> = new Set(words(`more additional extra further straight consecutive`));

/**
 * Nouns after "today's" that make it the present age, not the reference day: "today's youth",
 * "in today's world" (TimeML annotates neither reading as the day).
 */
export const ERA_NOUNS: ReadonlySet<string> = new Set(
  words(`
  world society youth generation generations children kids teenagers young
  economy culture technology
`),
);

/**
 * Words between "the" and a period that make it the period compared with a year before ("the same period
 * last year", "the corresponding quarter a year ago", "the comparable month of last year").
 */
export const SAME_PERIOD: ReadonlySet<string> = new Set(words(`same corresponding comparable equivalent`));

/** The periods "the same … last year" can name: the quarter or the month in focus ("period": either). */
export const COMPARED_PERIODS: ReadonlySet<string> = new Set(words(`quarter period month`));

/**
 * Words right before a score that make it odds, a standing or a forecast, no result (so no past cue): "trail 3-2",
 * "leads the series 2-1", "is expected to be 5-4" ("odds of 10-1" is read apart). Not "led": "led 2-1 at half-time
 * on Saturday" is a past game's.
 */
export const SCORE_STANDING_BEFORE: ReadonlySet<string> = new Set(words(`trail trails trailing lead leads leading series be`));

/**
 * Words right after a score that make it odds or a standing: "a 3-1 favourite for Saturday's race", "a 10-1 shot",
 * "2-1 up on aggregate", "3-2 down in the series".
 */
export const SCORE_STANDING_AFTER: ReadonlySet<string> = new Set(
  words(`favourite favourites favorite favorites joint shot shots outsider outsiders chance up down`),
);

/**
 * Words before "in" and a two-digit "the 90s" that make it a level, not the decade: trading, scoring ("The index
 * traded in the 60s", "Prices hovered in the 50s", "She scored in the 90s", "He was batting in the 40s", "Scores
 * in the 60s led the field"). Not verbs of change: "prices soared in the 80s" is the decade.
 */
export const LEVEL_WORDS: ReadonlySet<string> = new Set(
  words(`
  traded trading trades hovered hovering hovers
  scored scoring scores batting carded averaging averaged
`),
);

/** Verbs of change before "to"/"into the 80s" that make it a level ("The pound fell to the 80s", "rose into the 90s"). */
export const LEVEL_CHANGES: ReadonlySet<string> = new Set(
  words(`
  fell fall falls falling dropped drop drops dropping rose rise rises rising climbed climb climbs climbing
  slipped slip slips slid slide sank sink jumped jump surged surge dipped dip plunged plunge soared soar
  edged edge crept creep
`),
);

/** Verbs right before "the new year" that make it the moment it begins, New Year's Day ("gathered to welcome the new year"). */
export const NEW_YEAR_GREETINGS: ReadonlySet<string> = new Set(words(`welcome welcomed welcomes welcoming greet greeted greets greeting`));

/** Verbs before "in the new year" that make it New Year's Day ("to see in the new year", "rang in the new year"; not "will report in the new year"). */
export const NEW_YEAR_SEE_IN: ReadonlySet<string> = new Set(words(`see sees seeing saw seen ring rings ringing rang rung usher ushered ushering`));

/**
 * Nouns of an outcome after a weekday's possessive: after a present "is" the day is not the coming one ("The worry is
 * Saturday's defeat", "The problem is Sunday's result"; "the most important thing is Sunday's game" is ahead).
 */
export const RESULT_NOUNS: ReadonlySet<string> = new Set(
  words(`result results defeat defeats loss losses win wins victory victories draw thrashing drubbing collapse attack attacks`),
);

/**
 * Books of the Bible as news cites them before a chapter and verse ("John 3:16", "Psalm 23:4",
 * "Genesis 1:1"): the numbers after one are no clock. Only the books cited in news; capitalized in
 * the text (a lower-case "mark 3:16" is no citation).
 */
export const SCRIPTURE_BOOKS: ReadonlySet<string> = new Set(words(`
  genesis exodus leviticus numbers deuteronomy joshua judges ruth samuel kings chronicles
  ezra nehemiah esther job psalm psalms proverbs ecclesiastes isaiah jeremiah lamentations
  ezekiel daniel hosea joel amos jonah micah
  matthew mark luke john acts romans corinthians galatians ephesians philippians
  colossians thessalonians timothy titus hebrews james peter jude revelation revelations
`));

/**
 * Nouns after a year that make it the year whose level is meant ("rose 3% to 2019 levels", "climbed to 2024
 * highs"), where a number after a change and "to" is otherwise a level reached ("rose 12 points to 2653").
 */
export const YEAR_LEVELS: ReadonlySet<string> = new Set(words(`level levels high highs low lows peak peaks record records average averages figure figures`));

/**
 * Words after "o'clock" that make it a bearing on a clock face or an idiom, no time ("the two o'clock position",
 * "a five o'clock shadow", "from the three o'clock direction").
 */
export const OCLOCK_NOT_TIME: ReadonlySet<string> = new Set(words(`position positions direction shadow`));

/**
 * Past verbs of lasting right before "until", "till" or "through" that make the date the end of a past stretch, not
 * a deadline ahead ("The rain lasted until Tuesday", "Negotiators worked through the weekend"); not verbs of
 * postponement ("was delayed until Tuesday" may lie ahead).
 */
export const PAST_DURATIVES: ReadonlySet<string> = new Set(words(`
  lasted continued remained stayed ran worked waited lingered persisted raged stretched dragged
`));
