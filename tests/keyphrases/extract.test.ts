import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parse } from '../../src/document.js';
import { findCandidates } from '../../src/keyphrases/candidates.js';
import { extractKeyphrases } from '../../src/keyphrases/index.js';
import { DEFAULT_PARAMS, type RankParams, rankPhrases } from '../../src/keyphrases/rank.js';
import { headline, taggedWords } from '../../src/keyphrases/tag.js';
import { BACKLOG, BACKLOG_UNWANTED } from './backlog.js';
import { FOUND, NEGATIVE, SHOWN_FORMS } from './table.js';

const SUMMIT = readFileSync(join(import.meta.dirname, '../fixtures/summit.txt'), 'utf8');
const texts = (input: string, limit = 10) => extractKeyphrases(input, { limit }).map((k) => k.text);

describe('extractKeyphrases: table', () => {
  for (const [text, wanted, why] of FOUND) {
    it(`${why}: ${wanted.join(', ')}`, () => {
      const got = texts(text);
      for (const w of wanted) expect(got).toContain(w);
    });
  }
});

describe('extractKeyphrases: negative list', () => {
  for (const [text, unwanted, why] of NEGATIVE) {
    it(why, () => {
      const got = texts(text, 50).map((t) => t.toLowerCase());
      for (const u of unwanted) expect(got).not.toContain(u);
    });
  }
});

describe('extractKeyphrases: the shown form is one of the places listed', () => {
  const shownListed = (text: string) => {
    for (const k of extractKeyphrases(text, { limit: 20 })) {
      expect(k.occurrences.map((o) => o.text)).toContain(k.text);
    }
  };
  for (const [text, why] of SHOWN_FORMS) {
    it(why, () => shownListed(text));
  }
  it('repeated same-stem words with people\'s possessives (review of round 13: 10 of 3,000 fuzzed texts failed)', () => {
    const vocabulary = ['men', 'Men', "Men's", "men's", 'man', "Man's", 'women', "Women's", 'Women', 'people', "People's", 'People', 'children', "Children's", 'Day', 'Hospital', 'World', 'Cup', 'Bank', 'the', 'of', '.', ',', '&amp;', 'amp', 'C.', 'Corp', 'Friday'];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...vocabulary), { minLength: 2, maxLength: 40 }), (parts) => shownListed(parts.join(' '))),
      { numRuns: 1000 },
    );
  });
});

describe('extractKeyphrases: backlog (known failures, still failing)', () => {
  for (const [text, phrase, why] of BACKLOG) {
    it(`${phrase}: ${why}`, () => {
      expect(texts(text)).not.toContain(phrase);
    });
  }
});

describe('extractKeyphrases: backlog of unwanted phrases (known failures, still among the top 10)', () => {
  for (const [text, phrase, why] of BACKLOG_UNWANTED) {
    it(`${phrase}: ${why}`, () => {
      expect(texts(text)).toContain(phrase);
    });
  }
});

describe('extractKeyphrases: nationalities and their lower-case homographs (review of round 11)', () => {
  const KIWIS =
    'Zespri said growers in the Bay of Plenty picked a record crop this year. Shoppers in Europe and Asia bought more kiwis than ever, and exporters shipped kiwis to forty countries. Prices of apples fell, while demand for avocados rose. Growers said warm weather helped the vines.';
  it('"kiwis" in lower case is fruit, a common noun with the noun factor, not a people without it', () => {
    expect(texts(KIWIS, 1)).toEqual(['kiwis']);
  });
  it('"Kiwis" with a capital is a people: it gets no noun factor', () => {
    expect(texts(KIWIS.replaceAll('kiwis', 'Kiwis'), 1)).not.toEqual(['Kiwis']);
  });
});

describe('extractKeyphrases: a headline counts', () => {
  const BODY = 'Wavelength services have been hyped for years. Analysts expect growth, and investors remain cautious about the technology and its margins.';
  it('a phrase of the headline (one short sentence without a stop, then a paragraph break) ranks high', () => {
    expect(texts(`Waiting for the wave to crest\n\n${BODY}`, 3)).toContain('wave');
  });
  it('the same words in an ordinary first sentence do not get the boost', () => {
    expect(texts(`We are waiting for the wave to crest. ${BODY}`, 3)).not.toContain('wave');
  });
});

describe('extractKeyphrases: the worked example', () => {
  // The acceptance list; alternatives count once.
  const EXPECTED = [
    ['China-Central Asia relationship'],
    ['Central Asian countries', 'Central Asian nations'],
    ['Silk Road Economic Belt'],
    ['Belt and Road Initiative'],
    ['China-Central Asia Summit'],
    ['regional peace'],
    ['regional development'],
    ['sustainable development'],
    ['Xi Jinping'],
    ['Kazakhstan'],
    ['win-win cooperation'],
    ['strategic trust'],
    ['connectivity', 'Connectivity'],
  ];
  const NEVER = ['years', 'first', 'one', 'second', 'three', 'June'];
  const top = extractKeyphrases(SUMMIT);

  it('has at least six of the expected phrases in the top 10 (the issue asks five)', () => {
    const got = top.map((k) => k.text);
    const hits = EXPECTED.filter((alternatives) => alternatives.some((a) => got.includes(a)));
    expect(hits.length).toBeGreaterThanOrEqual(6);
  });

  it('keeps five of the expected phrases when a sentence of attribution ("said") makes it read as news (round 10: the news floor of 0.6 or more keeps four or three)', () => {
    const got = texts(`${SUMMIT}\n\n"This is a new era," a spokesman said.`);
    const hits = EXPECTED.filter((alternatives) => alternatives.some((a) => got.includes(a)));
    expect(hits.length).toBeGreaterThanOrEqual(5);
  });

  it('ranks a one-word name that stands alone in an article ("China", three times) in the top 10', () => {
    expect(top.map((k) => k.text)).toContain('China');
  });

  it('has none of the unwanted words', () => {
    const got = top.map((k) => k.text.toLowerCase());
    for (const n of NEVER) expect(got).not.toContain(n.toLowerCase());
  });

  it('gives every occurrence of a phrase, with its variants', () => {
    const peace = top.find((k) => k.text === 'regional peace');
    expect(peace?.occurrences.map((o) => o.text)).toEqual(['regional peace', 'regional peace']);
    const relationship = top.find((k) => k.text === 'China-Central Asia relationship');
    expect(relationship?.occurrences).toHaveLength(2);
  });

  it('returns the top 10 by default, the best scoring 1', () => {
    expect(top).toHaveLength(10);
    expect(top[0]!.score).toBe(1);
  });
});

describe('extractKeyphrases: one-word common nouns in an article', () => {
  // A wedding story of about 400 words: "bouquet" stands alone three times
  // and never inside a longer phrase; "wedding", "music" and "city" are
  // parts of longer phrases ("wedding cake", "music video", "city hall").
  const WEDDING = [
    'Pop singer marries actress in Vancouver',
    'The Canadian pop singer Daniel Hart married the television actress Marta Ruiz on Saturday at a small ceremony in Vancouver, his publicist said.',
    'The couple met three years ago on the set of a music video and announced their engagement on social media last spring.',
    'Guests at the ceremony included family members, a few close friends and the band that has toured with Hart since his debut album.',
    "Ruiz wore a silk dress designed by a local fashion house and carried a bouquet of white roses picked from her grandmother's garden.",
    'After the vows, she threw the bouquet from the steps of the old city hall, and a cousin from Madrid caught it.',
    'The reception was held at a waterfront restaurant owned by a childhood friend of the singer.',
    'Hart, whose second album won two national music awards, sang a new song he had written for the wedding.',
    'The song, he told guests, would not appear on any record.',
    'Ruiz, who stars in a popular crime drama on public television, has said she plans to keep working after the wedding.',
    'The couple will spend their honeymoon on a sailing trip along the Pacific coast before Hart returns to the recording studio in the autumn.',
    'Fans filled the street outside city hall, holding signs and singing the chorus of his best-known single.',
    'Photographers waited for hours to see the bouquet and the dress, and pictures of the couple spread across social media within minutes.',
    'The publicist said the couple had asked guests not to post pictures of the bouquet, a family tradition the actress wanted to keep private.',
    'Hart is expected to start a world tour next year, with concerts in Europe, Asia and South America.',
    'Ruiz will join him for part of the tour, the publicist said, when filming of the new season of her crime drama ends.',
    'The singer thanked his fans in a short message and said the day had been the happiest of his life.',
    "Local shops near city hall reported a busy afternoon as fans gathered, and one bakery sold out of the wedding cake it had made in the couple's honour.",
    'Neither the singer nor the actress has said where they will live, though Hart has long kept a house near the harbour.',
    'The ceremony was led by a family friend, a retired judge who had known the singer since childhood.',
  ].join(' ');

  it('ranks a noun that is always a whole phrase, and recurs, among the first five ("bouquet")', () => {
    expect(texts(WEDDING, 5)).toContain('bouquet');
  });

  it('does not promote a word met mostly inside longer phrases ("wedding", "music", "city")', () => {
    const got = texts(WEDDING, 10);
    for (const w of ['wedding', 'music', 'city']) expect(got).not.toContain(w);
  });
});

describe('extractKeyphrases: variants and sub-phrases', () => {
  it('merges variants that differ by inflection or case into one phrase', () => {
    const text =
      'Offshore wind farm output rose. The wind farms of the North Sea supply cheap power. Wind Farms need grids, and a wind farm needs wind.';
    const all = extractKeyphrases(text, { limit: 50 });
    const farms = all.filter((k) => k.text.toLowerCase().replace(/s$/, '') === 'wind farm');
    expect(farms).toHaveLength(1);
    expect(farms[0]!.occurrences.map((o) => o.text)).toEqual(['wind farm', 'wind farms', 'Wind Farms', 'wind farm']);
  });

  it('does not list a sub-phrase that never stands alone beside its phrase', () => {
    const text = 'The Silk Road Economic Belt links ports. The Silk Road Economic Belt was proposed in 2013.';
    const got = texts(text, 20);
    expect(got).toContain('Silk Road Economic Belt');
    expect(got).not.toContain('Economic Belt');
  });
});

describe('extractKeyphrases: arguments', () => {
  it('accepts a document, a string and a VFile alike', () => {
    const doc = parse(SUMMIT);
    expect(extractKeyphrases(doc)).toEqual(extractKeyphrases(SUMMIT));
  });

  it('respects limit', () => {
    expect(extractKeyphrases(SUMMIT, { limit: 3 })).toHaveLength(3);
    expect(extractKeyphrases(SUMMIT, { limit: 1 })[0]!.score).toBe(1);
  });

  it('rejects bad options with messages that name the function and the option', () => {
    expect(() => extractKeyphrases(SUMMIT, { limit: 0 })).toThrow(RangeError);
    expect(() => extractKeyphrases(SUMMIT, { limit: 0 })).toThrow(/extractKeyphrases: options\.limit must be an integer from 1 to 1000, got 0/);
    expect(() => extractKeyphrases(SUMMIT, { limit: 2.5 })).toThrow(RangeError);
    expect(() => extractKeyphrases(SUMMIT, { limit: '5' as unknown as number })).toThrow(TypeError);
    expect(() => extractKeyphrases(SUMMIT, { limt: 5 } as never)).toThrow(/extractKeyphrases: unknown option "limt"/);
    expect(() => extractKeyphrases(42 as never)).toThrow(TypeError);
    expect(() => extractKeyphrases(parse(SUMMIT), { dateline: false })).toThrow(RangeError);
  });

  it('returns nothing for texts without nouns', () => {
    for (const t of ['', '   ', '\r\n\r\n', '\u0000', '123 456', 'It is what it is.', '!!! ???']) {
      expect(extractKeyphrases(t)).toEqual([]);
    }
  });
});

describe('extractKeyphrases: properties', () => {
  const check = (text: string, limit: number) => {
    const got = extractKeyphrases(text, { limit });
    expect(got.length).toBeLessThanOrEqual(limit);
    let previous = Number.POSITIVE_INFINITY;
    for (const k of got) {
      expect(k.score).toBeGreaterThan(0);
      expect(k.score).toBeLessThanOrEqual(1);
      expect(k.score).toBeLessThanOrEqual(previous);
      previous = k.score;
      expect(k.occurrences.length).toBeGreaterThan(0);
      for (const o of k.occurrences) expect(text.slice(o.start, o.end)).toBe(o.text);
      expect(k.occurrences.some((o) => o.text === k.text)).toBe(true);
    }
    if (got.length > 0) expect(got[0]!.score).toBe(1);
  };

  it('offsets of every occurrence, limit, scores: arbitrary text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 300 }), fc.integer({ min: 1, max: 30 }), (text, limit) =>
        check(text, limit),
      ),
      { numRuns: 200 },
    );
  });

  it('offsets of every occurrence, limit, scores: shuffled news words', () => {
    const vocabulary = SUMMIT.split(/(\s+)/);
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom(...vocabulary), { maxLength: 120 }),
        fc.integer({ min: 1, max: 20 }),
        (parts, limit) => check(parts.join(''), limit),
      ),
      { numRuns: 150 },
    );
  });

  it('offsets, limit, scores: headline-shaped texts (a title line, a blank line, a body)', () => {
    const words = SUMMIT.split(/\s+/).filter(Boolean);
    const title = (ws: string[]) => ws.map((w) => (w[0] ?? '').toUpperCase() + w.slice(1)).join(' ');
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom(...words), { minLength: 1, maxLength: 12 }),
        fc.array(fc.constantFrom(...words), { maxLength: 80 }),
        fc.constantFrom('\n\n', '\r\n\r\n', '\n'),
        (head, body, gap) => check(`${title(head)}${gap}${body.join(' ')}`, 10),
      ),
      { numRuns: 100 },
    );
  });

  it('asking for more never changes the first ones', () => {
    const vocabulary = SUMMIT.split(/(\s+)/);
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...vocabulary), { maxLength: 150 }), fc.integer({ min: 1, max: 15 }), (parts, limit) => {
        const text = parts.join('');
        const few = extractKeyphrases(text, { limit }).map((k) => k.text);
        const many = extractKeyphrases(text, { limit: 40 }).map((k) => k.text);
        expect(few).toEqual(many.slice(0, limit));
      }),
      { numRuns: 100 },
    );
  });

  it('never throws on hostile input', () => {
    const hostile = [
      'a\u0000b\u0000c',
      '\uD800 lone \uDC00 surrogates \uD83D',
      '😀 emoji 👍🏽 phrases 🇨🇳 China',
      'العربية والعبرية עברית mixed with English words here',
      'word '.repeat(20_000),
      'x'.repeat(100_000),
      'Alpha-beta-gamma-delta '.repeat(5_000),
      'The-The-The of of and and Belt and and Road',
      "it's it’s IT'S 's ’s '",
    ];
    for (const t of hostile) check(t, 10);
  });
});

describe('extractKeyphrases: general nouns', () => {
  // A business story of about 400 words that names the firm and then says
  // "the company" alone five times: the name is the topic, the general noun
  // refers back to it (GENERAL_NOUNS: no factor for standing alone).
  const FIRM = [
    'Quorvex, the Dutch chip maker, said on Monday it would cut 2,000 jobs after chip sales fell for a third quarter.',
    'The company said demand from phone makers had weakened and that prices for memory chips were falling.',
    'Analysts had expected Quorvex to report lower profits, but the size of the job cuts surprised investors.',
    'Shares in Quorvex fell 8% in Amsterdam, their biggest drop in two years.',
    'The company employs 30,000 people, most of them at plants in the Netherlands and Malaysia.',
    'Chief executive Anna de Vries said Quorvex would close an assembly plant in Penang and move work to Eindhoven.',
    'She said Quorvex expected chip sales to recover next year as new phones reach the shops.',
    'Unions in the Netherlands said they would fight the job cuts and asked the company to talk to workers first.',
    'Quorvex has cut costs twice since 2019, when a price war with Asian rivals hit memory chips.',
    'Rivals in South Korea and Taiwan have also reported weaker demand for memory chips this year.',
    'Investors will watch whether Quorvex keeps its dividend, which it has paid every year since its listing.',
    'The company said the job cuts would save 400 million euros a year from 2026.',
    'Some analysts said Quorvex had waited too long to close the Penang plant.',
    'Others said memory chips would recover as data centres buy more of them.',
    'Quorvex will give more details of the job cuts at its results in March, it said.',
    'Workers at the Penang plant learned of the closure from the news, a union official said.',
    'The Malaysian government said it would help workers at the Penang plant find new jobs.',
    'Quorvex was founded in 1987 and listed in Amsterdam in 1995.',
    'The company makes memory chips for phones, cars and computers, and sells most of them in Asia.',
    'Its shares have lost a third of their value this year as memory chips fell in price.',
    'Quorvex said it would keep investing in research, and would hire engineers in Eindhoven.',
    'Anna de Vries said the job cuts were painful but necessary for Quorvex to stay competitive.',
    'Quorvex will also sell its stake in a joint venture with a Japanese partner.',
    'The joint venture makes sensors for cars, a business Quorvex no longer sees as central.',
    'Investors welcomed the sale of the joint venture stake, analysts said.',
    'Quorvex expects the sale to close by the summer.',
  ].join(' ');
  const text = `Quorvex cuts jobs as chip sales slow\n\n${FIRM}`;
  it('"the company", repeated alone, is not in the top 10; the name it stands for is', () => {
    const got = texts(text);
    expect(got).toContain('Quorvex');
    expect(got).not.toContain('company');
  });
});

describe('extractKeyphrases: proper adjectives', () => {
  // A match report of about 200 words where "the Italians" stands alone
  // twice: a people named by a proper adjective's plural gets no factor
  // for a name standing alone (LISTED_PROPER_ADJECTIVE), the country does.
  const MATCH = [
    'Ireland beat Italy 28-17 in Rome on Saturday, but the Italians made Ireland work hard for the win.',
    'Brian O\'Driscoll scored the first try after ten minutes, and Ronan O\'Gara kicked the conversion.',
    'Italy hit back with two penalties from Luciano Orquera.',
    'Ireland coach Eddie O\'Sullivan said Italy had been tough opponents.',
    '"We knew Italy would come at us in the first half,"',
    'O\'Sullivan said.',
    'Peter Stringer scored the second try for Ireland after a break by O\'Driscoll.',
    'Italy coach John Kirwan said his side had played well but lacked a finisher.',
    '"Italy can hold their heads high,"',
    'Kirwan said.',
    'Ireland now play Scotland at Murrayfield, where O\'Sullivan expects a harder game.',
    'O\'Driscoll limped off late in the game with a hamstring injury, and Ireland will check the injury on Monday.',
    'Kirwan said Italy would learn from the defeat before they meet Wales in Rome.',
    'O\'Gara kicked two more penalties as Ireland pulled away in the final quarter, and Denis Hickie scored a late try.',
    'Orquera missed a late penalty for the Italians.',
    'Italy have now lost both their games, while Ireland have won both of theirs.',
    'Italy showed spirit, O\'Sullivan said, but Ireland were the better side on the day.',
  ].join(' ');
  // A report of about 400 words on an event named by a proper adjective's
  // plural: after "before the", "at the", "since the" it names the event,
  // not a people, and keeps the factor of a name standing alone.
  const EVENT = [
    'Greek sprinter Ekaterini Thanou hopes to race again this summer, two years after she missed a drugs test.',
    'Thanou and her training partner Kostas Kenteris failed to appear for the test on the eve of the Athens Games.',
    'Both withdrew before the Olympics began, saying they had been hurt in a motorcycle accident.',
    'The IAAF, the governing body of world athletics, will hear her case in March in Monaco.',
    'Thanou says she has done nothing wrong, and her lawyer said she would appeal any ban to the Court of Arbitration for Sport.',
    'She won silver in the 100 metres at the Olympics in Sydney in 2000, and she was a favourite for gold in Athens.',
    'Greek officials said they would support her return if the IAAF clears her of any offence.',
    'The case has hung over Greek athletics since the Olympics, and a criminal trial in Athens is still to come.',
    'Prosecutors say the pair staged the accident to avoid the test, which the two athletes deny.',
    'Their former coach Christos Tzekos is also charged, and he faces a separate hearing on supplements he sold.',
    'Thanou has trained in Crete through the winter and says her form is good.',
    'She wants to run at the European Championships in Gothenburg in August, and at the world championships a year later.',
    'A ban of two years would end those plans and, at the age of 31, could end her career.',
    'Kenteris, who won gold in the 200 metres in Sydney, has not raced since the Olympics either.',
    'He has said little in public, but friends say he also hopes to return.',
    'The Greek athletics federation suspended both athletes after the Olympics, then lifted the suspension in December.',
    'The IAAF appealed against that decision, which is why the case is now going to Monaco.',
    'Athletes from other countries have criticised the delay, saying the case should have been settled quickly.',
    'British sprinter Darren Campbell, who won a relay gold medal in Athens, said the sport needed a clear answer.',
    'The hearing is expected to last two days, and the IAAF says it will publish its ruling within a month.',
    'Thanou says she will accept the ruling, but her lawyer has already prepared an appeal.',
    'Whatever happens, the affair has damaged the reputation of Greek sprinting, which was a source of pride before the Olympics.',
    'Sponsors have since withdrawn their support from both athletes.',
  ].join(' ');
  it('"Olympics" after "before the" or "at the" is an event: it ranks with the names (among the first two)', () => {
    expect(texts(EVENT).slice(0, 2)).toContain('Olympics');
  });
  it('"Italians" is not in the top 10; "Italy" and the players are', () => {
    const got = texts(MATCH);
    expect(got).not.toContain('Italians');
    expect(got).toContain('Italy');
    expect(got).toContain("Brian O'Driscoll");
  });
});

describe('extractKeyphrases: news (round 10)', () => {
  // A short text (65 words) that reports speech: without "said" it is ranked
  // as an abstract (no name or frequency factor below 150 words).
  const report = (verb: string) =>
    'The city council approved a new flood defence scheme for the river valley on Monday. ' +
    `Maria Okafor, the council's chief engineer, ${verb} the concrete barrier walls would protect several thousand homes from winter flooding. ` +
    `Okafor ${verb} construction of the pumping stations could start in the spring. ` +
    `Residents of the low-lying streets have asked for better drainage for years, and Okafor ${verb} the council had listened.`;

  it('ranks a short text that reports speech ("said") as news: the name that stands alone leads', () => {
    expect(texts(report('said'))[0]).toBe('Okafor');
  });

  it('ranks the same text with another verb ("thought") as before: the name that stands alone does not lead', () => {
    const got = texts(report('thought'));
    expect(got[0]).toBe('Maria Okafor');
    expect(got.indexOf('Okafor')).toBeGreaterThan(1);
  });

  // The full name occurs once, its surname alone twice, "homes" twice.
  const flood =
    'The city council approved a new flood defence scheme for the river valley on Monday. ' +
    "Maria Okafor, the council's chief engineer, said the flood defence scheme would protect several thousand homes from winter flooding. " +
    'Okafor said construction of the pumping stations could start in the spring. ' +
    'Residents of the low-lying streets have asked for better drainage for years, and Okafor said the council had listened. ' +
    'Winter flooding damaged hundreds of homes last year, and the flood defence scheme will cost about 40 million pounds.';

  it('ranks a full name whose surname stands alone with part of the surname\'s name factor ("Maria Okafor" above "homes")', () => {
    const got = texts(flood);
    expect(got).toContain('Okafor');
    expect(got.indexOf('Maria Okafor')).toBeLessThan(got.indexOf('homes'));
  });

  it('gives no such factor to a full name whose surname never stands alone ("Maria Okafor" below "homes" once "Okafor" is "she")', () => {
    const got = texts(flood.replace('Okafor said construction', 'She said construction').replace('and Okafor said', 'and she said'));
    expect(got).not.toContain('Okafor');
    expect(got.indexOf('Maria Okafor')).toBeGreaterThan(got.indexOf('homes'));
  });

  it('multiplies the full name\'s score by 1 + α·nameBoost·fullNameShare, and no other phrase\'s', () => {
    const doc = parse(flood);
    const words = taggedWords(doc);
    const score = (params: RankParams) => {
      const ranked = rankPhrases(words, findCandidates(words), params, headline(doc));
      return new Map(ranked.map((p) => [p.ids.map((id) => id).join(' '), p.score]));
    };
    const on = score(DEFAULT_PARAMS);
    const off = score({ ...DEFAULT_PARAMS, fullNameShare: 0 });
    // a short news text: α is the news floor
    const factor = 1 + DEFAULT_PARAMS.newsFloor * DEFAULT_PARAMS.nameBoost * DEFAULT_PARAMS.fullNameShare;
    const changed = [...on].filter(([k, v]) => v !== off.get(k));
    expect(changed).toHaveLength(1);
    const [key, value] = changed[0]!;
    expect(value / off.get(key)!).toBeCloseTo(factor, 12);
  });
});

describe('extractKeyphrases: round 11', () => {
  // "The Spaniard" refers back to the player the text names: a nationality
  // or a people (DEMONYMS) gets no factor of a name standing alone
  const DEMONYM =
    'Rafael Nadal beat Andy Roddick in the final in Miami on Sunday. The Spaniard said Roddick had served well. Nadal won in straight sets, and Roddick said Nadal was the better player on the day. Nadal will play in Monte Carlo next.';
  it('a nationality standing for a person ranks below the names and places of the text', () => {
    const got = texts(DEMONYM);
    expect(got.slice(0, 4).sort()).toEqual(['Andy Roddick', 'Nadal', 'Rafael Nadal', 'Roddick']);
    expect(got.indexOf('Spaniard')).toBeGreaterThan(got.indexOf('Miami'));
  });
  it('a name opening a sentence, that the suffix rules read as an adjective ("Nadal" in "-al"), is a name: its verb stays out', () => {
    expect(texts(DEMONYM)).not.toContain('Nadal won');
  });
});
