// Month names and their abbreviations (with or without a period), for the
// dateline. The dates layer has its own, richer lexicon.
import { words } from './words.js';

const FULL = words(`January February March April May June July August September October November December`);
const SHORT = words(`
  Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec
  Sept  # September
`);

/** Lower-cased month name or abbreviation → month number (1-12). */
export const MONTHS: ReadonlyMap<string, number> = new Map([
  ...FULL.map((m, i) => [m.toLowerCase(), i + 1] as const),
  ...SHORT.map((m) => [m.toLowerCase(), m === 'Sept' ? 9 : SHORT.indexOf(m) + 1] as const),
]);
