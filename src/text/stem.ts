// Porter stemming with a bounded cache: every layer that compares words
// (keyphrases, summary, evaluation) stems through here.
import { stemmer } from 'stemmer';

const cache = new Map<string, string>();

/** The Porter stem of a lower-cased word ("countries" → "countri"). */
export function stem(lower: string): string {
  let s = cache.get(lower);
  if (s === undefined) {
    s = stemmer(lower);
    if (cache.size > 50_000) cache.clear();
    cache.set(lower, s);
  }
  return s;
}
