// Known failures of `summarize`, kept instead of deleted. Each case is asserted
// to STILL fail: when a change fixes one, this test fails too, and the case
// moves to summarize.test.ts as a passing expectation.
import { describe, expect, it } from 'vitest';
import { summarize } from '../../src/summary/index.js';

interface Known {
  why: string;
  text: string;
  /** What a good summary would satisfy (currently false). */
  good: (chosen: string[]) => boolean;
}

const BACKLOG: Known[] = [
  {
    why: 'redundancy is lexical: a paraphrase with other words ("500 jobs" / "Five hundred workers ... posts") is not seen as a repeat',
    text:
      'The car maker cut 500 jobs at its Detroit plant on Monday, blaming weak sales. ' +
      "Five hundred workers lost their posts at the company's factory in Detroit this week because sales were weak. " +
      'Union leaders called the decision a betrayal of loyal staff. The plant opened in 1952 and once employed 9,000 people.',
    good: (chosen) => !(chosen.some((s) => s.startsWith('The car maker')) && chosen.some((s) => s.startsWith('Five hundred'))),
  },
  {
    why: 'a caption written as a full sentence, with no label and no credit, looks like story text',
    text:
      'The mayor opened the new bridge on Saturday.\n\n' +
      'Rescue workers carry a resident through flood water in the town centre on Tuesday.\n\n' +
      'The bridge cost $40 million and took three years to build. It links the two halves of the town for the first time since the old bridge fell in 2019. ' +
      'Traffic on the bridge is expected to reach 20,000 cars a day.',
    good: (chosen) => !chosen.some((s) => s.startsWith('Rescue workers carry')),
  },
  {
    why: 'a standfirst and a byline run into the lead with no punctuation (scraped pages): the lead is chosen with them',
    text:
      'Council approves budget\n\n' +
      'Spending rises for schools and buses Ann Lee and Tom Hall / The Daily Courier The city council approved a budget of $2 billion on Monday. ' +
      'The budget raises spending on schools by ten percent. Council members voted 7 to 2 in favour.',
    good: (chosen) => chosen.some((s) => s.startsWith('The city council approved')),
  },
  {
    why: 'a dateline in capitals with no dash before the lead ("WASHINGTON Prosecutors said ...") is not told from an acronym that opens a sentence ("NASA Administrator ..."), so it stays in the lead',
    text:
      'WASHINGTON Prosecutors questioned the former aide for four hours on Thursday about the campaign funds. ' +
      'The aide met them in his lawyer\'s office. His book about the campaign is being turned into a film.',
    good: (chosen) => chosen.some((s) => s.startsWith('Prosecutors questioned')),
  },
  {
    why: 'a picture credit with no label opening a sentence ("Jane Roe / Getty Images Hate the new tax?") is chosen as story text',
    text:
      'Jane Roe / Getty Images Hate the new tax on sugary drinks?\n\n' +
      'The city council approved a tax on sugary drinks on Monday after a long debate. ' +
      'The tax raises money for schools. Council members voted 7 to 2 in favour of the plan.',
    good: (chosen) => !chosen.some((s) => s.startsWith('Jane Roe')),
  },
  {
    why: 'a headline-like lead that opens with a credit label, "by" and a name ("Photograph by Ansel Adams sells ...") reads as a picture credit (review of the wire-copy round)',
    text:
      'Photograph by Ansel Adams sells for $1 million at auction in New York. ' +
      'The print of a moonrise over a village was bought by a private collector. The seller had owned it since 1970.',
    good: (chosen) => chosen.some((s) => s.startsWith('Photograph by Ansel Adams')),
  },
  {
    why: 'a law named by its year after "Copyright" ("Copyright 1976 Act changes ...") reads as a rights line: the word after the year is capitalized like an owner\'s name (review of the wire-copy round)',
    text:
      'Copyright 1976 Act changes are due in Congress this year, lawyers for the music industry say. ' +
      'The changes would cover songs streamed online. Artists have lobbied for them since 2010.',
    good: (chosen) => chosen.some((s) => s.startsWith('Copyright 1976 Act')),
  },
  {
    why: 'a short story line that ends in a handoff phrase after a two-word name of a company or a club ("Exxon Mobil reports in Houston.", "Apple Computer has more.") reads as a handoff to a reporter: a name alone does not tell a person (review of the wire-copy round)',
    text:
      'Oil companies report their results this week. Exxon Mobil reports in Houston.',
    good: (chosen) => chosen.some((s) => s === 'Exxon Mobil reports in Houston.'),
  },
  {
    why: 'a story sentence shaped like a sign-off, "For <name>, this is <name> at ..." ("For Apple, this is Tim Cook at his best."), reads as one: the programme and the place are names and "at" like a sign-off\'s (review of the wire-copy round)',
    text: 'Apple showed its new phone on Monday in California. For Apple, this is Tim Cook at his best on the stage.',
    good: (chosen) => chosen.some((s) => s.startsWith('For Apple, this is')),
  },
  {
    why: 'initials of four letters before a colon ("NASA: The probe is healthy ...") read as a place in capitals, as Gulf and Asian wires write datelines ("DOHA: ", "ROME: "), so the source of the claim is left out of the lead (review of the wire-copy round)',
    text: 'NASA: The probe is healthy and sending data home from Mars. Engineers fixed a fault in its radio last week.',
    good: (chosen) => chosen.some((s) => s.startsWith('NASA: The probe')),
  },
];

describe('summary backlog (known failures, asserted to still fail)', () => {
  for (const known of BACKLOG) {
    it(known.why, () => {
      const chosen = summarize(known.text, { sentences: 2 }).sentences.map((s) => s.text);
      expect(known.good(chosen)).toBe(false);
    });
  }
});
