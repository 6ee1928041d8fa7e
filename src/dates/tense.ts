// The tense around a mention, for the resolution policy (see resolve.ts):
// the nearest tense cue within five tokens in the same sentence decides (a month with none there takes the
// nearest cue up to 16 tokens before it: clauseTense). Cues are words, not a parser: auxiliaries and reporting
// verbs, and regular past forms in -ed.
import { words } from '../text/data/words.js';
import { KIND_WORD } from '../text/tokenize.js';
import { CARDINALS, DETERMINERS, MONTHS, SCORE_STANDING_AFTER, SCORE_STANDING_BEFORE, WEEKDAYS } from './lexicon.js';
import type { Scan } from './scan.js';

const FUTURE = new Set(
  words(`
  will shall 'll ’ll wo         # "won't" is tokenized as "won't"
  won't
  would                     # future in the past, in reported speech: ahead of the report
  upcoming forthcoming scheduled planned expected due slated
  expect expects expecting     # "markets expect a cut in June": what is expected lies ahead
  forecast predict predicts anticipate anticipates   # not "forecasts": "in line with forecasts" is a noun
  payable                   # "payable Jan. 2 to stock of record Dec. 15": a dividend is paid ahead
  lets                      # "lets meet on Tuesday": a proposal looks ahead ("let's" and "let us": see tenseAt)
`),
);
const PAST = new Set(
  words(`
  was were had did said told ago earlier reported announced
  came went took gave made met held began left saw found became
  rose fell grew won lost sold bought paid spent sent brought thought knew got
  ran wrote spoke stood fought struck led fled built kept felt heard meant put set
  cut hit quit shut told sought drew threw broke chose drove flew forgot froze hid
  rode rang sang sank swam wore shook stole swore tore woke bore dealt
  wasn't weren't hadn't didn't
  died used tied lied aged owed eyed   # forms in -ed of four letters, which the rule for -ed leaves out ("need", "seed")
`),
);
/**
 * Verbs of scheduled events in the present tense, with no noun of the same form: news writes a scheduled
 * event ahead in the simple present ("He and Arafat meet separately Monday", "the talks resume on Tuesday"),
 * so one near a date is a cue ahead, unless an auxiliary or a negation stands before it.
 */
const SCHEDULED = new Set(
  words(`
  meet meets resume resumes begin begins arrive arrives convene convenes
  # an event's start or end in the third person ("the exhibition opens on Friday", "voting closes on Sunday",
  # "the offer expires on Monday"): forms in -s, which are no nouns after a subject
  opens reopens starts ends closes expires launches premieres debuts finishes concludes
  reopen expire               # "schools reopen on Monday" (not "open", "start", "end": adjectives and nouns as often)
`),
);
/** A fixture's verbs, in the present ("Scotland face Denmark on Sunday", "Sale host Bath on Friday"); see fixture(). */
const FIXTURE_VERBS = new Set(words(`
  face faces host hosts play plays   # "Murray plays his first-round match on Monday"
  travel travels fly flies   # "England travel to Rome on Saturday", "the squad flies out on Tuesday"
  return                     # "Liverpool return to action against Everton on Saturday" (not "tax return", "Ronaldo's return")
`));
/** Of those, the ones that take a subject in lower case after "the" too ("the team travels to Madrid on Tuesday"). */
const MOVES = new Set(words(`travels flies`));
/** Subjects in lower case before a fixture's verb ("they face Chelsea", "Connecticut, which faces Kentucky"). */
const FIXTURE_SUBJECTS = new Set(words(`they we who which`));
/** Particles after a fixture's verb that make it another verb ("Federer plays down injury fears", "face up to"). */
const FIXTURE_PARTICLES = new Set(words(`down up`));
/**
 * What one faces that is no opponent but a reaction to something done, which the date after it dates ("Boeing faces
 * fresh scrutiny after the crash on Sunday", "Trump faces a backlash over his remarks on Friday"): read right after
 * "face", "faces", or after an article or an adjective of growth there. Not "trial", "a vote", "a fine": those lie ahead.
 */
const FACED_REACTIONS = new Set(words(`
  calls criticism scrutiny backlash questions pressure anger fury outrage condemnation accusations allegations claims
  demands protests resistance opposition charges prosecution lawsuit lawsuits
`));
/** Words that may stand between "faces" and a reaction ("faces a backlash", "faces mounting pressure"). */
const FACED_BEFORE = new Set(words(`a an fresh renewed mounting growing further new more`));

/**
 * Is the fixture verb at i one: in lower case, after a name (capitalized) or a pronoun, with no hyphen beside it?
 * ("banks face hard times", "wounds to her body and face", "met face-to-face", "beat host West Ham", "the Names
 * and Faces column" are not.)
 */
function fixture(s: Scan, i: number): boolean {
  if (s.cap(i) || s.dash(i - 1) || s.dash(i + 1)) return false;
  const before = s.word(i - 1);
  if (before === undefined) return false;
  const after = s.word(i + 1) ?? '';
  if (FIXTURE_PARTICLES.has(after) || s.possessive(i - 1)) return false;
  // (a reaction faced: only "face", "faces" have one; the test runs for the few fixture verbs found)
  if (s.word(i)!.charCodeAt(0) === 102 && (FACED_REACTIONS.has(after) || (FACED_BEFORE.has(after) && FACED_REACTIONS.has(s.word(i + 2) ?? '')))) return false;
  // (a month or a weekday before it is no subject but the noun's date: "Clijsters set for February return"; "May"
  // is a name as often: "Theresa May faces MPs on Wednesday")
  return FIXTURE_SUBJECTS.has(before) || (s.cap(i - 1) && !DETERMINERS.has(before) && ((!MONTHS.has(before) && !WEEKDAYS.has(before)) || before === 'may')) || (MOVES.has(s.word(i)!) && s.is(i - 2, 'the'));
}

/**
 * Verbs of scheduled events that need the word after them ("takes effect on Monday", "comes into force on 1 April",
 * "goes on sale on Friday", "go to the polls on 7 May"): the verb, and the words that may follow it.
 */
const SCHEDULED_BEFORE: ReadonlyMap<string, ReadonlySet<string>> = new Map([
  ['takes', new Set(words(`effect place office charge over`))], // "her deputy takes over on Thursday"
  ['returns', new Set(words(`to home`))], // "the case returns to court on Wednesday" (not "tax returns")
  // "the trial continues on Monday" (not "continues to rise"); "the exhibition continues until 12 January", as "runs until"
  ['continues', new Set(words(`on at in tomorrow today next until till through`))],
  ['lasts', new Set(words(`until till through`))], // "the sale lasts until Sunday" (not "lasts for": a length)
  ['take', new Set(words(`effect place office over`))],
  // "the season kicks off in August" (not "kicks" alone: "two penalty kicks in March", "free kicks")
  ['kicks', new Set(words(`off`))],
  ['kick', new Set(words(`off`))],
  // "the 34-year-old appears before magistrates on Tuesday" (not "appears in": "the study appears in the March 30
  // online edition", "appears in Thursday's Sun" are publications; "appears in court": see scheduledBefore)
  ['appears', new Set(words(`before`))],
  ['appear', new Set(words(`before`))],
  // "the festival runs until Sunday" (not "runs from": "the hurricane season runs from June 1 to Nov. 30" said in June
  // is this year's, under way, and an end placed ahead would move it to the next)
  ['runs', new Set(words(`until till through`))],
  ['comes', new Set(words(`into out`))], // "the model comes out in May"
  ['come', new Set(words(`into out`))],
  ['goes', new Set(words(`on to`))],
  ['go', new Set(words(`on to`))],
  // "polls open at 7am on Thursday", "pre-orders open at 2pm on Wednesday", "nominations close on Friday" (not the
  // nouns: "Friday's close", "at the open", after a determiner; see scheduleNoun)
  ['open', new Set(words(`at on`))],
  ['close', new Set(words(`at on`))],
]);
/** Is the word at i "appear(s)" before "in court" or "at … court" ("they appear in court on 3 July")? */
function inCourt(s: Scan, i: number): boolean {
  const w = s.word(i);
  if (w !== 'appears' && w !== 'appear') return false;
  const p = s.word(i + 1);
  return (p === 'in' || p === 'at') && s.word(i + 2) === 'court';
}

/** Words right before a verb of {@link SCHEDULED} that make it no present tense ("did not meet", "could meet"). */
const NOT_SCHEDULED_AFTER = new Set(words(`did didn't not never could might would should must may can does doesn't do don't to`));

/** Words before "meet" or "resume" that make it a noun: a determiner ("his resume"), a sport's ("the swim meet"). */
const BEFORE_SCHEDULE_NOUN = new Set(
  words(`the a an his her their its my your our this every each
  swim swimming track athletics gymnastics diving wrestling relay dual invitational`),
);
/** Is the verb of {@link SCHEDULED} at i a noun ("at the swim meet on Friday", "sent his resume on Friday")? */
function scheduleNoun(s: Scan, i: number): boolean {
  const prev = s.word(i - 1) ?? '';
  // "six starts in six months", "two launches in May": a count makes the form in -s a plural noun
  return BEFORE_SCHEDULE_NOUN.has(prev) || s.possessive(i - 1) || s.digits(i - 1) !== undefined || CARDINALS.has(prev);
}

/** Words after a past form that make it an intention ("were planning to drive", "was scheduled to open"). */
const INTENT = new Set(words(`planning going expected scheduled set slated due hoping preparing`));

/** Auxiliaries before a participle that make it no past cue ("will be held", "is expected"). */
const PASSIVE = new Set(words(`be is are being am 's 're`));

/** Words in -ed that are not past forms. */
const NOT_PAST = new Set(words(`need indeed speed seed bed red hundred united shed feed breed proceed exceed succeed embed`));

/**
 * Is the participle of expectation at i the measure of a comparison ("profits were lower than expected in March",
 * "growth was weaker than forecast in April", "went ahead as planned in May")? Then it tells no time ahead: the
 * sentence's other verb does.
 */
function comparedExpectation(s: Scan, i: number): boolean {
  const prev = s.word(i - 1);
  const w = s.word(i)!;
  // (not "as expected" set off by commas: 'if it is held, as expected, on 5 May' still looks ahead)
  if (prev === 'as' && s.at(i + 1) === ',') return false;
  return (prev === 'than' || prev === 'as') && (w.endsWith('ed') || w === 'forecast');
}

/**
 * Is "forecast" at i a noun of a forecast made, after a determiner or a possessive ("its forecast in April proved too
 * gloomy")? Not before "for": "the forecast for Sunday" is for a time ahead.
 */
function forecastNoun(s: Scan, i: number): boolean {
  return s.word(i) === 'forecast' && s.word(i + 1) !== 'for' && (DETERMINERS.has(s.word(i - 1) ?? '') || s.possessive(i - 1));
}

/** Past forms that are also the base form ("to cut rates in August", "will hit shops in May"). */
const BASE_PAST = new Set(words(`cut hit put quit shut`));
/**
 * Words before such a form that make it the infinitive: "to" and the modals that are no cue themselves (after "will"
 * and "would" the modal decides, nearer or not: "they would quit in May" after "announced in November" is left as it was).
 */
const BEFORE_INFINITIVE = new Set(words(`to could should may might must can`));

/** Verbs of saying that close a report after a comma ("…, traders said"). */
const REPORTING = new Set(words(`said says told added noted explained warned insisted`));

/**
 * Is the verb at i, after the mention at `at`, an attribution set off by a comma with a short subject between
 * ("Markets expect a further cut in November, traders said")? Its tense is the report's, not the reported clause's:
 * it is no cue for a date inside the report.
 */
function attribution(s: Scan, at: number, i: number): boolean {
  if (!REPORTING.has(s.word(i)!)) return false;
  // inverted: "The musical will open in November, said Mr Richards", "…, said a spokesman" (a name or a determiner
  // after the verb; "The CEO, speaking on Tuesday, said growth would return" is the main clause's verb)
  // ('"We will be back in August," said Jones': the comma inside the closing quotation mark)
  const c = s.at(i - 1);
  if (c === ',' || ((c === '"' || c === '\u201d') && s.at(i - 2) === ',')) return s.cap(i + 1) || DETERMINERS.has(s.word(i + 1) ?? '');
  // else the report ends with it ("…, traders said."), not a fronted date's clause ("On Tuesday, he told the BBC")
  const next = s.at(i + 1);
  if (next !== undefined && !ATTRIBUTION_END.has(next)) return false;
  for (let k = i - 2; k > at && k >= i - 4; k--) if (s.at(k) === ',') return true;
  return false;
}

/** Tokens that may close an attribution: the sentence's end, a comma, a quotation mark. */
const ATTRIBUTION_END = new Set(['.', ',', ';', '"', '”', "''", '!', '?']);

/** Only a cue this close (in tokens) counts: farther ones belong to other clauses more often than not. */
const WINDOW = 5;
/** -1 past, 1 future, 0 none: the cue nearest to token `at` within [from, to) and the window, else an intention that governs it. */
export function tenseAt(s: Scan, from: number, to: number, at: number): number {
  if (postponed(s, from, at)) return 1;
  // a mention inside an aside set off by commas takes no cue from the main clause after it ('The treaty, signed
  // in Rome in March, comes into force in September'; 'Researchers, who published their findings on Wednesday,
  // expect further trials')
  const open = commaBefore(s, Math.max(from, at - CLAUSE_REACH), at);
  if (open >= 0 && opensAside(s, open)) {
    const close = commaAfter(s, at, to);
    if (close >= 0) to = close;
  }
  // a semicolon ends a clause: "signed the bill into law on Friday; it takes effect Jan. 1" (each side its own cue),
  // and so does "and" or "but" before an auxiliary: "pleaded not guilty at his arraignment Thursday and is due back
  // in court Nov. 12"
  for (let i = at - 1; i >= Math.max(from, at - WINDOW); i--) {
    if (clauseBreak(s, i)) {
      from = i + 1;
      break;
    }
  }
  for (let i = at + 1; i < Math.min(to, at + WINDOW + 1); i++) {
    if (clauseBreak(s, i)) {
      to = i;
      break;
    }
  }
  const t = nearestCue(s, from, to, at);
  return t !== 0 ? t : intended(s, from, at);
}

/** Verbs that move a time later: what they move it to lies ahead of the decision, which the report tells the day it is made. */
const POSTPONE = new Set(
  words(`
  postponed postpones postpone delayed delays delay deferred defers defer
  extended extends extend adjourned adjourns recessed rescheduled
  put pushed                # "put off until", "pushed back to"
`),
);
/** How far before "until" (in tokens) a verb of postponement may stand: "extended its deadline until 9 a.m. Tuesday". */
const POSTPONE_REACH = 4;

/** Does the date follow "until" (or "till", "to") after a verb that moves a time later ("postponed until Tuesday morning")? */
function postponed(s: Scan, from: number, at: number): boolean {
  const i = at - 1;
  const w = s.word(i);
  if (w !== 'until' && w !== 'till' && w !== 'to') return false;
  for (let k = i - 1; k >= Math.max(from, i - POSTPONE_REACH); k--) {
    const a = s.at(k);
    if (a === ',' || a === ';' || a === '.') return false;
    if (POSTPONE.has(s.word(k) ?? '')) return true;
  }
  return false;
}

/**
 * Words before a headline's "to" that make it no future of its subject: a motion or a comparison ("up to", "next
 * to"), or a noun whose infinitive tells its aim, the headline's verb coming later ("Bid to save club fails on Friday").
 */
const HEADLINE_TO_BLOCKERS = new Set(
  words(`
  up down back from due according next close prior
  bid bids attempt attempts move moves push call calls race effort efforts drive campaign fight battle
  chance way right plan plans deal vote pressure pledge order orders decision
  # "to" as a preposition before a noun that may read as a verb: "Woman admits to fraud at charity in March",
  # "Boost to tourism from festival in May", "Man charged in relation to attack in Leeds on Friday"
  admits admit relation reference response reply tribute tributes boost blow threat visit trip return access
  link links damage injury injuries
`),
);

/** How far back (in tokens) an intention may govern a date: "were planning to drive around Miami International Airport on Monday". */
const INTENT_REACH = 12;
/** Words before "to" that open a clause of intention: what follows lies ahead of the report. */
const INTENT_VERBS = new Set(
  words(`
  planning planned plans plan expected scheduled set slated due
  hoping hopes hoped preparing prepared going intends intended intend
  wants wanted agreed promised vowed threatened decided aims aimed
  is are                    # "is to resume trading in Paris Tuesday": the be-to future, a plan ahead
`),
);

/** 1 when the date sits in an infinitive clause of intention ("planning to … on Monday") with no comma between, else 0. */
function intended(s: Scan, from: number, at: number): number {
  const lo = Math.max(from, at - INTENT_REACH);
  for (let i = at - 1; i > lo; i--) {
    const a = s.at(i);
    if (a === ',' || a === ';' || a === ':' || a === '(') return 0;
    if (a === 'to' && INTENT_VERBS.has(s.word(i - 1) ?? '') && !beToNoPlan(s, i)) return 1;
    if (a === 'to' && headlineTo(s, from, i)) return 1;
  }
  return 0;
}

/**
 * A headline's "to" before a verb, its future ("Strike to go ahead on Thursday", "Rates to rise in August"): a
 * name or a noun before it, a word in lower case after it, on a line of its own that ends with no stop.
 */
function headlineTo(s: Scan, from: number, i: number): boolean {
  // (on the token columns: a word in lower case after "to", a word before it)
  if (s.kind(i + 1) !== KIND_WORD || s.kind(i - 1) !== KIND_WORD) return false;
  if (s.tokens.text[i + 1] !== s.word(i + 1) || HEADLINE_TO_BLOCKERS.has(s.word(i - 1)!)) return false;
  // a participle before "to" is a passive with its place or aim ("Firefighters called to blaze at school on Sunday",
  // "linked to", "sentenced to"); a plan's ("expected to", "set to") is read before this, as an intention
  const p = s.word(i - 1)!;
  if (p.length > 4 && p.charCodeAt(p.length - 1) === 100 && p.charCodeAt(p.length - 2) === 101) return false;
  // the line: from its start (the sentence's first token after a break) to a break or the piece's end, with no stop
  if (from > s.from && !s.br(from)) return false;
  // (no stop anywhere in it: a quotation running on over a paragraph is no headline)
  // (a headline is short: a line longer than HEADLINE_TOKENS is none, which bounds the walk)
  for (let k = from; k < s.to && (k === from || !s.br(k)); k++) {
    const a = s.at(k);
    if (k - from >= HEADLINE_TOKENS || a === '.' || a === '!' || a === '?' || a === ':' || a === ';' || a === '"' || a === '\u201c') return false;
  }
  return true;
}

/** The most tokens a headline's line holds. */
const HEADLINE_TOKENS = 24;

/**
 * Is "to" at i, after "is" or "are", the idiom "is to blame" (at fault), no be-to future: "nobody is to
 * blame for Saturday's defeat" is no plan ahead. ("The trip is to Paris on Friday" keeps its plan.)
 */
function beToNoPlan(s: Scan, i: number): boolean {
  const v = s.word(i - 1);
  return (v === 'is' || v === 'are') && s.word(i + 1) === 'blame';
}

/**
 * Does "had" or "had been" stand right before token i (a plan in the past perfect)? Or "originally", "initially",
 * "previously" (a plan overtaken: "The match, originally scheduled for Saturday, was postponed")?
 */
function pastPerfect(s: Scan, i: number): boolean {
  const w = s.word(i - 1);
  return w === 'had' || (w === 'been' && s.word(i - 2) === 'had') || w === 'originally' || w === 'initially' || w === 'previously';
}

/** How far back (in tokens) the verb of a month's clause may stand when no cue is within the window. */
const CLAUSE_REACH = 16;

/**
 * -1 past, 1 future, 0 none: the cue nearest before token `at` in its sentence, up to CLAUSE_REACH tokens back, for
 * a month with no cue within the window ("will be named commander of the Space Shuttle Columbia for a mission in
 * December", "changed from a fiscal year to a calendar year in December"); with none there, for a date that opens its
 * sentence and ends at a comma (`end`, the token after the mention; `to`, the sentence's end), the first cue after
 * the comma ({@link frontedTense}).
 */
export function clauseTense(s: Scan, from: number, at: number, to = at, end = at + 1): number {
  const t = clauseTenseBefore(s, from, at);
  return t !== 0 || to <= end ? t : frontedTense(s, from, at, to, end);
}

/**
 * Is token i the first number of a score: two numbers of one or two digits joined by a dash, touching ("2-1", "1-1";
 * not a third part, "4-3-3", nor a longer number, "2024-25", "555-1234", nor days beside a month, "10-20 February",
 * nor odds or a standing, "a 3-1 favourite", "trail 3-2")?
 */
function score(s: Scan, i: number): boolean {
  if (s.len(i) > 2 || s.digits(i) === undefined || !s.dash(i + 1) || !s.tight(i + 1) || !s.tight(i + 2)) return false;
  if (s.len(i + 2) > 2 || s.digits(i + 2) === undefined) return false;
  if (s.tight(i) && s.dash(i - 1)) return false;
  // "10-20 February", "May 13-14": a range of days
  if (MONTHS.has(s.word(i + 3) ?? '') || MONTHS.has(s.word(i - 1) ?? '')) return false;
  // odds, a standing or a forecast, no result: "a 3-1 favourite", "odds of 10-1", "trail 3-2", "2-1 up on
  // aggregate", "is expected to be 5-4"
  const before = s.word(i - 1) ?? '';
  if (SCORE_STANDING_BEFORE.has(before) || SCORE_STANDING_AFTER.has(s.word(i + 3) ?? '')) return false;
  if (before === 'of' && s.word(i - 2) === 'odds') return false;
  return !(s.tight(i + 3) && (s.dash(i + 3) || s.at(i + 3) === '/' || s.at(i + 3) === '.' && s.digits(i + 4) !== undefined));
}

/** How far before a date "could" or "might" may stand to be its cue. */
const COULD_REACH = 8;

/**
 * Words after "could", "might" that leave them no cue ahead: a past ability or a perfect ("could not attend", "could
 * be located"), memory ("Few could remember a hotter day than Wednesday"; not "see", "feel", "hear": "Shoppers could
 * see prices rise in March", "The court could hear the case in May" look ahead as often).
 */
const NOT_AFTER_COULD = new Set(words(`have not never be only hardly barely remember recall`));

/** Auxiliaries after "and" or "but" that open a coordinated clause with its own tense. */
const CLAUSE_AUXILIARIES = new Set(words(`is are was were will would has have had did does do`));

/**
 * Does token i break the clause: a semicolon, or "and"/"but" opening a coordinated clause (see tenseAt)? (Read on the
 * token column: one character or three, before any lower-casing.)
 */
function clauseBreak(s: Scan, i: number): boolean {
  const text = s.tokens.text[i]!;
  return text.length === 1 ? text === ';' : text.length === 3 && coordinated(s, i);
}

/** Is token i "and" or "but" opening a coordinated clause ("… Thursday and is due back …")? */
function coordinated(s: Scan, i: number): boolean {
  const w = s.word(i);
  return (w === 'and' || w === 'but') && CLAUSE_AUXILIARIES.has(s.word(i + 1) ?? '');
}

/** Verbs listed in SCHEDULED_BEFORE that are read only after a plural subject, in lower case ("polls open at"). */
const AFTER_PLURAL = new Set(words(`open close`));

/**
 * Is the word w at i, when it is "open" or "close", a verb after a plural subject ("Polls open at 7am", "Nominations
 * close on Friday")? Not a noun after an adjective or a noun ("its previous record close on Wednesday"), a name
 * ("the Chennai Open on Sunday") or a verb after a modal ("wouldn't open on Sunday"). Other verbs: yes.
 */
function pluralVerb(s: Scan, i: number, w: string): boolean {
  if (!AFTER_PLURAL.has(w)) return true;
  const prev = s.word(i - 1);
  return !s.cap(i) && prev !== undefined && prev.length > 2 && prev.endsWith('s') && !prev.endsWith('ss') && !s.possessive(i - 1);
}

/** Verbs of intention in the present before "to" that are a cue ahead ("plans to hold", "intends to sell"). */
const INTENDS = new Set(words(`plans plan intends intend aims aim`));

/** Words after a comma that open an adverbial clause of their own ("plans to retire, after winning on Sunday"). */
const ADVERBIAL_OPENERS = new Set(words(`after before having when while since following`));

/** Is there a comma before an adverbial clause's opener between tokens i and at ("plans to retire, after winning on Sunday")? */
function adverbialBetween(s: Scan, i: number, at: number): boolean {
  for (let k = i + 2; k < at; k++) if (s.at(k) === ',' && ADVERBIAL_OPENERS.has(s.word(k + 1) ?? '')) return true;
  return false;
}

/** How far after the comma that closes a fronted date its clause's verb may stand ("In January, a week after …, a bomb killed"). */
const FRONTED_REACH = 30;

/**
 * -1 past, 1 future, 0 none: for a date that opens its sentence, alone or after a preposition, and is closed by a
 * comma within a few tokens ("In January, a week after the anniversary, a clinic bombing killed a guard"), the
 * first cue after that comma: the main clause's verb, which stands after its subject.
 */
function frontedTense(s: Scan, from: number, at: number, to: number, end: number): number {
  if (at - from > 1 || s.at(end) !== ',') return 0;
  return nearestCue(s, end + 1, to, end + 1, FRONTED_REACH, true);
}

/** The cue nearest before token `at` in its clause, up to CLAUSE_REACH tokens back (see {@link clauseTense}). */
function clauseTenseBefore(s: Scan, from: number, at: number): number {
  // a quotation or what a colon introduces has its own tense: 'Ferguson said: "Ruud comes back on Tuesday"'
  // (walking back, a quotation closed before the mention is passed over: 'was "in the craphouse" at a press
  // conference on Tuesday' keeps its "was")
  let lo = Math.max(from, at - CLAUSE_REACH);
  let quoted = false;
  for (let i = at - 1; i >= lo; i--) {
    const a = s.at(i);
    // a quotation mark opens when it touches the word after it and not the one before
    const opens = a === '“' || a === '``' || (a === '"' && s.tight(i + 1) && !s.tight(i));
    const closes = a === '”' || a === "''" || (a === '"' && s.tight(i) && !s.tight(i + 1));
    if (closes) quoted = true;
    else if (opens && quoted) quoted = false;
    else if (!quoted && (a === ':' || opens)) {
      lo = i + 1;
      break;
    }
  }
  // a relative or participial clause set off by commas before the mention has its own tense: 'The team, which was
  // relegated in May, plays its first game in August', 'The probe, launched in 2018, reaches Mercury in November'
  // (the main clause's cue after it, else the one before it; a list between commas, 'as chairman, president and
  // chief executive in March', opens with no such word and is crossed)
  const close = commaBefore(s, lo, at);
  if (close >= 0) {
    const open = commaBefore(s, lo, close);
    if (open >= 0 && opensAside(s, open) && !listAfter(s, close, at)) {
      const t = nearestCue(s, close + 1, at, at, CLAUSE_REACH);
      return t !== 0 ? t : nearestCue(s, lo, open, at, CLAUSE_REACH);
    }
  }
  return nearestCue(s, lo, at, at, CLAUSE_REACH);
}

/** Relative pronouns that open a clause set off by commas ("The team, which was relegated in May, …"). */
const RELATIVES = new Set(words(`who which whose whom`));

/** Does the comma at i open an aside with its own verb: a relative clause or a participle ("The probe, launched in 2018, …")? */
function opensAside(s: Scan, i: number): boolean {
  const w = s.word(i + 1);
  if (w === undefined) return false;
  // (a regular participle only: an irregular form after a comma is a main verb as often, 'minus those saying they
  // are worse, was 22')
  return RELATIVES.has(w) || (w.length > 4 && w.endsWith('ed') && !NOT_PAST.has(w));
}

/** Does "and" or "or" stand in (close, at): the comma ended a list's item, not an aside ("as chairman, president and chief executive in March")? */
function listAfter(s: Scan, close: number, at: number): boolean {
  for (let i = close + 1; i < at; i++) {
    const w = s.word(i);
    if (w === 'and' || w === 'or') return true;
  }
  return false;
}

/** The last comma in [from, at), else -1 (a colon, a semicolon or a parenthesis stops the search). */
function commaBefore(s: Scan, from: number, at: number): number {
  for (let i = at - 1; i >= from; i--) {
    const a = s.at(i);
    if (a === ',') return i;
    if (a === ';' || a === ':' || a === '(' || a === ')') return -1;
  }
  return -1;
}

/** The first comma in (at, to) within the window, else -1 (a colon, a semicolon or a parenthesis stops it). */
function commaAfter(s: Scan, at: number, to: number): number {
  for (let i = at + 1; i < Math.min(to, at + WINDOW + 1); i++) {
    const a = s.at(i);
    if (a === ',') return i;
    if (a === ';' || a === ':' || a === '(' || a === ')') return -1;
  }
  return -1;
}

/** Determiners that stand alone as pronouns as often ("This happened", "Each received", "Some feared"). */
const PRONOUN_DETERMINERS = new Set(words(`this these those each any some`));

/** Words after a participle that show it is a verb, not an adjective before its noun. */
const NOT_NOUN = new Set(
  words(`on in at by for to from with of about after before during since until into over under up down off out
  a an the this that these those his her their its our my your him them it us me he she they we
  and or but as than when while if yesterday today tomorrow last next`),
);

/** Does a word that may be a noun follow the participle at i ("this proposed merger"; not "This happened on Thursday")? */
function nounAfter(s: Scan, i: number): boolean {
  const w = s.word(i + 1);
  return w !== undefined && /^[a-z]/.test(w) && !NOT_NOUN.has(w);
}

/** Ordinals between a determiner and a noun: "the first cut", "a second hit". */
const SEQUENCE_WORDS = new Set(words(`first second third fourth fifth last final next latest further fresh`)); // "a further cut in November"

/**
 * Is the form in -ed at i an adjective before its noun, after a determiner, maybe with an adverb between ("would be
 * paid on a still unspecified date in January", "the proposed merger in March"), or the end of a compound joined by
 * a hyphen ("his long-awaited return")? Then it is no past cue.
 */
function attributive(s: Scan, i: number): boolean {
  // "his long-awaited return", "a state-owned firm": a compound adjective
  if (s.dash(i - 1) && s.tight(i - 1) && s.tight(i)) return true;
  const prev = s.word(i - 1) ?? '';
  // a demonstrative or quantifier is a pronoun as often: before a word that opens no noun phrase the form is its
  // verb ("This happened on Thursday", "These included a raid", "Those arrested on Thursday remain in custody")
  if (PRONOUN_DETERMINERS.has(prev)) return nounAfter(s, i);
  if (DETERMINERS.has(prev)) return true;
  // "the first cut in June", "a second hit": a past form that is also a noun, after a determiner and an ordinal
  if (SEQUENCE_WORDS.has(prev) && DETERMINERS.has(s.word(i - 2) ?? '')) return true;
  return (prev === 'still' || prev === 'newly' || prev === 'recently' || prev === 'widely' || prev === 'long') && DETERMINERS.has(s.word(i - 2) ?? '');
}

/** -1 past, 1 future, 0 none: the cue nearest to token `at` within [from, to) and the window. */
function nearestCue(s: Scan, from: number, to: number, at: number, window = WINDOW, fronted = false): number {
  let best = 0;
  let bestDist = Number.POSITIVE_INFINITY;
  const lo = Math.max(from, at - window);
  const hi = Math.min(to, at + window + 1);
  for (let i = lo; i < hi; i++) {
    // "Liverpool beat Everton 2-1 on Saturday", "drew 1-1 with Leeds on Tuesday": a score is a result, past
    if (score(s, i)) {
      if (Math.abs(i - at) < bestDist) {
        best = -1;
        bestDist = Math.abs(i - at);
      }
      continue;
    }
    const w = s.word(i);
    if (w === undefined) continue;
    if (i > at && attribution(s, at, i)) continue;
    let t = 0;
    // "had been due to expire Friday", "had been scheduled to expire at midnight Friday": a plan
    // in the past perfect was overtaken; its time lies behind the report
    // ("I'll", "we'll": the contraction is one token)
    if (FUTURE.has(w) || (w.charCodeAt(w.length - 1) === 108 && (w.endsWith("'ll") || w.endsWith('\u2019ll')))) t = pastPerfect(s, i) ? -1 : comparedExpectation(s, i) || forecastNoun(s, i) ? 0 : 1;
    else if (w === 'going' && s.word(i + 1) === 'to') t = 1;
    // "Temperatures could reach 34C on Saturday": a possibility ahead (not "could have", "could not", "couldn't",
    // "could be located Wednesday": a past ability as often; not "should": "wondered whether he should attend after
    // December's catastrophe")
    // (before the date and near it only: after it, or far back, it is another clause's, "fell from 95.5 in January,
    // which could indicate", "PCs bought before November could replace")
    else if ((w === 'could' || w === 'might') && i < at && at - i <= COULD_REACH && !NOT_AFTER_COULD.has(s.word(i + 1) ?? '')) t = 1;
    // "the League plans to hold a news conference on Tuesday": an intention in the present (not the noun after a
    // determiner: "the plans to build it were dropped in March")
    // (before the date, or as the main verb after a fronted one: after a date in its clause it is as often a noun's,
    // "talks on Friday over government plans to hold", or a reported clause's)
    // (not across a comma that opens an adverbial clause: "She plans to retire, after winning on Sunday")
    else if (INTENDS.has(w) && s.word(i + 1) === 'to' && (i < at || fronted) && !DETERMINERS.has(s.word(i - 1) ?? '') && !(i < at && adverbialBetween(s, i, at))) t = 1;
    // "who has been training in Australia over the winter": the present perfect runs up to the report
    else if (w === 'been' && (s.word(i - 1) === 'has' || s.word(i - 1) === 'have') && s.word(i + 1) !== 'due' && s.word(i + 1) !== 'set') t = -1;
    // "a four-member office of the chairman, effective Feb. 1", "effective from Monday": a change takes effect
    // ahead, as a dividend is "payable" (right before the date only: "the drug was effective in May" is no cue)
    else if (w === 'effective') t = i + 1 === at || (i + 2 === at && (s.word(i + 1) === 'from' || s.word(i + 1) === 'on')) ? 1 : 0;
    // "the peace process, set to resume Monday": a plan ahead, as "scheduled to" is (not "had been set to")
    else if (w === 'set' && s.word(i + 1) === 'to') t = pastPerfect(s, i) ? -1 : 1;
    else if (w === 'let' && (s.possessive(i) || s.word(i + 1) === 'us')) t = 1; // "let's meet", "let us meet"
    else if (w === 'next' && i !== at && s.word(i + 1) !== 'to') t = 1; // "next to the U.S. embassy" is a place
    else if ((SCHEDULED.has(w) || (SCHEDULED_BEFORE.get(w)?.has(s.word(i + 1) ?? '') && pluralVerb(s, i, w)) || inCourt(s, i)) && !NOT_SCHEDULED_AFTER.has(s.word(i - 1) ?? '') && !NOT_SCHEDULED_AFTER.has(s.word(i - 2) ?? '') && !scheduleNoun(s, i)) t = 1;
    else if (FIXTURE_VERBS.has(w) && fixture(s, i)) t = 1;
    // "expects to cut rates in August": the infinitive, no cue; "The firm will cut 200 jobs in September": after
    // "will" the infinitive too, and "will" the cue (not after "would": see BEFORE_INFINITIVE)
    else if (BASE_PAST.has(w) && (BEFORE_INFINITIVE.has(s.word(i - 1) ?? '') || s.word(i - 1) === 'will')) t = s.word(i - 1) === 'will' ? 1 : 0;
    else if ((PAST.has(w) || (w.length > 4 && w.endsWith('ed') && !NOT_PAST.has(w))) && !attributive(s, i)) {
      // a participle after "be", "is", "been", "will be" is passive or perfect, not a past cue
      const prev = s.word(i - 1);
      t = prev !== undefined && PASSIVE.has(prev) ? 0 : -1;
      if (prev === 'has' || prev === 'have') t = -1;
      // "were planning to", "was expected to", "was due to": an intention reported in the past looks ahead
      const next = s.word(i + 1);
      if (next !== undefined && INTENT.has(next) && (s.word(i + 2) === 'to' || next === 'due')) t = 1;
    }
    if (t !== 0) {
      const dist = Math.abs(i - at);
      if (dist < bestDist) {
        best = t;
        bestDist = dist;
      }
    }
  }
  return best;
}
