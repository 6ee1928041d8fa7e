// How specific a word is in general English: the IDF of TF-IDF (Sparck Jones
// 1972) with document frequencies replaced by the word counts of a general
// corpus (SUBTLEX-US, data/background.ts). Common words ("way", "issue") say
// less about a text's topic than rare ones ("connectivity").
import { BACKGROUND_TOTAL, backgroundBand } from './data/background.js';

const LOG_TOTAL = Math.log2(BACKGROUND_TOTAL);
/** A word missing from the table counts as seen about 2^RARE_BAND times. */
const RARE_BAND = 3;

/**
 * log2(total / count) of a word, averaged over its hyphen-separated parts
 * (lower-cased), as a fraction of the most a word can have: in (0, 1].
 */
export function specificity(parts: readonly string[]): number {
  let sum = 0;
  let n = 0;
  for (const part of parts) {
    if (!part) continue;
    const band = backgroundBand(part);
    sum += LOG_TOTAL - (band < 0 ? RARE_BAND : band + 0.5);
    n++;
  }
  return n ? sum / n / LOG_TOTAL : 1;
}
