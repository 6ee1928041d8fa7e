// The rules' follower declarations (`followedBy` in src/dates/scan.ts) are a
// promise: the scan does not try a rule where the token after its first one
// is not declared, so a rule that could match before another token would
// silently lose that match. Each declared rule is run at every token of the
// table's sentences and of generated phrases; wherever it matches, the token
// after its first one must be declared.
import { describe, expect, it } from 'vitest';
import { FAMILIES } from '../../src/dates/grammar.js';
import { type Rule, Scan, Shape } from '../../src/dates/scan.js';
import { tokenize } from '../../src/text/tokenize.js';
import { phrases, shapeOf, tableTexts } from './phrases.js';

const declared = FAMILIES.flat().filter((r) => r.next !== undefined);

/** Does the rule's declaration admit token j as the token after its first one (token j - 1)? */
function admitted(rule: Rule, s: Scan, j: number): boolean {
  const first = s.tokens.get(j - 1)!;
  const word = s.word(j - 1);
  if (((rule.nextAt ?? 0) & shapeOf(first.text, first.kind)) === 0 && !(word !== undefined && rule.nextAtWords?.has(word))) return true;
  const t = s.token(j);
  const shapes = rule.nextShapes ?? 0;
  if ((t === undefined || t.br > 0) && (shapes & Shape.End) !== 0) return true;
  if (t === undefined) return false;
  if (t.kind === 'number') return (shapes & Shape.Number) !== 0;
  if (t.kind === 'word' && /^\d/.test(t.text)) return (shapes & Shape.DigitWord) !== 0;
  if (t.kind === 'word' && (shapes & Shape.Word) !== 0) return true;
  if (t.kind !== 'word' && (shapes & Shape.Mark) !== 0) return true;
  return rule.next!.has(s.at(j)!);
}

/** The matches a declared rule makes before a token it does not declare: "rule @token+next: text". */
function undeclared(text: string, rules: readonly Rule[] = declared): string[] {
  const tokens = tokenize(text);
  const s = new Scan(tokens, text, 0, tokens.length);
  const out: string[] = [];
  for (let i = 0; i < tokens.length; i++) {
    for (const rule of rules) {
      const m = rule(s, i);
      if (!m || m.to <= m.from || admitted(rule, s, i + 1)) continue;
      out.push(`${rule.name} @${tokens.get(i)!.text}+${tokens.get(i + 1)?.text ?? '(end)'}: ${text.slice(tokens.get(i)!.start, tokens.get(m.to - 1)!.end)}`);
    }
  }
  return out;
}

describe('dates: rule follower declarations', () => {
  it('declares followers for the rules most often tried in vain', () => {
    expect(declared.length).toBeGreaterThan(0);
  });

  it('the check finds a rule that matches before an undeclared token', () => {
    const counted = FAMILIES.flat().find((r) => r.name === 'counted')!;
    const narrowed: Rule = Object.assign((s: Scan, i: number) => counted(s, i), { nextAt: Shape.Number | Shape.Word, next: new Set(['days']), nextShapes: 0 });
    Object.defineProperty(narrowed, 'name', { value: 'narrowed' });
    expect(undeclared('for the next two weeks and 180 days, 3 weeks', [narrowed])).toEqual([
      'narrowed @the+next: the next two weeks and 180 days',
      'narrowed @next+two: next two weeks and 180 days',
      'narrowed @two+weeks: two weeks and 180 days',
      'narrowed @3+weeks: 3 weeks',
    ]);
  });

  it('no declared rule matches before an undeclared token in the table sentences', () => {
    expect(tableTexts().flatMap((t) => undeclared(t))).toEqual([]);
  });

  it('no declared rule matches before an undeclared token in generated phrases', () => {
    expect(phrases(4000).flatMap((t) => undeclared(t))).toEqual([]);
  });
});
