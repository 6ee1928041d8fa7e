import { describeRows, describeWordSequences } from './news-harness.js';
import { NEWS } from './news.js';

describeRows('extractDates: unseen news under a Monday, a Wednesday and a Friday reference (round 11)', NEWS);

// The round's rules read these words: any sequence of them keeps every span true to the text and no two mentions
// overlapping (the property found "for year end-June 2013" reading "end" twice).
const ROUND_WORDS = [
  '2024', '-', '/', '25', 'Q1', 'FY25', 'H1', 'the', 'new', 'year', 'New', "Year's", 'Eve', 'Sunday', 'Times', 'Mail', 'on',
  'until', 'by', 'to', 'respond', 'every', 'second', 'Tuesday', 'of', 'month', 'midnight', 'after', '6am', '9pm', 'a.m.',
  '00:01', '2-1', '4-3-3', 'ET', 'week', 'beginning', '7', 'July', 'ending', 'quarter', 'ended', 'Sept.', '30', ',', ';',
  'and', 'is', 'will', 'could', 'In', 'January', 'figures', 'for', 'May', 'end-2026', 'end-March', '90s', 'runs', 'autumn',
  'next', 'open', 'at', 'Polls', 'sheep', '2013', 'elections', '.', 'Monday', 'Saturday', '5pm', 'late', 'a', 'day',
];

describeWordSequences('extractDates: sequences of the round 11 words', ROUND_WORDS, 11);
