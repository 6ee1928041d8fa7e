// Words that mark a line as a caption, a credit or page furniture rather than
// a sentence of the story. Such lines are never summary sentences.
// Lower-case; matched against the first word of a line (before a colon or a
// dash: "Photo: ...", "Watch - ...") and against the last words of a line
// with no final punctuation ("... (AP Photo)", "... / Reuters").
import { words } from '../../text/data/words.js';

/**
 * A line that opens with one or two of these followed by ":" or "-" is a
 * caption or furniture ("Photo:", "Read more:", "See also -").
 */
export const CAPTION_LABELS: ReadonlySet<string> = new Set(
  words(`
  # pictures and media
  photo photos photograph picture pictures pic image images caption credit credits
  illustration graphic video watch listen audio gallery slideshow map chart
  # page furniture
  advertisement sponsored related read more see also share follow subscribe
  source sources editor editor's editor’s note update updated published posted
`),
);

/** Picture agencies and credit words: a line without final punctuation that ends with one is a caption. */
export const CREDIT_WORDS: ReadonlySet<string> = new Set(
  words(`
  # agencies
  ap afp reuters getty xinhua epa pa efe ansa dpa bloomberg shutterstock alamy rex istock
  # credit words
  photo photos image images picture pictures file handout courtesy credit
`),
);

/**
 * How page furniture opens: time stamps and calls to action that news pages
 * put between the paragraphs of a story. Lower-case word sequences, one per
 * line, matched against a sentence's first words.
 */
export const FURNITURE_OPENERS: readonly (readonly string[])[] = phrases(`
  # time stamps ("Last updated at 3:48 PM on 14th July 2011")
  last updated
  updated at
  updated on
  published at
  published on
  posted at
  posted on
  # calls to action
  scroll down
  click here
  read more
  sign up
  follow us
  share this
  watch the video
`);

/** How credits and furniture end: "CNN's Jane Doe contributed to this report.", "... Click to enlarge." */
export const FURNITURE_ENDINGS: readonly (readonly string[])[] = phrases(`
  contributed to this report
  contributed reporting
  contributed to this story
`);

/**
 * Page furniture that a page runs onto the end of a caption or a rights
 * line, as it prints it: capitalized ("... in February Click to enlarge.",
 * "... The Daily Courier All rights reserved."). Case-sensitive, so a story
 * sentence that ends in the same words stays ("... tap or click to
 * enlarge.").
 */
export const FURNITURE_TAILS: readonly (readonly string[])[] = phrases(`
  Click to enlarge
  All rights reserved
`);

/**
 * Picture labels of a credit with "by" ("Photo by Jane Doe/Fine Arts
 * Museums."): a line that opens with one, then "by" and a name (a
 * capitalized word, maybe after "the"), is a credit; before a lower-case word
 * it is story text ("Photo by photo, the archive was rebuilt"). Plurals but
 * "photos" head story sentences ("Photographs by Dorothea Lange are on show
 * ...") and are not listed.
 */
export const CREDIT_BY_LABELS: ReadonlySet<string> = new Set(
  words(`
  photo photos photograph picture image illustration
`),
);

/**
 * How a newsreader hands a story to a reporter, or a reporter signs off, in
 * broadcast transcripts: the last words of a short line after a person's
 * name ("ABC's Lisa Stark has more.", "Pierre Thomas has the latest.",
 * "Lisa Schlein reports from Geneva.", "For NPR news, I'm Ann Lee
 * reporting."). A place may follow ("... has more from San Francisco.").
 */
export const HANDOFF_ENDINGS: readonly (readonly string[])[] = phrases(`
  has more
  has more on that
  has more on the story
  has that
  has that story
  has that report
  has this story
  has the latest
  has the story
  has our story
  has this report
  has the details
  has details
  reports
  reporting
`);

/**
 * How a broadcast greets, as the first words of a short line ("Good evening
 * from Havana.", "Live from Atlanta, good evening, I'm ..."). A long line
 * that opens so goes on with the story ("Good morning Debra - I have
 * attached ..."), so only short lines are greetings.
 */
export const HANDOFF_OPENERS: readonly (readonly string[])[] = phrases(`
  good evening
  good morning
  good afternoon
  live from
`);

/**
 * Words that may follow a greeting in a broadcast ("Good evening, ...",
 * "Good evening from Havana.", "Good evening and welcome.", "Good morning
 * everyone."), besides a name and the end of the line. Any other word makes
 * the greeting a noun of a story sentence ("Good evening classes are
 * popular", "Good afternoon tea is ...").
 */
export const AFTER_GREETING: ReadonlySet<string> = new Set(
  words(`
  , . ! from and everyone everybody again to welcome
`),
);

/**
 * Verbs that report speech: a greeting or a sign-in quoted in a story
 * sentence comes with one ("Good morning, the Speaker said as the House
 * opened ...").
 */
export const REPORTING_VERBS: ReadonlySet<string> = new Set(
  words(`
  said says say told tells asked asks added adds replied wrote writes recalled shouted
`),
);

/**
 * Last words of a name that is an organisation or a thing, not a reporter
 * ("Acme Corp has the details.", "The United Nations has more from
 * Geneva.", "Goldman Sachs Group reports."): a handoff goes to a person.
 */
export const ORGANISATION_WORDS: ReadonlySet<string> = new Set(
  words(`
  # legal forms
  Inc Corp Co Cos Ltd LLC LLP Plc PLC Bancorp Group Holdings Company Corporation Partners Capital
  # institutions
  Bank Nations Union Council Committee Commission Ministry Department Agency Institute University
  # papers
  Journal Times Post Herald Tribune Gazette Telegraph
`),
);

/**
 * Months and days: after "in" or "on" they date a line, they are no place a
 * reporter speaks from ("Goldman Sachs reports in January.").
 */
export const DATE_WORDS: ReadonlySet<string> = new Set(
  words(`
  January February March April May June July August September October November December
  Monday Tuesday Wednesday Thursday Friday Saturday Sunday
`),
);

/**
 * Lower-case words that may stand before the reporter's name in a handoff
 * ("From member station KQED, Ann Lee reports.", "BBC correspondent Ann Lee
 * reports from Kosovo."); any other lower-case word makes the line a
 * sentence of the story ("The minister resigned, Radio Free Europe reports.").
 */
export const HANDOFF_WORDS: ReadonlySet<string> = new Set(
  words(`
  from for the our member station news headline correspondent reporter senior chief and this is
  national foreign political economics business science medical legal
  # a sign-in after thanks or a greeting ("Thank you, I'm Ann Lee in Washington.", "Good evening, I'm ...")
  thank thanks you good evening morning afternoon night
`),
);

function phrases(list: string): string[][] {
  const out: string[][] = [];
  for (const line of list.split('\n')) {
    const body = line.split('#')[0]!.trim();
    if (body) out.push(body.split(/\s+/));
  }
  return out;
}
