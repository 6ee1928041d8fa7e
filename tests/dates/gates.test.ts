// The rules' start declarations (`startsWith` / `opensAt` in src/dates/scan.ts)
// are a promise: the scan never tries a rule elsewhere, so a rule that could
// match at a token outside its declaration would silently lose that match.
// Each declared rule is run at every token it excludes, over the table's
// sentences and generated phrases of date words, digits and glue: none may match.
import { describe, expect, it } from 'vitest';
import { FAMILIES, longestMatch, mayOpen, scanMatches, WORD_MASK } from '../../src/dates/grammar.js';
import { digitWordLettersOf, type Match, type Rule, Scan, Shape } from '../../src/dates/scan.js';
import { Tokens, tokenize } from '../../src/text/tokenize.js';
import { phrases, shapeOf, tableTexts } from './phrases.js';

const declared = FAMILIES.flat().filter((r) => r.first !== undefined);

/** The matches a declared rule makes at tokens it declares it cannot start with: "rule @token: text". */
function outside(text: string, rules: readonly Rule[] = declared): string[] {
  const tokens = tokenize(text);
  const s = new Scan(tokens, text, 0, tokens.length);
  const out: string[] = [];
  tokens.toArray().forEach((t, i) => {
    const shape = shapeOf(t.text, t.kind);
    if (shape === 0) return;
    for (const rule of rules) {
      const allowed = shape === Shape.Word ? rule.first!.has(s.word(i)!) : ((rule.shapes ?? 0) & shape) !== 0;
      if (allowed) continue;
      const m = rule(s, i);
      if (m && m.to > m.from) out.push(`${rule.name} @${t.text}: ${text.slice(t.start, tokens.get(m.to - 1)!.end)}`);
    }
  });
  return out;
}

describe('dates: rule start declarations', () => {
  it('the check finds a rule that matches outside a narrowed declaration', () => {
    const counted = declared.find((r) => r.name === 'counted')!;
    const narrowed: Rule = Object.assign((s: Scan, i: number) => counted(s, i), { first: new Set(['past']), shapes: 0 });
    Object.defineProperty(narrowed, 'name', { value: 'narrowed' });
    expect(outside('for the next two weeks and 180 days', [narrowed])).toEqual([
      'narrowed @the: the next two weeks and 180 days',
      'narrowed @next: next two weeks and 180 days',
      'narrowed @two: two weeks and 180 days',
      'narrowed @180: 180 days',
    ]);
  });

  it('no declared rule matches outside its declaration in the table sentences', () => {
    expect(tableTexts().flatMap((t) => outside(t))).toEqual([]);
  });

  it('no declared rule matches outside its declaration in generated phrases', () => {
    expect(phrases(4000).flatMap((t) => outside(t))).toEqual([]);
  });
});

// The scan lower-cases a word only if `mayOpen` (a filter on the word as written) lets it through:
// the filter must let through every word that lower-cases to a key of WORD_MASK.
describe('dates: the opener filter on raw words', () => {
  const keys = [...WORD_MASK.keys()];
  const forms = (w: string) => [w, w[0]!.toUpperCase() + w.slice(1), w.toUpperCase(), `${w}'s`, `${w.toUpperCase()}’S`, `${w}’s`];

  /** A one-word text's word as the rules read it. */
  const read = (f: string) => new Scan(Tokens.of([{ text: f, start: 0, end: f.length, kind: 'word', br: 0 }]), f, 0, 1).word(0)!;

  it('admits every word read as an opener, in lower case, capitalized, in capitals and as a possessive', () => {
    const opening = keys.flatMap(forms).filter((f) => WORD_MASK.has(read(f)));
    expect(opening.length).toBeGreaterThan(1000);
    expect(opening.filter((f) => !mayOpen(f))).toEqual([]);
  });

  it('holds keys that lower case leaves as they are (its length test relies on it)', () => {
    expect(keys.filter((w) => w.toLowerCase() !== w || w.includes('\u0307'))).toEqual([]);
  });

  it('turns away most other words, and lets a word with a non-ASCII end through to the look-up', () => {
    const others = 'people said government would about after their minister'.split(' ');
    expect(others.filter((w) => mayOpen(w) || mayOpen(w.toUpperCase()))).toEqual([]);
    expect(['\u212Aey', 'ÉTÉ', 'naïve'].map(mayOpen)).toEqual([true, true, false]);
  });
});

// `digitWordLetters` declarations: at a word starting with a digit, a rule is tried only when the
// letters after its number are declared ("pm" for the clock rules, "th" for days). Each declared rule
// is run at every such word of the table and of generated phrases: none may match elsewhere.
const lettered = FAMILIES.flat().filter((r) => r.letters !== undefined);

/** The matches a lettered rule makes at words starting with a digit whose letters it does not declare. */
function unlettered(text: string, rules: readonly Rule[] = lettered): string[] {
  const tokens = tokenize(text);
  const s = new Scan(tokens, text, 0, tokens.length);
  const out: string[] = [];
  tokens.toArray().forEach((t, i) => {
    if (t.kind !== 'word' || !/^\d/.test(t.text)) return;
    for (const rule of rules) {
      if (rule.letters!.has(digitWordLettersOf(t.text))) continue;
      const m = rule(s, i);
      if (m && m.to > m.from) out.push(`${rule.name} @${t.text}: ${text.slice(t.start, tokens.get(m.to - 1)!.end)}`);
    }
  });
  return out;
}

describe('dates: the letters of words starting with a digit', () => {
  it('reads the letters after the number', () => {
    expect(['3pm', '10.30PM', '16th', '1990s', '1.4bn', '1,000m', '2hr5min', '15Sep', '3D', '4x4', '90', '5’s'].map(digitWordLettersOf)).toEqual([
      'pm', 'pm', 'th', 's', 'bn', 'm', 'hr', 'sep', 'd', 'x', '', '',
    ]);
  });

  it('the check finds a rule that matches at undeclared letters', () => {
    const hour = lettered.find((r) => r.name === 'hourRule')!;
    const narrowed: Rule = Object.assign((s: Scan, i: number) => hour(s, i), { letters: new Set(['am']) });
    Object.defineProperty(narrowed, 'name', { value: 'narrowed' });
    expect(unlettered('at 3pm or 9am', [narrowed])).toEqual(['narrowed @3pm: 3pm']);
  });

  it('no lettered rule matches at undeclared letters in the table sentences or generated phrases', () => {
    expect(lettered.length).toBeGreaterThan(5);
    expect([...tableTexts(), ...phrases(4000)].flatMap((t) => unlettered(t))).toEqual([]);
  });
});

// `Scan.is` answers `word(i) === w` without lower-casing words whose length rules them out.
describe('dates: Scan.is', () => {
  it('agrees with word() on capitals, possessives, marks, numbers and a dotted capital I', () => {
    const text = "Since SINCE since's Since’s sinces SİNCE since, 1999 . the sınce";
    const tokens = tokenize(text);
    const s = new Scan(tokens, text, 1, tokens.length);
    const got = tokens.toArray().map((_, i) => [s.is(i, 'since'), s.is(i, 'the'), s.is(i, ',')]);
    const read = new Scan(tokens, text, 1, tokens.length);
    expect(got).toEqual(tokens.toArray().map((_, i) => [read.word(i) === 'since', read.word(i) === 'the', read.word(i) === ',']));
    expect(got.filter(([since]) => since).length).toBe(4);
  });
});

// Every gate of the scan (the token masks, the number's followers, the rule lists by first word,
// letters and follower, all derived from the rules' declarations) only skips work: the scan must
// find what it finds when every rule is tried at every token. A gate too narrow for some rule, or a
// declared word that fails to open its family, loses a match here.
/** The longest match at each token, left to right, every rule tried at every token (ties to the earlier rule). */
function ungatedMatches(s: Scan, rules: readonly Rule[] = FAMILIES.flat()): Match[] {
  const out: Match[] = [];
  let i = s.from;
  while (i < s.to) {
    const best = longestMatch(rules, s, i);
    if (best) {
      out.push(best);
      i = best.to;
    } else i++;
  }
  return out;
}

/** The texts where the gated scan and the ungated one differ: "text: gated | ungated", each match as "rule text". */
function gateLosses(texts: readonly string[], rules?: readonly Rule[], from = 0): string[] {
  const out: string[] = [];
  for (const text of texts) {
    const tokens = tokenize(text);
    const start = Math.min(from, tokens.length);
    const show = (ms: Match[]) => ms.map((m) => `${m.rule} ${text.slice(tokens.get(m.from)!.start, tokens.get(m.to - 1)!.end)}`).join('; ');
    const gated = show(scanMatches(new Scan(tokens, text, start, tokens.length)));
    const all = show(ungatedMatches(new Scan(tokens, text, start, tokens.length), rules));
    if (gated !== all) out.push(`${text}: ${gated} | ${all}`);
  }
  return out;
}

describe('dates: the gated scan against every rule at every token', () => {
  it('the check finds a match the gates would lose', () => {
    // a rule no gate knows of, matching any number: the scan never tries it
    const anyNumber: Rule = (s: Scan, i: number) => (s.token(i)?.kind === 'number' ? { from: i, to: i + 1, rule: 'anyNumber', mean: () => ({ type: 'date', value: '', inferred: [] }) } : undefined);
    expect(gateLosses(['5 people came.'], [...FAMILIES.flat(), anyNumber])).toEqual(['5 people came.:  | anyNumber 5']);
  });

  it('finds the same matches in the table sentences', () => {
    expect(gateLosses(tableTexts())).toEqual([]);
  });

  it('finds the same matches in generated phrases', () => {
    expect(gateLosses(phrases(4000))).toEqual([]);
  });

  it('finds the same matches in a scan that starts inside the text (a paragraph after the first)', () => {
    // the masks read the tokens before and after the scan's bounds differently
    expect(gateLosses(tableTexts(), undefined, 1)).toEqual([]);
    expect(gateLosses(phrases(2000), undefined, 2)).toEqual([]);
  });
});
