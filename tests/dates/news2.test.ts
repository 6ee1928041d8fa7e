import { describeNothing, describeRows, describeWordSequences } from './news-harness.js';
import { NEGATIVE2, NEWS2 } from './news2.js';

describeRows('extractDates: news registers of round 12 under a Monday, a Wednesday and a Friday reference', NEWS2);

describeNothing('extractDates: what round 12 must not read as a date', NEGATIVE2);

// The round's rules read these words: any sequence of them keeps every span true to the text and no two mentions
// overlapping.
const ROUND_WORDS = [
  'the', 'a', 'last', 'final', 'quarter', 'of', '2004', 'year', 'end', 'middle', 'decade', 'century', 'prior', '-', 'period',
  'six', 'ten', "o'clock", 'half', 'past', 'to', 'twenty', 'at', 'in', '2:03:45', 'John', '3:16', '08:02', ':', 'rose', '12',
  'points', '2653', '$', '5', '%', 'week', 'ended', 'Tuesday', 'continues', 'until', 'January', 'million', 'is', 'from', '2150',
];

describeWordSequences('extractDates: sequences of the round 12 words', ROUND_WORDS, 12);
