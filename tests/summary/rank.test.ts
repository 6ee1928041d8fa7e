import { describe, expect, it } from 'vitest';
import { parse } from '../../src/document.js';
import { DEFAULT_PARAMS, afterSourceTag, rank } from '../../src/summary/rank.js';
import { tokenize } from '../../src/text/tokenize.js';

describe('source tags', () => {
  // [text, what the lead starts with once the tag is left out]
  const cases: [string, string][] = [
    ['(CNN) -- Rain fell all day in Leeds.', 'Rain'],
    ['LONDON, England (CNN) -- Rain fell all day.', 'Rain'],
    ['NEW YORK (Reuters) - Stocks fell on Monday.', 'Stocks'],
    ['WASHINGTON (AP) — The Senate voted on Monday.', 'The'],
    ['(EW.com) -- The show returns in May.', 'The'],
    ['CLEVELAND — Until Monday night, the speech was ready.', 'Until'],
    ['NEW YORK, N.Y. -- Stocks fell on Monday.', 'Stocks'],
    ['(CNN)The quake struck on Tuesday.', 'The'],
    // AP wire copy's dash: an underscore, spaced or not
    ['MANILA, Philippines (AP) _ A ferry sank on Sunday.', 'A'],
    ['OTTAWA, Canada (AP)_ The vote passed on Friday.', 'The'],
    ['DENVER _ Snow closed the airport on Monday.', 'Snow'],
    ['BY JANE DOE ROME—The cabinet met on Thursday.', 'The'],
    ['LONDON: Wayne Rooney scored twice on Saturday.', 'Wayne'],
    ['NEW DELHI: The cabinet met on Thursday.', 'The'],
    ['ROME: The cabinet met on Thursday.', 'The'],
    // NEGATIVE: no tag
    ['(Updated) The quake struck on Tuesday.', '('],
    ['(CNN)the quake struck on Tuesday.', '('],
    ['MITT ROMNEY has apologized for his remarks.', 'MITT'],
    ['Leeds — a city in the north — flooded.', 'Leeds'],
    ['US — China talks resumed on Monday.', 'US'],
    ['Rain (heavy at times) fell all day.', 'Rain'],
    ['The agency (USGS) -- said nothing.', 'The'],
    ['(CNN) -- Yes.', '('],
    ['Leeds (UK) flooded on Monday.', 'Leeds'],
    ['SNAKE_CASE names are common in code.', 'SNAKE'],
    ['Denver _ a city of snow _ was closed.', 'Denver'],
    ['By Monday — the deadline — nothing was done.', 'By'],
    ['London: a city of rain, was flooded again.', 'London'],
    ['LONDON:the cabinet met on Thursday.', 'LONDON'],
    // "BY" before a word or two in capitals opens a sentence, not a byline; a lower-case word after the dash is no lead
    ['BY AIR—The quickest way to the island is a plane.', 'BY'],
    ['BY DESIGN — Apple built the phone to last.', 'BY'],
    ['BY THE WAY — the council met on Thursday.', 'BY'],
    ['USA _ the country that invented jazz _ turns 250.', 'USA'],
    ['BY ANN KELLY AND TOM REYES NEW YORK—Stocks fell on Monday.', 'Stocks'],
    // initials before a colon name the source of a claim, not a place
    ['FBI: The suspect acted alone in the attack.', 'FBI'],
    ['WHO: Cases are rising across Europe again.', 'WHO'],
    ['UN: Aid is not reaching the city.', 'UN'],
  ];
  for (const [text, first] of cases) {
    it(text, () => {
      const tokens = tokenize(text);
      const k = afterSourceTag(tokens, 0, tokens.length);
      expect(tokens.get(k)!.text).toBe(first);
    });
  }
});

describe('scores', () => {
  const text =
    'Heavy rain flooded the river valley on Tuesday. The river rose two metres overnight. ' +
    'Crews evacuated residents near the river. Schools in the valley closed. Power returned on Friday.';

  it('are 0..1, positive for candidates, and ordered by `order`', () => {
    const { scores, eligible, order } = rank(parse(text));
    for (let k = 0; k < scores.length; k++) {
      expect(scores[k]! > 0).toBe(eligible[k] === 1);
      expect(scores[k]).toBeLessThanOrEqual(1);
    }
    for (let i = 1; i < order.length; i++) expect(scores[order[i - 1]!]!).toBeGreaterThanOrEqual(scores[order[i]!]!);
  });

  it('follow position alone when the other weights are 0', () => {
    const { order } = rank(parse(text), { ...DEFAULT_PARAMS, centrality: 0, coverage: 0 });
    expect([...order]).toEqual([0, 1, 2, 3, 4]);
  });

  it('centrality reads only a window of sentences: a far sentence changes nothing near the start', () => {
    const filler = Array.from({ length: 30 }, (_, i) => `Item ${i} concerns topic number ${i} alone.`).join(' ');
    const base = `${text} ${filler}`;
    const params = { ...DEFAULT_PARAMS, position: 0, coverage: 0, window: 3, beta: 0 };
    const a = rank(parse(`${base} The river flooded the valley again.`), params).scores;
    const b = rank(parse(`${base} Markets were calm in Asia.`), params).scores;
    // the first sentences are more than 3 candidates away from the last one: their raw
    // degrees are the same in both documents, and shifting and scaling keep their order
    const order = (scores: Float64Array) => [0, 1, 2, 3].sort((x, y) => scores[y]! - scores[x]! || x - y);
    expect(order(a)).toEqual(order(b));
    // while with a window over the whole document, the copy of the lead's terms counts
    const wide = { ...params, window: 100 };
    const c = rank(parse(`${base} The river flooded the valley again.`), wide).scores;
    const d = rank(parse(`${base} Markets were calm in Asia.`), wide).scores;
    expect(c[0]! - c[3]!).not.toBeCloseTo(d[0]! - d[3]!, 6);
  });
});
