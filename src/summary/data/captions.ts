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
  source sources editor note update updated published posted
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
