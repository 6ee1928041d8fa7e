/**
 * Reads a commented word list: words separated by white space, `#` starts a
 * comment that runs to the end of the line. Lists stay readable data, not
 * regular expressions buried in code.
 */
export function words(list: string): string[] {
  const out: string[] = [];
  for (const line of list.split('\n')) {
    const hash = line.indexOf('#');
    const body = hash === -1 ? line : line.slice(0, hash);
    for (const word of body.split(/\s+/)) if (word) out.push(word);
  }
  return out;
}

/**
 * The forms, and beside each one written with the straight apostrophe its
 * copy with the typographer's (U+2019) that news text uses: "isn't",
 * "isn’t". Lists keep one spelling; the other is made here, so the two never
 * drift apart.
 */
export function withCurlyApostrophes(forms: readonly string[]): string[] {
  return [...forms, ...forms.filter((w) => w.includes("'")).map((w) => w.replaceAll("'", '\u2019'))];
}
