// Month names and their abbreviations (with or without a period), for the
// dateline and the sentence lists (abbreviations.ts). The dates layer has its
// own, richer lexicon.
import { words } from './words.js';

/** The month names, January to December. */
export const MONTH_NAMES = words(`January February March April May June July August September October November December`);
/** Their short forms, "May" among them, and "Sept". */
export const MONTH_SHORT_FORMS = words(`
  Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec
  Sept  # September
`);

/** Lower-cased month name or abbreviation → month number (1-12). */
export const MONTHS: ReadonlyMap<string, number> = new Map([
  ...MONTH_NAMES.map((m, i) => [m.toLowerCase(), i + 1] as const),
  ...MONTH_SHORT_FORMS.map((m) => [m.toLowerCase(), m === 'Sept' ? 9 : MONTH_SHORT_FORMS.indexOf(m) + 1] as const),
]);
