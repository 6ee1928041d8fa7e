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
];

describe('summary backlog (known failures, asserted to still fail)', () => {
  for (const known of BACKLOG) {
    it(known.why, () => {
      const chosen = summarize(known.text, { sentences: 2 }).sentences.map((s) => s.text);
      expect(known.good(chosen)).toBe(false);
    });
  }
});
