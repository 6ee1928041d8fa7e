// Review of round 12: round 12's rules tried on text they were not made for (sport, history, recipes, scripture,
// markets tables, transcripts, lyrics, TV listings), each under the three references of round 11 (Monday 16,
// Wednesday 18, Friday 20 June 2025) and read against the contract (docs/dates.md, "Review of round 12"). The rows
// each mend made right, and the rows it must keep, both ways: [reference, text, ...every mention as [text, value]];
// ALL for the three references when they give the same. What is still read otherwise is in the backlog
// (tests/dates/backlog.ts, "review of round 12").
import { ALL } from './news.js';

export const REVIEW12: [string, string, ...[string, string][]][] = [
  // "the last quarter of …": the fourth only of a year; of a century or an hour a length; of anything else nothing
  [ALL, 'The industry has changed more in the past quarter of a century than in the hundred years before.', ['the past quarter of a century', 'P25Y']],
  [ALL, 'Over the last quarter of a century, the city has doubled in size.', ['the last quarter of a century', 'P25Y']],
  [ALL, 'They took the lead in the last quarter of an hour.', ['the last quarter of an hour', 'PT15M']],
  [ALL, 'In the last quarter of the 20th century, inflation fell sharply.', ['the 20th century', '19']],
  [ALL, 'Sales rose 4% in the last quarter of 2024.', ['the last quarter of 2024', '2024-Q4']],
  [ALL, 'Profits rose in the last quarter, and in the last quarter of 2024.', ['the last quarter', '2025-Q1'], ['the last quarter of 2024', '2024-Q4']],
  [ALL, 'The last quarter of the year is usually the busiest for retailers.', ['The last quarter of the year', '2025-Q4']],
  [ALL, 'Deliveries slowed in the final quarter of last year, the company said.', ['the final quarter of last year', '2024-Q4']],
  [ALL, 'The city has grown for a quarter of a century.', ['a quarter of a century', 'P25Y']],
  [ALL, 'Shares fell in the latest quarter of trading.', ['the latest quarter', '2025-Q1']],
  // a number after a change and "to" is a level reached, but a year's level is a year ("to 2019 levels", "to 2024's record")
  [ALL, 'Spending climbed 12% to 2019 levels, the ONS said.', ['2019', '2019']],
  [ALL, 'Shares rose 3% to 2024 highs.', ['2024', '2024']],
  [ALL, "Sales increased by 5% to 2024's record.", ['2024', '2024']],
  [ALL, 'Prices fell 2% to 2021 levels in May.', ['2021', '2021'], ['May', '2025-05']],
  [ALL, 'Temperatures rose to 2015 levels.', ['2015', '2015']],
  [ALL, 'The count rose by 12 to 2040 in 2023.', ['2023', '2023']],
  [ALL, 'They pushed the deadline back 2 years to 2030.', ['2 years', 'P2Y'], ['2030', '2030']],
  // "at 5 p.m. local time, Wednesday": the comma after "local time" does not part the clock from its day
  [ALL, 'The blast happened around 8 a.m. local time, Monday.', ['8 a.m. local time, Monday', '2025-06-16T08:00']],
  ['2025-06-16', 'The summit ends at 5 p.m. local time, Wednesday.', ['5 p.m. local time, Wednesday', '2025-06-18T17:00']],
  ['2025-06-18', 'The summit ends at 5 p.m. local time, Wednesday.', ['5 p.m. local time, Wednesday', '2025-06-18T17:00']],
  ['2025-06-20', 'The summit ends at 5 p.m. local time, Wednesday.', ['5 p.m. local time, Wednesday', '2025-06-25T17:00']],
  ['2025-06-16', 'The plane landed at 6:10 a.m. local time Monday.', ['6:10 a.m. local time Monday', '2025-06-16T06:10']],
  ['2025-06-18', 'The summit ends at 5 p.m. local time, and talks resume on Wednesday.', ['5 p.m.', '2025-06-18T17:00'], ['Wednesday', '2025-06-18']],
  // an hour as written ("two o'clock", "half past six") on a day's afternoon, evening or night is that part's hour;
  // a stated clock on "Saturday evening" keeps its minutes (the day's part alone was given)
  ['2025-06-16', "The attack happened at about two o'clock yesterday afternoon.", ["two o'clock yesterday afternoon", '2025-06-15T14:00']],
  ['2025-06-20', "The attack happened at about two o'clock yesterday afternoon.", ["two o'clock yesterday afternoon", '2025-06-19T14:00']],
  ['2025-06-18', "We met at three o'clock this afternoon.", ["three o'clock this afternoon", '2025-06-18T15:00']],
  ['2025-06-18', "We met at 3 o'clock this afternoon.", ["3 o'clock this afternoon", '2025-06-18T15:00']],
  ['2025-06-18', "The shooting happened at ten o'clock on Friday night.", ["ten o'clock on Friday night", '2025-06-13T22:00']],
  ['2025-06-18', 'We start at half past six on Saturday evening.', ['half past six on Saturday evening', '2025-06-14T18:30']],
  ['2025-06-18', 'We start at 6:30pm on Saturday evening.', ['6:30pm on Saturday evening', '2025-06-14T18:30']],
  ['2025-06-18', "At nine o'clock this morning, the doors opened.", ["nine o'clock this morning", '2025-06-18T09:00']],
  [ALL, "The raid began at two o'clock on Saturday night.", ["two o'clock on Saturday night", '2025-06-14T02:00']],
  [ALL, "He rang at twelve o'clock on Sunday afternoon.", ["twelve o'clock on Sunday afternoon", '2025-06-15T12:00']],
  // "the end of the decade/century" is the one named before it in its sentence (history writing), else the reference's
  [ALL, 'Writing about the 1890s, she notes that by the end of the decade the railways had reached every town.', ['the 1890s', '189'], ['the end of the decade', '189']],
  [ALL, 'In the 1960s the city grew fast, and by the end of the decade it had a new airport.', ['the 1960s', '196'], ['the end of the decade', '196']],
  [ALL, 'The 14th century was a time of plague, and by the end of the century the population had halved.', ['The 14th century', '13'], ['the end of the century', '13']],
  [ALL, 'The nineteenth century began in peace, but by the middle of the century Europe was in revolt.', ['The nineteenth century', '18'], ['the middle of the century', '18']],
  [ALL, 'The 1890s were hard. By the end of the decade, the reference is ours again.', ['The 1890s', '189'], ['the end of the decade', '202']],
  [ALL, 'Sea levels have risen 20cm since 1900 and could rise a metre by the end of the century.', ['1900', '1900'], ['the end of the century', '20']],
  [ALL, 'The government aims to halve emissions by the end of the decade.', ['the end of the decade', '202']],
  // "o'clock" before "position", "direction", "shadow" is a bearing or an idiom; before other words a time
  ['2025-06-18', "The protest began at eleven o'clock on Saturday.", ["eleven o'clock on Saturday", '2025-06-14T11:00']],
  ['2025-06-18', "They met at 5 o'clock in the square.", ["5 o'clock", '2025-06-18T05:00']],
  // "prior-year" after "the" or a possessive is the year before; after "a" some year before, no date
  [ALL, 'Revenue rose 8% from the prior-year period.', ['the prior-year period', '2024-Q1']],
  [ALL, 'The prior-year champion was knocked out in the first round.', ['prior-year', '2024']],
  // "a quarter to three" after "it's" (read without its "'s"), as after "it is" (song lyrics, transcripts)
  ['2025-06-16', "It's a quarter to three, there's no one in the place except you and me.", ['a quarter to three', '2025-06-16T02:45']],
  ['2025-06-20', "It's a quarter to three, there's no one in the place except you and me.", ['a quarter to three', '2025-06-20T02:45']],
  ['2025-06-18', 'It is a quarter to one.', ['a quarter to one', '2025-06-18T12:45']],
  ['2025-06-18', 'He was arrested at 2:30 a.m. local time on Monday.', ['2:30 a.m. local time on Monday', '2025-06-16T02:30']],
  ['2025-06-20', 'He was arrested at 2:30 a.m. local time on Monday.', ['2:30 a.m. local time on Monday', '2025-06-16T02:30']],
  // a past verb of lasting before "until"/"through" ends a past stretch, no deadline ahead (two older backlog rows too)
  ['2025-06-16', 'The rain lasted until Tuesday.', ['Tuesday', '2025-06-10']],
  ['2025-06-18', 'The rain lasted until Tuesday.', ['Tuesday', '2025-06-17']],
  ['2025-06-16', 'The festival continued through the weekend despite the rain.', ['the weekend', '2025-W24-WE']],
  ['2025-06-16', 'Negotiators worked through the weekend.', ['the weekend', '2025-W24-WE']],
  ['2025-06-16', 'The show ran until the 30th.', ['the 30th', '2025-05-30']],
  ['2025-06-18', 'He stayed until Thursday.', ['Thursday', '2025-06-12']],
  ['2025-06-16', 'The vote was delayed until Tuesday.', ['Tuesday', '2025-06-17']],
  ['2025-06-16', 'The heatwave continues until Friday, forecasters said.', ['Friday', '2025-06-20']],
  ['2025-06-16', 'The exhibition continues until 12 January.', ['12 January', '2026-01-12']],
];

export const NEGATIVE_REVIEW12: string[] = [
  'He scored twice in the last quarter of the game.',
  'He scored in the last quarter of the game.',
  'The last quarter of the film drags.',
  'Only the last quarter of the pie was left.',
  'The last quarter-century has seen huge change.',
  'The Lakers led for most of the final quarter of Game 7.',
  'The index climbed 30 points to 1990 before falling back.',
  'Scores rose 5 points to 2024 in the survey.',
  'The population grew 5% to 2010 in the village.',
  'The membership rose by 40 to 2015.',
  "Move the dial to the two o'clock position.",
  "The ball was struck from the 3 o'clock position.",
  "I have a five o'clock shadow by lunchtime.",
  'He was cleared of a prior-year conviction.',
];
