import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { VFile } from 'vfile';
import { describe, expect, it } from 'vitest';
import { parse } from '../../src/document.js';
import { segment } from '../../src/segment.js';
import { rankSentences, type Summary, summarize } from '../../src/summary/index.js';
import { FLOODS, MATCH, SHORT, WIRE } from './texts.js';

const summit = readFileSync(join(import.meta.dirname, '../fixtures/summit.txt'), 'utf8');

/** Every summary sentence is its slice of the input, in document order, and the text joins them. */
function checkShape(input: string, summary: Summary): void {
  for (const s of summary.sentences) expect(input.slice(s.start, s.end)).toBe(s.text);
  const indexes = summary.sentences.map((s) => s.index);
  expect(indexes).toEqual([...indexes].sort((a, b) => a - b));
  expect(new Set(indexes).size).toBe(indexes.length);
  expect(summary.text).toBe(summary.sentences.map((s) => s.text).join(' '));
}

const wordCount = (text: string) => segment(text).words.length;

describe('the worked example (summit.txt)', () => {
  const summary = summarize(summit);

  it('has 3 sentences: the opening one and the summit one among them, in document order', () => {
    expect(summary.sentences).toHaveLength(3);
    const opening = summary.sentences.findIndex((s) => s.text.startsWith('In a world increasingly fractured'));
    const summitSentence = summary.sentences.findIndex((s) =>
      s.text.startsWith('As the second China-Central Asia Summit convenes on June 16-18,'),
    );
    expect(opening).toBeGreaterThanOrEqual(0);
    expect(summitSentence).toBeGreaterThan(opening);
    checkShape(summit, summary);
  });

  it('never chooses the dateline', () => {
    const doc = parse(summit);
    for (const s of summary.sentences) expect(s.start).toBeGreaterThanOrEqual(doc.dateline!.end);
  });
});

describe('length options', () => {
  // [text, options, how many sentences]
  const cases: [string, string, Parameters<typeof summarize>[1], number][] = [
    ['FLOODS', FLOODS, undefined, 3],
    ['FLOODS', FLOODS, { sentences: 1 }, 1],
    ['FLOODS', FLOODS, { sentences: 5 }, 5],
    ['FLOODS', FLOODS, { sentences: 0 }, 0],
    // 7 candidate sentences (headline, caption and the repeated lead are not): 0.5 × 7 → 4
    ['FLOODS', FLOODS, { ratio: 0.5 }, 4],
    ['FLOODS', FLOODS, { ratio: 0.01 }, 1],
    ['FLOODS', FLOODS, { ratio: 0 }, 0],
    ['FLOODS', FLOODS, { words: 0 }, 0],
    ['WIRE', WIRE, { sentences: 2 }, 2],
    ['WIRE', WIRE, { ratio: 1 }, 6],
    ['MATCH', MATCH, { sentences: 4 }, 4],
  ];
  for (const [name, text, options, n] of cases) {
    it(`${name} with ${JSON.stringify(options)} has ${n} sentences`, () => {
      const summary = summarize(text, options);
      expect(summary.sentences).toHaveLength(n);
      checkShape(text, summary);
    });
  }

  for (const budget of [15, 30, 45, 60, 200]) {
    it(`{ words: ${budget} } stays within ${budget} words`, () => {
      for (const text of [FLOODS, WIRE, MATCH, summit]) {
        const summary = summarize(text, { words: budget });
        expect(summary.sentences.length).toBeGreaterThan(0);
        checkShape(text, summary);
        if (summary.sentences.length > 1) expect(wordCount(summary.text)).toBeLessThanOrEqual(budget);
      }
    });
  }

  it('{ words } smaller than the best sentence gives that sentence alone', () => {
    const summary = summarize(FLOODS, { words: 5 });
    expect(summary.sentences.map((s) => s.rank)).toEqual([1]);
    expect(wordCount(summary.text)).toBeGreaterThan(5);
  });

  it('more sentences contain fewer ones (the best stay in)', () => {
    const three = summarize(MATCH, { sentences: 3 }).sentences.map((s) => s.index);
    const four = summarize(MATCH, { sentences: 4 }).sentences.map((s) => s.index);
    for (const k of three) expect(four).toContain(k);
  });
});

describe('short documents', () => {
  it('return every sentence when fewer than asked', () => {
    const summary = summarize(SHORT, { sentences: 3 });
    expect(summary.sentences.map((s) => s.text)).toEqual([
      'The central bank raised interest rates by half a point on Thursday.',
      'Economists had expected a smaller rise.',
    ]);
  });

  it('return nothing for empty or blank text', () => {
    for (const text of ['', '   ', '\n\n\n']) {
      expect(summarize(text)).toEqual({ text: '', sentences: [] });
      expect(rankSentences(text)).toEqual([]);
    }
  });

  it('use a text with no final punctuation at all', () => {
    const summary = summarize('heavy rain closed the roads in the valley all week');
    expect(summary.text).toBe('heavy rain closed the roads in the valley all week');
  });
});

describe('redundancy', () => {
  it('never chooses two copies of a sentence', () => {
    const summary = summarize(FLOODS, { sentences: 5 });
    const leads = summary.sentences.filter((s) => s.text.startsWith('Heavy rain flooded dozens of towns'));
    expect(leads).toHaveLength(1);
  });

  it('never chooses a close rewording of a chosen sentence', () => {
    const summary = summarize(MATCH, { sentences: 4 });
    const derby = summary.sentences.filter((s) => s.text.startsWith('United beat City 2-1'));
    expect(derby).toHaveLength(1);
  });

  it('still ranks the copy (rankSentences ignores redundancy)', () => {
    const ranked = rankSentences(FLOODS);
    const copies = ranked.filter((s) => s.text.startsWith('Heavy rain flooded dozens of towns'));
    expect(copies).toHaveLength(2);
    expect(copies.every((s) => s.score > 0)).toBe(true);
  });
});

describe('never summary sentences: datelines, headlines, captions, furniture (NEGATIVE list)', () => {
  // [a text, a sentence that must never be chosen]
  const body =
    'The city council approved a new budget of $2 billion on Monday after a long debate. ' +
    'The budget raises spending on schools and public transport by ten percent. ' +
    'Council members voted 7 to 2 in favour of the plan.';
  const negative: [string, string][] = [
    [`Council approves budget\n\n${body}`, 'Council approves budget'],
    [`Can the council balance its budget?\n\n${body}`, 'Can the council balance its budget?'],
    [`Budget of $2 billion...\n\n${body}`, 'Budget of $2 billion...'],
    [`${body}\n\nPhoto: Council members vote on the budget in City Hall`, 'Photo: Council members vote on the budget in City Hall'],
    [`${body}\n\nCaption: The mayor speaks before the vote.`, 'Caption: The mayor speaks before the vote.'],
    [`${body}\n\nRead more: How the city spends its money.`, 'Read more: How the city spends its money.'],
    [`${body}\n\nThe mayor speaks before the vote (AP Photo/John Smith).`, 'The mayor speaks before the vote (AP Photo/John Smith).'],
    [`${body}\n\nCouncil members in City Hall on Monday [Reuters]`, 'Council members in City Hall on Monday [Reuters]'],
    [`By Jane Smith, City Reporter\n\n${body}`, 'By Jane Smith, City Reporter'],
    [`${body}\n\nAdvertisement`, 'Advertisement'],
    [`${body} Vote passed.`, 'Vote passed.'],
    [`${body}\n\nUpdated: 5 March 2025, 10:42 GMT`, 'Updated: 5 March 2025, 10:42 GMT'],
    [`Last updated at 3:48 PM on 14th July 2011 . ${body}`, 'Last updated at 3:48 PM on 14th July 2011 .'],
    [`${body} Scroll down for video. The plan starts in April.`, 'Scroll down for video.'],
    [`${body} Click here to read the full budget.`, 'Click here to read the full budget.'],
    [`Editor's note: This story was updated on Tuesday.\n\n${body}`, "Editor's note: This story was updated on Tuesday."],
    [`${body} CNN's Jane Doe contributed to this report.`, "CNN's Jane Doe contributed to this report."],
    [`${body} © Copyright 2025 The Daily Courier, LLC. Click here for reprint permission.`, '© Copyright 2025 The Daily Courier, LLC. Click here for reprint permission.'],
    [`${body} Photo by Ann Lee/City Museum of Art.`, 'Photo by Ann Lee/City Museum of Art.'],
    [`${body} Council members voted on the plan in the new hall Click to enlarge.`, 'Council members voted on the plan in the new hall Click to enlarge.'],
    [`${body} Copyright 2025 The Daily Courier. All rights reserved.`, 'Copyright 2025 The Daily Courier.'],
    [`${body} Council members vote in the new hall Copyright 2025 The Daily Courier All rights reserved.`, 'Council members vote in the new hall Copyright 2025 The Daily Courier All rights reserved.'],
    [`${body} Photo by the Associated Press, used with permission.`, 'Photo by the Associated Press, used with permission.'],
    // broadcast transcripts: handoffs, sign-ins and greetings
    [`${body} WKRN's Maria Ortiz has more from City Hall. The plan starts in April.`, "WKRN's Maria Ortiz has more from City Hall."],
    [`${body} Tom Reyes has the latest. The plan starts in April.`, 'Tom Reyes has the latest.'],
    [`${body} Tom Reyes has that story. The plan starts in April.`, 'Tom Reyes has that story.'],
    [`${body} From member station WBUR, Ann Kelly reports. The plan starts in April.`, 'From member station WBUR, Ann Kelly reports.'],
    [`${body} BBC correspondent Ann Kelly reports from Leeds. The plan starts in April.`, 'BBC correspondent Ann Kelly reports from Leeds.'],
    [`${body} For NPR news, I'm Ann Kelly reporting.`, "For NPR news, I'm Ann Kelly reporting."],
    [`${body} For City Radio, this is Ann Kelly in the newsroom at City Hall.`, 'For City Radio, this is Ann Kelly in the newsroom at City Hall.'],
    [`Channel 4 news, I'm Tom Reyes. ${body}`, "Channel 4 news, I'm Tom Reyes."],
    [`Good evening from a rainy City Hall. ${body}`, 'Good evening from a rainy City Hall.'],
    [`${body} Here's WKRN's Maria Ortiz with more.`, "Here's WKRN's Maria Ortiz with more."],
    [`Good evening and welcome to City Hall. ${body}`, 'Good evening and welcome to City Hall.'],
    [`${body} The Post's Ann Kelly has more from Geneva. The plan starts in April.`, "The Post's Ann Kelly has more from Geneva."],
    [`${body} For City Radio I'm Ann Kelly in City Hall.`, "For City Radio I'm Ann Kelly in City Hall."],
    [`${body} And I'm Tom Reyes.`, "And I'm Tom Reyes."],
    [`${body} Thank you, I'm Tom Reyes in City Hall.`, "Thank you, I'm Tom Reyes in City Hall."],
    [`GOOD EVENING, I'm Tom Reyes in City Hall. ${body}`, "GOOD EVENING, I'm Tom Reyes in City Hall."],
    [`Live from City Hall, good evening to you all. ${body}`, 'Live from City Hall, good evening to you all.'],
  ];
  for (const [text, never] of negative) {
    it(`never chooses "${never}"`, () => {
      const summary = summarize(text, { sentences: 4 });
      expect(summary.sentences.map((s) => s.text)).not.toContain(never);
      const ranked = rankSentences(text).find((s) => s.text === never);
      expect(ranked?.score).toBe(0);
    });
  }

  it('keeps story sentences that end like a handoff (POSITIVE list)', () => {
    for (const kept of [
      'The mayor resigned on Monday, the Daily Courier reports.',
      'Sales fell 5% in March, Acme Research reports.',
      "Here's the catch: the plan needs a second vote in May.",
      '"Copyright law has always mattered to artists," the mayor said.',
      "For the mayor, this is Ann Kelly's best budget in years.",
      'For Smith, this is Jane Doe’s best year on the council.',
      'Good morning calls from the mayor to every council member began the day of the vote.',
      // a handoff phrase after an organisation, or before a month
      'Goldman Sachs reports in January.',
      'Acme Corp has the details.',
      'The United Nations has more from Geneva.',
      // sign-ins and sign-offs in story text: a lower-case word or a quotation before "I'm", no programme, no place after the name
      'The singer told the crowd in the square, I\'m Taylor Swift.',
      'She wrote in her diary that night: "I\'m Ann Kelly."',
      'For the first time, this is Jane Doe speaking openly.',
      'For fans, this is Star Wars at its finest.',
      'For Britain, this is World War Two all over again.',
      // greetings that name something or are quoted in the story
      'Good Morning America hosted the mayor on the day of the vote.',
      'Good evening classes at City College will cost less.',
      'Good morning, the mayor said as the council opened the debate.',
      'Live from City Hall was the name of the mayor\'s radio show.',
      "Here's Johnny Carson at his best in 1975.",
      // furniture words in story sentences: a lower-case word after the year, after "by", or "click" in lower case
      'Copyright 2024 infringement cases went to court in Texas and Ohio.',
      'Photo by photo, the city archive was rebuilt over ten years.',
      'Illustration by hand is a dying art, the teacher told the council.',
      'Photographs by Dorothea Lange are on show at the city museum until May.',
      'The new app lets users pinch or click to enlarge.',
      'Photos can now be viewed in full: tap or click to enlarge.',
    ]) {
      const ranked = rankSentences(`${body} ${kept}`).find((s) => s.text === kept);
      expect(ranked?.score, kept).toBeGreaterThan(0);
    }
  });

  it('keeps a question that opens the story paragraph itself', () => {
    const text = `Can the council balance its budget? ${body}`;
    expect(rankSentences(text)[0]!.score).toBeGreaterThan(0);
  });

  it('skips a MailOnline-style header of bylines and time stamps', () => {
    const text = `By . Jane Smith . PUBLISHED: . 10:49 EST, 3 March 2014 . | . UPDATED: . 12:01 EST, 3 March 2014 . ${body}`;
    const summary = summarize(text, { sentences: 2 });
    expect(summary.sentences.map((s) => s.text)).toEqual([
      'The city council approved a new budget of $2 billion on Monday after a long debate.',
      'The budget raises spending on schools and public transport by ten percent.',
    ]);
  });

  it('never chooses a wire dateline; the lead after it is first', () => {
    const summary = summarize(WIRE, { sentences: 2 });
    expect(summary.sentences[0]!.text.startsWith('Leaders of China and five Central Asian countries')).toBe(true);
    for (const s of summary.sentences) expect(s.text).not.toContain('Reuters');
  });
});

describe('source tags before the lead are left out, like a dateline', () => {
  const story = 'A powerful earthquake struck off the coast of Chile on Tuesday. At least five people were killed, officials said.';
  // [text, the lead's text as reported]
  const cases: [string, string][] = [
    [`(CNN) -- ${story}`, 'A powerful earthquake struck off the coast of Chile on Tuesday.'],
    [`SANTIAGO, Chile (CNN) -- ${story}`, 'A powerful earthquake struck off the coast of Chile on Tuesday.'],
    [`SANTIAGO (AP) — ${story}`, 'A powerful earthquake struck off the coast of Chile on Tuesday.'],
    [`(EW.com) -- ${story}`, 'A powerful earthquake struck off the coast of Chile on Tuesday.'],
    [`SANTIAGO, Chile (AP) _ ${story}`, 'A powerful earthquake struck off the coast of Chile on Tuesday.'],
    [`SANTIAGO _ ${story}`, 'A powerful earthquake struck off the coast of Chile on Tuesday.'],
    // NEGATIVE: brackets without a dash, or not at the start, are story text
    [`Chile (a long country) was hit. ${story}`, 'Chile (a long country) was hit.'],
    [`The agency (USGS) said a powerful earthquake struck off the coast of Chile on Tuesday.`, 'The agency (USGS) said a powerful earthquake struck off the coast of Chile on Tuesday.'],
  ];
  for (const [text, lead] of cases) {
    it(JSON.stringify(text.slice(0, 40)), () => {
      const summary = summarize(text, { sentences: 2 });
      expect(summary.sentences[0]!.text).toBe(lead);
      checkShape(text, summary);
    });
  }
});

describe('rankSentences', () => {
  for (const [name, text] of [
    ['FLOODS', FLOODS],
    ['WIRE', WIRE],
    ['MATCH', MATCH],
    ['summit', summit],
  ] as const) {
    it(`${name}: every sentence once, in document order, ranks 1..n, offsets exact`, () => {
      const ranked = rankSentences(text);
      const { sentences } = segment(text);
      expect(ranked.map((s) => [s.index, s.start, s.end, s.paragraph])).toEqual(
        sentences.map((s) => [s.index, s.start, s.end, s.paragraph]),
      );
      expect(ranked.map((s) => s.rank).sort((a, b) => a - b)).toEqual(ranked.map((_, i) => i + 1));
      for (const s of ranked) {
        expect(text.slice(s.start, s.end)).toBe(s.text);
        expect(s.score).toBeGreaterThanOrEqual(0);
        expect(s.score).toBeLessThanOrEqual(1);
      }
      // a better score never ranks below a worse one
      const byRank = [...ranked].sort((a, b) => a.rank - b.rank);
      for (let i = 1; i < byRank.length; i++) expect(byRank[i - 1]!.score).toBeGreaterThanOrEqual(byRank[i]!.score);
    });
  }

  it('ranks the lead of a news story first', () => {
    for (const text of [FLOODS, WIRE, MATCH, summit]) {
      const first = rankSentences(text).find((s) => s.rank === 1)!;
      const lead = rankSentences(text).find((s) => s.score > 0)!;
      expect(first.index).toBe(lead.index);
    }
  });

  it('gives summarize the same scores and ranks', () => {
    const ranked = rankSentences(FLOODS);
    for (const s of summarize(FLOODS, { sentences: 4 }).sentences) {
      expect(ranked[s.index]).toEqual(s);
    }
  });
});

describe('inputs', () => {
  it('accepts a string, a VFile and a document with the same result', () => {
    const fromString = summarize(FLOODS);
    expect(summarize(new VFile(FLOODS))).toEqual(fromString);
    const doc = parse(FLOODS);
    expect(summarize(doc)).toEqual(fromString);
    expect(rankSentences(doc)).toEqual(rankSentences(FLOODS));
  });

  it('takes parse options with a string', () => {
    const text = 'date 2025-06-16 Leaders met in Astana on Monday. They signed a treaty of friendship.';
    expect(summarize(text).text.startsWith('Leaders')).toBe(true);
    expect(summarize(text, { dateline: false }).text.startsWith('date 2025-06-16')).toBe(true);
  });

  it('keeps offsets into text with CRLF line ends', () => {
    const crlf = FLOODS.replace(/\n/g, '\r\n');
    const summary = summarize(crlf, { sentences: 4 });
    checkShape(crlf, summary);
    expect(summary.sentences.map((s) => s.index)).toEqual(summarize(FLOODS, { sentences: 4 }).sentences.map((s) => s.index));
  });
});

describe('errors name the function, the option, the value and what is expected', () => {
  const cases: [() => unknown, ErrorConstructor, string][] = [
    [() => summarize(42 as never), TypeError, 'summarize: input must be a string, a VFile or a PrecisDocument, got 42'],
    [() => rankSentences(null as never), TypeError, 'rankSentences: input must be a string, a VFile or a PrecisDocument, got null'],
    [() => summarize('x', 'long' as never), TypeError, 'summarize: options must be an object or undefined, got "long"'],
    [() => summarize('x', { sentences: '3' as never }), TypeError, 'summarize: options.sentences must be a number, got "3"'],
    [() => summarize('x', { sentences: -1 }), RangeError, 'summarize: options.sentences must be an integer >= 0, got -1'],
    [() => summarize('x', { sentences: 2.5 }), RangeError, 'summarize: options.sentences must be an integer >= 0, got 2.5'],
    [() => summarize('x', { ratio: 1.5 }), RangeError, 'summarize: options.ratio must be a number from 0 to 1, got 1.5'],
    [() => summarize('x', { ratio: Number.NaN }), RangeError, 'summarize: options.ratio must be a number from 0 to 1, got NaN'],
    [() => summarize('x', { words: -5 }), RangeError, 'summarize: options.words must be an integer >= 0, got -5'],
    [
      () => summarize('x', { sentences: 2, words: 50 }),
      RangeError,
      'summarize: give one of options.sentences, options.ratio and options.words, got sentences and words',
    ],
    [() => summarize('x', { sentence: 2 } as never), RangeError, 'summarize: unknown option "sentence"'],
    [() => rankSentences('x', { sentences: 2 } as never), RangeError, 'rankSentences: unknown option "sentences"'],
    [
      () => summarize(parse('x'), { dateline: false }),
      RangeError,
      'summarize: options.dateline cannot change a document that is already parsed',
    ],
  ];
  for (const [call, type, message] of cases) {
    it(message, () => {
      expect(call).toThrow(type);
      expect(call).toThrow(message);
    });
  }
});

describe('never throws on any string', () => {
  const hard = [
    '',
    '\u0000\u0000',
    '\r\n\r\n\r\n',
    '\uD800 lone surrogate. \uDC00 another one.',
    '😀 emoji only 🎉. More emoji 🚀🚀.',
    'مرحبا بالعالم. هذا نص.',
    'word '.repeat(20_000),
    '. . . ! ? ... ;;;',
    "It's. It's. It's. It's.",
    `${'A sentence about the same thing. '.repeat(500)}`,
  ];
  for (const text of hard) {
    it(`${JSON.stringify(text.slice(0, 30))} (${text.length} chars)`, () => {
      for (const options of [undefined, { sentences: 2 }, { ratio: 0.5 }, { words: 10 }]) {
        const summary = summarize(text, options);
        checkShape(text, summary);
      }
      for (const s of rankSentences(text)) expect(text.slice(s.start, s.end)).toBe(s.text);
    });
  }

  it('any string, any budget (property)', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: 'binary', maxLength: 300 }),
        fc.oneof(
          fc.record({ sentences: fc.nat(6) }),
          fc.record({ ratio: fc.double({ min: 0, max: 1, noNaN: true }) }),
          fc.record({ words: fc.nat(60) }),
        ),
        (text, options) => {
          const summary = summarize(text, options);
          checkShape(text, summary);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('many sentences of news words (property)', () => {
    const word = fc.constantFrom('rain', 'city', 'council', 'the', 'said', 'on', 'Monday', 'floods', '2025', 'budget', 'of');
    const sentence = fc.array(word, { minLength: 1, maxLength: 12 }).map((w) => `${w.join(' ')}.`);
    fc.assert(
      fc.property(fc.array(sentence, { maxLength: 40 }), fc.nat(8), (sentences, n) => {
        const text = sentences.map((s) => s[0]!.toUpperCase() + s.slice(1)).join(' ');
        const summary = summarize(text, { sentences: n });
        checkShape(text, summary);
        expect(summary.sentences.length).toBeLessThanOrEqual(n);
      }),
      { numRuns: 200 },
    );
  });
});

describe('bounded work on long documents', () => {
  it('summarizes 10,000 sentences, comparing each with a bounded window', () => {
    const parts: string[] = [];
    for (let i = 0; i < 10_000; i++) parts.push(`Report ${i} says the river rose ${i % 97} centimetres near bridge ${i % 13}.`);
    const text = parts.join(' ');
    const t0 = performance.now();
    const summary = summarize(text, { ratio: 0.05 });
    const ms = performance.now() - t0;
    checkShape(text, summary);
    expect(summary.sentences.length).toBeGreaterThan(0);
    // all pairs would be 5 × 10⁷ comparisons; a window of 10 is 10⁵ (generous bound for slow machines)
    expect(ms).toBeLessThan(15_000);
  });
});
