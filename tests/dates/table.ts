// Table of real sentences with the mentions extractDates must return, under a
// fixed reference date: Monday 2025-06-16. Each row: the text, then every
// mention expected, in order, as [text, value] or [text, value, extra].
export const REF = '2025-06-16';

type Row = [string, ...[string, string, Record<string, unknown>?][]];

export const POSITIVE: Row[] = [
  // absolute dates in every common written form
  ['The treaty was signed on 2025-06-16 in Astana.', ['2025-06-16', '2025-06-16']],
  ['It was signed on 16 June 2025.', ['16 June 2025', '2025-06-16']],
  ['It was signed on June 16, 2025, in Astana.', ['June 16, 2025', '2025-06-16']],
  ['The form is dated 6/16/2025.', ['6/16/2025', '2025-06-16']],
  ['Der Vertrag: 16.06.2025.', ['16.06.2025', '2025-06-16']],
  ['Logged 2015.05.25 by the clerk.', ['2015.05.25', '2015-05-25']], // year first with dots
  ['The term ran November 1,2001- March 31,2002 in full.', ['November 1,2001- March 31,2002', '2001-11-01/2002-03-31']], // day and year in one token
  ['Rome was hot in 2024 AD August.', ['2024 AD August', '2024-08']], // a year with its era, then its month
  ['Protests ran Friday afternoon to last night.', ['Friday afternoon to last night', '2025-06-13/2025-06-15TNI', { interval: { start: '2025-06-13T12:00', end: '2025-06-15T23:59' } }]], // parts of days join with "to"
  ['He came Friday afternoon to help.', ['Friday afternoon', '2025-06-13']],
  ['The vote is 2 months before 02/02.', ['2 months before 02/02', '2024-12-02']], // a month/day pair after a duration and "before", ending the clause
  ['The vote is 2 months before 02/02/ in the hall.', ['2 months', 'P2M']], // a slash touching the pair carries it on: no closed day
  ['The deadline was August 10, 345 BC.', ['August 10, 345 BC', 'BC0345-08-10', { granularity: 'day', interval: { start: '-0344-08-10', end: '-0344-08-10' } }]], // before the common era: ISO's year -344
  ['It fell on 10 August 234 BCE.', ['10 August 234 BCE', 'BC0234-08-10']],
  ['He wrote in March 44 BC.', ['March 44 BC', 'BC0044-03', { interval: { start: '-0043-03-01', end: '-0043-03-31' } }]],
  ['The probe lands Jan 1 3000, 9:30.', ['Jan 1 3000, 9:30', '3000-01-01T09:30']], // after a day and a month, any four digits closing the date are its year (from the backlog)
  ['The licence runs to 31 December 9999.', ['31 December 9999', '9999-12-31']],
  ['On May 5 3000 protesters marched.', ['May 5', '2025-05-05']], // past 2999 a year must close the date: here it counts people
  ['On May 5 3000-strong crowds gathered.', ['May 5', '2025-05-05']], // a hyphen touching the four digits carries them on: a count, not a closing year
  ['On 5 May 3000-strong crowds gathered.', ['5 May', '2025-05-05']],
  ['On May 5 3000-metre runners raced.', ['May 5', '2025-05-05']],
  ['The probe lands May 5 3000.', ['May 5 3000', '3000-05-05']], // a period closes it
  ['The EU May summit was cancelled.', ['May', '2025-05']], // an acronym before "May" says nothing of a name
  ['The BBC May report said so.', ['May', '2025-05']],
  ['ANALYSTS SAID MAY SALES ROSE.', ['MAY', '2025-05']], // nor does a word of an upper-case text
  ['After Easter May brings rain.', ['Easter', '2025-04-20'], ['May', '2025-05']], // nor a holiday or a season
  ['Rain came After Summer May brought.', ['Summer', '2025-SU'], ['May', '2025-05']],
  ['In January, May and June sales rose.', ['January', '2025-01'], ['May', '2025-05'], ['June', '2025-06']], // months make no headline
  ['Rates Rose In May', ['May', '2025-05']], // in a headline a cue still makes it the month
  ['The fair is on April 24 and 25, 3000.', ['April 24', '2025-04-24'], ['25, 3000', '3000-04-25']], // a listed day's year may run past 2999 too, as after "April 24-25"
  ["International Women's Day is this coming Sunday, June 22nd.", ['this coming Sunday, June 22nd', '2025-06-22']], // round 8: "this coming" spans its "this"; a directed weekday before a date is part of it (TimeBank)
  ['It is the coming Sunday.', ['the coming Sunday', '2025-06-22']],
  ['MPs vote next Thursday, 26 June.', ['next Thursday, 26 June', '2025-06-26']],
  ['The bar stays open from 11pm to 2am.', ['11pm to 2am', '2025-06-16T23:00/2025-06-17T02:00']], // round 8: a second clock before the first is on the next day
  ['The show airs 23:00 - 01:00.', ['23:00 - 01:00', '2025-06-16T23:00/2025-06-17T01:00', { interval: { start: '2025-06-16T23:00', end: '2025-06-17T01:00' } }]],
  ['Polls close at 2200 GMT.', ['2200 GMT', '2025-06-16T22:00Z']], // round 8: a four-digit 24-hour clock before a zone, as wire news writes it (BBC, 111 times)
  ['The strike began at 2100GMT.', ['2100GMT', '2025-06-16T21:00Z']], // the zone glued to the digits
  ['The rally starts at 1830 local time.', ['1830', '2025-06-16T18:30']], // "local time" makes it a clock, outside the span
  ['A curfew runs between 2200 and 0700.', ['2200 and 0700', '2025-06-16T22:00/2025-06-17T07:00', { type: 'time' }]], // no zone: an end opening with a zero, which no year does
  ['Talks ran from 1700-1900 GMT.', ['1700-1900 GMT', '2025-06-16T17:00Z/2025-06-16T19:00Z']], // the first end shares the second's zone
  ['The club was founded in 1830.', ['1830', '1830']], // alone, four digits stay a year
  ['In 2006 IST Group was sold to a rival.', ['2006', '2006']], // review of round 8: after "in", "since", "during" four digits are a year, the capitals after them a name
  ['Since 2001 PT Telkom has grown fast.', ['2001', '2001']],
  ['Trading was halted since 0600 GMT.', ['0600 GMT', '2025-06-16T06:00Z']], // a clock opening with a zero stays a clock
  ['Turkey is to relaunch its currency on Saturday.', ['Saturday', '2025-06-21']], // round 8: the be-to future is a plan ahead (BBC: "is to open on 15 April"; TimeBank)
  ['Rapper Eminem is to play an intimate gig in London on Saturday.', ['Saturday', '2025-06-21']],
  ['The currency was relaunched on Saturday.', ['Saturday', '2025-06-14']],
  ['Nobody is to blame for the defeat on Saturday.', ['Saturday', '2025-06-14']], // review of round 8: "is to blame" (at fault) is no be-to plan
  ['The coach is to blame for the crash on Friday, fans said.', ['Friday', '2025-06-13']],
  ['The quarter-to-quarter comparison was enhanced by charges taken in the year-earlier period.', ['The quarter', '2025-Q1'], ['the year-earlier period', '2024-Q1']], // round 8: "quarter-to-quarter" still names the quarter in focus (TimeBank)
  ['Analysts expect the quarter point cut next quarter.', ['next quarter', '2025-Q3']], // review of round 8: the first "quarter" a fraction of a point
  ['Profits rose for a quarter.', ['a quarter', 'P1Q']], // round 8: after another preposition "a quarter" stays three months
  ['Islam will one day be the second largest religion.', ['one day', 'FUTURE_REF']], // round 8: "one day" after a modal, "to" or a subject is "some day" (TimeBank, BBC)
  ["It's the ambition of so many players to one day be captain of England.", ['one day', 'FUTURE_REF']],
  ['He had only been in the job one day.', ['one day', 'P1D']], // a length elsewhere
  ['The action followed by one day an announcement.', ['one day', 'P1D']],
  ['The delay could be up to one day.', ['up to one day', 'P1D']], // review of round 8: "to" a preposition before "one day" leaves its length
  ['The strike was cut to one day.', ['one day', 'P1D']],
  ['The notice was reduced from three days to one day.', ['three days', 'P3D'], ['one day', 'P1D']],
  ['The festival was shortened to one day this year.', ['one day', 'P1D'], ['this year', '2025']],
  ["I'll give you one day to decide, he said.", ['one day', 'P1D']], // a pronoun as the object, not a subject: a length
  ['In the future, prices will rise.', ['the future', 'FUTURE_REF']], // round 8: after a preposition, or before a verb, "the future" is the time
  ['The future looked bleak for the club.', ['The future', 'FUTURE_REF']], // review of round 8: a past form, an adverb or a verb in -s after it is no noun "future" modifies
  ['The future depends on the talks.', ['The future', 'FUTURE_REF']],
  ['Investors see the future differently.', ['the future', 'FUTURE_REF']],
  ['Nobody can say what the future he promised will cost.', ['the future', 'FUTURE_REF']],
  ['People are worried about the future and fear war.', ['the future', 'FUTURE_REF']],
  ['In 2004 California Street was paved.', ['2004', '2004']], // round 8: after "in" a year before a street stays a year
  ["Roxy Music will appear at June's Isle of Wight festival.", ["June", '2025-06']], // round 8: possessive, after an article or a number, the month stays
  ['Tuilagi is captain for the three November Tests.', ['November', '2025-11']],
  ['In September Spears toured Europe.', ['September', '2024-09']],
  ['Tourists will not return until the fourth quarter of next year.', ['the fourth quarter of next year', '2026-Q4']], // round 8: a quarter or a half "of last/next/this year" is one mention (BBC)
  ['Sales fell in the first quarter of last year.', ['the first quarter of last year', '2024-Q1']],
  ['Growth should pick up in the second half of next year.', ['the second half of next year', '2026-H2']],
  ['The series began two and a half years ago.', ['two and a half years ago', '2022-12']], // round 8: a fraction of a year ago counts in months (KPCrowd: "2 1/2 years ago" was PAST_REF)
  ['He left a year and a half ago.', ['a year and a half ago', '2023-12']],
  ['It began 2 1/2 years ago.', ['2 1/2 years ago', '2022-12']],
  ['Rescuers arrived a minute and a half later.', ['a minute and a half', 'PT1M30S']], // the length before "later", as TimeBank spans it
  ['He and Arafat meet separately Monday with Albright.', ['Monday', '2025-06-16']], // round 8: a scheduled event in the simple present looks ahead (TimeBank; BBC: "ministers meet on Thursday", "the Australian Open, which begins on 17 January")
  ['European Union finance ministers meet on Thursday to discuss aid.', ['Thursday', '2025-06-19']],
  ['The festival begins on Wednesday.', ['Wednesday', '2025-06-18']],
  ['The ministers did not meet on Thursday.', ['Thursday', '2025-06-12']],
  ['The two sides met on Saturday.', ['Saturday', '2025-06-14']],
  ['They meet at Noon on Friday.', ['Noon on Friday', '2025-06-20T12:00']], // round 8: after a lower-case word "Noon" stays the hour
  ["Friday's Noon deadline passed quietly.", ["Friday's Noon", '2025-06-13T12:00']], // review of round 8: a weekday's possessive is a time's, no name's
  ["Sunday's Today programme covered it.", ['Sunday', '2025-06-15']], // and "programme" still makes "Today" a title
  ['He scored in the last minute of the game.', ['the last minute', 'PT1M']], // round 8: "the last minute" of something stays its length
  ['Turnout fell before the 2 November presidential election.', ['2 November', '2024-11-02']], // round 8: before a day and a month the article is the noun's, as in "the Oct. 23 slaying"
  ['The minutes came out just three weeks after the 14 December meeting.', ['three weeks after the 14 December', '2025-01-04']], // a duration moves a day across the noun's article, as across none
  ['He died three weeks before the March 15 election.', ['three weeks before the March 15', '2025-02-22']],
  ['In 5 Minutes A car need to move', ['5 Minutes', 'PT5M']], // after a preposition a capitalized unit is the length (chrono's suite)
  ['He was born on the 5th of May.', ['the 5th of May', '2025-05-05']],
  ['In 1998 Honda recalled its cars.', ['1998', '1998']], // round 8: after a preposition of time the year before a make stays a year
  ['The 1987 Wall Street crash wiped out savings.', ['1987', '1987']], // review of round 8: after a determiner or a possessive a number before a street's name is a year
  ['He recalled his 1999 Downing Street speech.', ['1999', '1999']],
  ['The 2010 Toyota recall cost the firm billions.', ['2010', '2010']], // review of round 8: before the make's event (a lower-case content word) the year is its time
  ['Output fell during the 1998 Ford strike.', ['1998', '1998']],
  ['The 1996 Ford Foundation report was cited.', ['1996', '1996']], // and before a firm's word after the make ("Ford Motor", "Ford Foundation")
  ['Profits rose in recent quarters.', ['recent quarters', 'PXQ']], // round 8: "in recent quarters" and "the minutes before" stay times
  ['In the minutes before the crash he called.', ['minutes', 'PTXM']],
  ['The score changed in the last minutes of the match.', ['the last minutes', 'PTXM']],
  ['He kept his 1998-era car.', ['1998', '1998']], // round 8: a year before a hyphen and another noun stays a year
  ['Sales rose in Summer 2004.', ['Summer 2004', '2004-SU']], // round 8: a season capitalized before a year, or alone, stays the season
  ['Sales rose in the Summer.', ['the Summer', '2025-SU']],
  ['The Deadline is Tomorrow', ['Tomorrow', '2025-06-17']], // round 8: capitalized alone after a verb it is still the day (chrono's suite)
  ["He spoke on Wednesday's Today programme.", ['Wednesday', '2025-06-11']],
  ['PLEASE CALL TODAY AND BOOK.', ['TODAY', '2025-06-16']], // in an upper-case text the capitals say nothing
  ['The Communist Party daily Granma praised him.', ['daily', 'P1D']], // round 8: in lower case the newspaper "daily" stays a set, as AQUAINT writes it; capitalized before a name it is a title
  ['Daily, he walks to the office.', ['Daily', 'P1D']],
  ['Talks will resume in mid-March.', ['mid-March', '2026-03', { mod: 'MID' }]], // round 8: the modifier before a hyphen is the month's cue (BBC, KPCrowd)
  ['Prices peaked by late-May.', ['late-May', '2025-05', { mod: 'END' }]],
  ['The Smith-May report came out in June 2004.', ['June 2004', '2004-06']], // round 8: "Smith-May" is a name (a month after "Jan-" or "Mid-" is not one)
  // round 8: "a quarter of" a group or an amount is a fraction; of a century or an hour, a length of time
  ['Davis led the band for a quarter of a century.', ['a quarter of a century', 'P25Y']],
  ['The queue moved in three quarters of an hour.', ['three quarters of an hour', 'PT45M']],
  ['Growth slowed over the past two quarters of the year.', ['the past two quarters', 'P2Q'], ['the year', '2025']],
  ['The firm grew for two quarters of 2004.', ['two quarters', 'P2Q'], ['2004', '2004']],
  ['Pupils came on April 24 and 25-year-olds too.', ['April 24', '2025-04-24'], ['25-year', 'P25Y']], // a hyphen after the listed day carries it on
  ['Staff marched in June 3000 strong.', ['June', '2025-06']], // after a month alone, four digits past 2999 are a count
  ['Filed /05/25/2015 late.', ['05/25/2015', '2015-05-25']], // a stray slash after a space
  ['Filed 05/31/2024.14:15 by the clerk.', ['05/31/2024.14:15', '2024-05-31T14:15', { type: 'time' }]], // a clock glued to the date
  ['Filed 05/31/2024:14:15 by the clerk.', ['05/31/2024:14:15', '2024-05-31T14:15']],
  ['Filed August/10/2012 and August-10-2012.', ['August/10/2012', '2012-08-10'], ['August-10-2012', '2012-08-10']],
  ['The talks resume Jun. 18 in Geneva.', ['Jun. 18', '2025-06-18', { inferred: ['year'] }]],
  ['Talks opened on Monday, June 16, 2025.', ['Monday, June 16, 2025', '2025-06-16']],
  ['He was born on the 4th of July, 1990.', ['the 4th of July, 1990', '1990-07-04']],
  ['The fair ran Eighth to eleventh May 2010.', ['Eighth to eleventh May 2010', '2010-05-08/2010-05-11']], // days in words need a year
  ['It closed on Eighth May 2010.', ['Eighth May 2010', '2010-05-08']],
  ['It was the second May 2010 vote.', ['May 2010', '2010-05']], // after "the" an ordinal word counts votes
  ['He left the day before last Tuesday.', ['the day before last Tuesday', '2025-06-09']], // a day next to a day
  ['They met the day after Christmas.', ['the day after Christmas', '2024-12-26']],
  ['The summit is on April 24 and 25.', ['April 24', '2025-04-24'], ['25', '2025-04-25']], // a listed day (from the backlog)
  ['The summit is on April 24 and 25', ['April 24', '2025-04-24'], ['25', '2025-04-25']], // a listed day at the end of the text
  ['They agreed a 10‐year plan.', ['10‐year', 'P10Y']], // a hyphen (U+2010) after a number
  ['Talks run on 10‑12 June.', ['10‑12 June', '2025-06-10/2025-06-12']], // a non-breaking hyphen (U+2011) in a range
  ['Polls close at 23.00 (GMT).', ['23.00 (GMT)', '2025-06-16T23:00Z']], // a dotted clock, its zone in parentheses
  ['Votes are due May 3 or 4.', ['May 3', '2026-05-03'], ['4', '2026-05-04']], // "due" looks ahead: both days
  ['It opens Jan 1, 2026 Morning UTC.', ['Jan 1, 2026 Morning UTC', '2026-01-01', { interval: { start: '2026-01-01T06:00', end: '2026-01-01T11:59' } }]], // a part and a zone join a day; the value stays the day
  ['Filed Wednesday, September 16, 2020, EST.', ['Wednesday, September 16, 2020, EST', '2020-09-16']],
  ['Talks resume next week EST.', ['next week EST', '2025-W26']], // a zone after a week joins it too; the value stays the week
  ['Markets reopen next week, EST said.', ['next week', '2025-W26']], // after a comma the zone must end the phrase
  ['The June 16 night shifts were cut.', ['June 16', '2025-06-16']], // a noun after the part: no part
  ['Polls closed September 16, 2020 at 23.00+14.', ['September 16, 2020 at 23.00+14', '2020-09-16T23:00+14:00']], // a numeric offset glued to the clock
  ['The feed restarts at 23:00+0530.', ['23:00+0530', '2025-06-16T23:00+05:30']],
  ['Published: 10:30 (gmt-2:30).', ['10:30 (gmt-2:30)', '2025-06-16T10:30-02:30']], // a zone in parentheses joins the clock
  ['Talks start at 11 am GMT+0900 (JST).', ['11 am GMT+0900 (JST)', '2025-06-16T11:00+09:00']], // the first zone stated is kept
  ['The vote ended at 10:30 (Reuters).', ['10:30', '2025-06-16T10:30']], // no zone in the parentheses: left out
  ['Posted 8:23 AM · Jun 9.', ['8:23 AM · Jun 9', '2025-06-09T08:23']], // a post's timestamp: a middle dot between time and day
  ['We meet 24 October 10 o clock.', ['24 October 10 o clock', '2025-10-24T10:00']], // "o clock" without its apostrophe
  ['The vote is at 10 oclock.', ['10 oclock', '2025-06-16T10:00']],
  ['Logged Thu Oct 26 11:00:09 EDT 2023 by the server.', ['Thu Oct 26 11:00:09 EDT 2023', '2023-10-26T11:00:09-04:00', { inferred: [] }]], // a year after a timestamp's clock
  ['The log reads Thu Oct 26, 10:00 - 11:00:09 2023.', ['Thu Oct 26, 10:00 - 11:00:09 2023', '2023-10-26T10:00/2023-10-26T11:00:09', { parts: [{ value: '2023-10-26T10:00' }, { value: '2023-10-26T11:00:09' }] }]],
  ['Sessions run June 18-20 at 9 a.m. daily.', ['June 18-20 at 9 a.m.', '2025-06-18T09:00/2025-06-20T09:00', { parts: [{ text: 'June 18' }, { text: '20 at 9 a.m.' }] }], ['daily', 'P1D']], // a clock after a range of days: on each day
  ['The office opened Tuesday at 10:00 2023.', ['Tuesday at 10:00', '2025-06-10T10:00'], ['2023', '2023']], // no month named: the year stays apart
  ['The deadline was midnight.', ['midnight', '2025-06-15T24:00', { interval: { start: '2025-06-16T00:00', end: '2025-06-16T00:00' } }]], // past: the midnight that began the day
  ['The deadline is midnight.', ['midnight', '2025-06-16T24:00']],
  ['The embassy was hit on June 12. At 10:35 a.m. the alarm rang.', ['June 12', '2025-06-12'], ['10:35 a.m.', '2025-06-12T10:35', { inferred: ['day'] }]], // a clock takes the day in focus
  ['Results are due in September 2025.', ['September 2025', '2025-09', { granularity: 'month' }]],
  // weekdays, months and years
  ['They meet next Mon.', ['next Mon.', '2025-06-23']], // "Mon", "Wed", "Sat" are weekdays after a cue ("on", "next", "last"…) too
  ['It closed last Wed, officials said.', ['last Wed', '2025-06-11']],
  ['See you on Mon at the club.', ['Mon', '2025-06-16']],
  ['See you last Wed, then.', ['last Wed', '2025-06-11']], // punctuation, a day part, a month or a number may follow a cued weekday
  ['They play on Sat 5 July.', ['Sat 5 July', '2025-07-05']],
  ['Fans meet on Sat Night.', ['Sat Night', '2025-06-21']], // (round 8: "meet" in the present is a schedule ahead)
  ['She won three golds at the swim meet on Friday.', ['Friday', '2025-06-13']], // review of round 8: "meet" after a sport or a determiner is a noun, no schedule
  ['He sent his resume on Friday and was hired.', ['Friday', '2025-06-13']],
  ['Finance ministers meet on Friday.', ['Friday', '2025-06-20']],
  ['The team last Sat down in 2019.', ['2019', '2019']], // "down" after a cued "Sat" makes it a verb
  ['May', ['May', '2025-05']], // a month alone as the whole paragraph (opening a sentence, "May" is a modal as often)
  ['March.', ['March', '2025-03']],
  ["The Department's May figures were weak.", ['May', '2025-05']], // after a possessive: whose month
  ["According to the Labor Department's March jobs report, hiring rose.", ['March', '2025-03']],
  ['The minister resigned on Friday.', ['Friday', '2025-06-13']],
  ['The minister will resign on Friday.', ['Friday', '2025-06-20']],
  // no tense cue: the most recent one, unless it is tomorrow (REF is a Monday)
  ['Volume was up from 443 million shares Thursday.', ['Thursday', '2025-06-12']],
  ['Volume rose to 886 million shares on Thursday, up from 443 million.', ['Thursday', '2025-06-12']],
  ['Talks resume Tuesday.', ['Tuesday', '2025-06-17']],
  ["Let's meet on Thursday.", ['Thursday', '2025-06-19']], // a proposal looks ahead
  ['Protesters were planning to march on Saturday.', ['Saturday', '2025-06-21']], // an intention reported in the past looks ahead
  ['They were planning to drive around Miami International Airport on Saturday.', ['Saturday', '2025-06-21']], // an intention governs its clause beyond five tokens
  ['The offer was extended; it had been due to expire Friday evening.', ['Friday evening', '2025-06-13TEV']], // a plan in the past perfect was overtaken: behind
  ['Extremists tried to undermine the peace process, set to resume Thursday in Belfast.', ['Thursday', '2025-06-19']], // "set to": a plan ahead
  ['The offer, which had been set to expire Friday, was extended.', ['Friday', '2025-06-13']], // overtaken: behind
  ['Officials postponed until Thursday morning any action on the permit.', ['Thursday morning', '2025-06-19']], // a time moved later lies ahead
  ['The judge adjourned the hearing to Thursday.', ['Thursday', '2025-06-19']],
  ['The shop was open until Thursday.', ['Thursday', '2025-06-12']], // "until" alone: no verb that moves a time
  ['The offer is due to expire Friday evening.', ['Friday evening', '2025-06-20TEV']], // a plan: ahead
  ['They drove to Miami International Airport, the busiest, on Saturday.', ['Saturday', '2025-06-14']], // no intention: the most recent one
  ['He was about to be deported on Thursday.', ['Thursday', '2025-06-12']], // "about to" is relative to the story
  ['The offer expired Friday evening.', ['Friday evening', '2025-06-13TEV', { type: 'time' }]], // the evening is kept
  ['Net fell in the year ended March 31.', ['the year', 'P1Y', { type: 'duration' }], ['March 31', '2025-03-31']], // a fiscal year: a year long
  ['Prices rose in March.', ['March', '2025-03']],
  ['Prices rose in March for the third month.', ['March', '2025-03']], // a cue of time: the month, whatever follows
  ['It was in Kazakhstan back in 2013 that Xi proposed the belt.', ['2013', '2013', { interval: { start: '2013-01-01', end: '2013-12-31' } }]],
  ['Emissions must fall by 2030.', ['2030', '2030']],
  ['The fund was set up in the year two thousand.', ['the year two thousand', '2000']],
  ['It was the winter of nineteen ninety-four.', ['the winter of nineteen ninety-four', '1994-WI']],
  // decades and centuries
  ['Growth was fast in the 1990s.', ['the 1990s', '199', { granularity: 'decade' }]],
  ["Music from the '90s is back.", ["the '90s", '199']],
  ['The plant opened in the nineteen-nineties.', ['the nineteen-nineties', '199', { granularity: 'decade' }]], // from the backlog
  ['Rail boomed in the eighteen forties.', ['the eighteen forties', '184']],
  ['The city was founded in the 12th century.', ['the 12th century', '11', { granularity: 'century' }]],
  ['The mill was built in the 1800s.', ['the 1800s', '18', { granularity: 'century', interval: { start: '1800-01-01', end: '1899-12-31' } }]], // a century's hundreds, as news writes them
  ['Trams ran here in the early 1900s.', ['the early 1900s', '19', { mod: 'START' }]],
  ['Phones shrank in the 2000s.', ['the 2000s', '200', { granularity: 'decade' }]], // this century's first decade stays a decade
  // seasons, quarters, fiscal years
  ['Sales slow in the early summer.', ['the early summer', '2025-SU', { mod: 'START' }]],
  ['It came in late spring.', ['late spring', '2025-SP', { mod: 'END' }]],
  ['Sales fell in summer 2024.', ['summer 2024', '2024-SU', { granularity: 'season', interval: { start: '2024-06-01', end: '2024-08-31' } }]],
  ['Profit rose in Q3 2024.', ['Q3 2024', '2024-Q3', { granularity: 'quarter', interval: { start: '2024-07-01', end: '2024-09-30' } }]],
  ['Profit rose 5% in the third quarter.', ['the third quarter', '2024-Q3']], // past tense: the last third quarter
  ['Profit rose 5% in the third quarter. Results for that quarter included a charge.', ['the third quarter', '2024-Q3'], ['that quarter', '2024-Q3']], // the quarter in focus
  ['Profit will rise in the third quarter.', ['the third quarter', '2025-Q3']],
  ['Third-quarter profit fell.', ['Third-quarter', '2024-Q3']],
  ["The deal closes this year's third quarter.", ["this year's third quarter", '2025-Q3']],
  ['Prices rose in June last year.', ['June last year', '2024-06']],
  ['Costs peaked this past spring.', ['this past spring', '2025-SP']], // "this past": the last one
  ['It rained this past weekend.', ['this past weekend', '2025-W24-WE']],
  ['Net rose from the year-earlier third quarter.', ['the year-earlier third quarter', '2024-Q3']],
  ['Sales rose earlier this year.', ['earlier this year', '2025']],
  ['Revenue in fiscal 2024 was flat.', ['fiscal 2024', '2024']],
  ['Revenue in FY2024 was flat, and FY25 guidance was cut.', ['FY2024', '2024'], ['FY25', '2025']], // a fiscal year in one word
  ['Sales fell in fy1999.', ['fy1999', '1999']],
  ['Profit rose in H1 2025.', ['H1 2025', '2025-H1', { granularity: 'quarter', interval: { start: '2025-01-01', end: '2025-06-30' } }]],
  ['Growth slowed in the last half of 1989.', ['the last half of 1989', '1989-H2']],
  // parts of periods
  ['The post-1959 politics split families.', ['post-1959', '1959', { mod: 'AFTER' }]], // a prefix of time before a year
  ['Output is back to pre-2008 levels.', ['pre-2008', '2008', { mod: 'BEFORE' }]],
  ['Elections are expected in early July.', ['early July', '2025-07', { mod: 'START', interval: { start: '2025-07-01', end: '2025-07-10' } }]],
  ['Inflation peaked in mid-2024.', ['mid-2024', '2024', { mod: 'MID' }]],
  ['The plant will close at the end of the year.', ['the end of the year', '2025', { mod: 'END' }]],
  // ranges and intervals
  ['The summit convenes on June 16-18.', ['June 16-18', '2025-06-16/2025-06-18', { interval: { start: '2025-06-16', end: '2025-06-18' } }]],
  ['The festival runs 16–18 June.', ['16–18 June', '2025-06-16/2025-06-18']],
  ['He served from 2019 to 2021.', ['2019 to 2021', '2019/2021', { interval: { start: '2019-01-01', end: '2021-12-31' } }]],
  ['Rain fell between March and May.', ['March and May', '2025-03/2025-05']],
  ['Between 1914 and 1998 wages rose tenfold.', ['1914 and 1998', '1914/1998']], // review of round 8: within a century the two ends are years
  ['Between 2015 and 2020 emissions fell.', ['2015 and 2020', '2015/2020', { interval: { start: '2015-01-01', end: '2020-12-31' } }]], // round 8: "and" after "between YEAR" is to the second year what "to" is after "from YEAR" (a plural noun after it is no count)
  ['Between 2000 and 2010 prices rose.', ['2000 and 2010', '2000/2010']],
  ['He served between 2019 and 2021, then left.', ['2019 and 2021', '2019/2021']],
  ['He was mayor in 2019-2021.', ['2019-2021', '2019/2021']],
  ['It rained from May to December, 2022.', ['May to December, 2022', '2022-05/2022-12']],
  ['The show ran Aug 10 - Nov 12, 2013.', ['Aug 10 - Nov 12, 2013', '2013-08-10/2013-11-12']],
  ['The season ran from December to May.', ['December to May', '2024-12/2025-05', { interval: { start: '2024-12-01', end: '2025-05-31' } }]],
  ['The market is open 3:30-4:30pm.', ['3:30-4:30pm', '2025-06-16T15:30/2025-06-16T16:30']],
  ['The meeting runs 8 - 11pm.', ['8 - 11pm', '2025-06-16T20:00/2025-06-16T23:00']], // the first hour takes the second's half of the day
  ['The bar is open 8pm - 11 on weekdays.', ['8pm - 11', '2025-06-16T20:00/2025-06-16T23:00']],
  ['The clinic opens 11 - 1pm.', ['11 - 1pm', '2025-06-16T11:00/2025-06-16T13:00']], // across noon
  ['Arsenal won 3-1 at 2pm.', ['2pm', '2025-06-16T14:00']], // a score before a time is no range
  ['Fireworks from 10 - 11 at night.', ['10 - 11 at night', '2025-06-16T22:00/2025-06-16T23:00']],
  ['The office is open Monday to Friday.', ['Monday to Friday', '2025-06-16/2025-06-20', { interval: { start: '2025-06-16', end: '2025-06-20' } }]],
  ['He works Friday to Monday.', ['Friday to Monday', '2025-06-13/2025-06-16']], // two weekdays in order, within a week
  // relative expressions
  ['The minister resigned yesterday.', ['yesterday', '2025-06-15']],
  ['Talks ended last week.', ['last week', '2025-W24']],
  ['Rates will rise next month.', ['next month', '2025-07', { interval: { start: '2025-07-01', end: '2025-07-31' } }]],
  ['The ship sank three days ago.', ['three days ago', '2025-06-13']],
  ['The alarm rang three hours ago.', ['three hours ago', '2025-06-16']], // no clock in the reference: the day (taken at noon)
  ['The polls close 13 hours from now.', ['13 hours from now', '2025-06-17']],
  ['He left half an hour ago.', ['half an hour ago', '2025-06-16']],
  ['The fund closed 3mo later.', ['3mo later', 'P3M', { type: 'duration', interval: { start: '2025-09-01', end: '2025-09-30' } }]], // a length of time, with the month it reaches
  ['Results come next qtr.', ['next qtr', '2025-Q3']],
  ['Prices rose in the 1990s later than elsewhere.', ['the 1990s', '199']], // "1990s" is no count of seconds
  ['The leap day was February 29, 2024.', ['February 29, 2024', '2024-02-29']],
  ['Rome fell on 4 September 476 AD.', ['4 September 476 AD', '0476-09-04']], // an era after the year
  ['The decree is dated 10 August 2555 BE.', ['10 August 2555 BE', '2012-08-10']], // the Buddhist Era
  ['The war ended in 1945. Two years later, the treaty followed.', ['1945', '1945'], ['Two years later', 'P2Y', { type: 'duration', interval: { start: '1947-01-01', end: '1947-12-31' } }]],
  // "N units later" is the length of time (TIMEX3: "three days" DURATION, "later" its signal), with the day it reaches as its interval
  ['This gap eventually closes, but slowly. Three days later, as of Friday\'s close, the Nasdaq Composite was down.', ['Three days later', 'P3D', { type: 'duration', interval: { start: '2025-06-19', end: '2025-06-19' } }], ['Friday', '2025-06-13']],
  ["Slepian's wife tried to revive him. Just over an hour later, he was declared dead.", ['an hour later', 'PT1H', { type: 'duration', mod: 'MORE_THAN' }]],
  ['The alarm rang at 9 a.m. on June 12; 15 hours 29 min later the fire was out.', ['9 a.m. on June 12', '2025-06-12T09:00'], ['15 hours 29 min later', 'PT15H29M', { type: 'duration' }]],
  ['Support ships could head for the Middle East within a few days.', ['a few days', 'PXD', { type: 'duration' }]], // "a few": the article is the count's
  ['A few days later, the firm announced lower profits.', ['A few days', 'PXD', { type: 'duration' }]],
  ['Doctors on the list were killed, most recently last October when a sniper fired.', ['last October', '2024-10']], // the adverb orders events; the date names the time
  ['The list was recently extended to Mexico.', ['recently', 'PAST_REF']],
  ['The ship sailed on June 2. Three days later it sank, and the next day the crew was found.', ['June 2', '2025-06-02'], ['Three days later', 'P3D'], ['the next day', '2025-06-06']], // the day reached is the day in focus
  ['In 1945 the war ended. Two years later the treaty was signed, and later that year it took effect.', ['1945', '1945'], ['Two years later', 'P2Y'], ['later that year', '1947']],
  // a month mentioned after the last full day is the focus: "that same day" is a day in it, its number unknown (TIMEX3 X)
  ['Three doctors were killed, most recently last October when a sniper fired. His name was crossed out that same day.', ['last October', '2024-10'], ['that same day', '2024-10-XX', { granularity: 'day', inferred: ['day'] }]],
  ['He fled in October 2024. On Oct. 23 he was caught; the next day he escaped.', ['October 2024', '2024-10'], ['Oct. 23', '2024-10-23'], ['the next day', '2024-10-24']], // a full day after the month: the day again
  ['Russia may keep its naval base in Crimea for at least 20 more years.', ['at least 20 more years', 'P20Y', { type: 'duration', mod: 'EQUAL_OR_MORE' }]], // a count in digits with its filler
  // "or so" joins the span, as TimeBank writes it, with mod APPROX
  ['Then, a week or so ago, the general secretly picked the date.', ['a week or so ago', '2025-W24', { mod: 'APPROX' }]],
  ['The plants will be closed over the next year or so, a spokesman said.', ['the next year or so', '2026', { mod: 'APPROX' }]],
  ['The vote was held in 1990 or so.', ['1990 or so', '1990', { mod: 'APPROX' }]],
  ['Net rose to $5 million from $4 million a year earlier.', ['a year earlier', '2024', { type: 'date' }]], // a year or a month earlier compares periods: the date (earnings reports)
  ['There are no shipments. A day earlier, scores of trucks streamed across the border.', ['A day earlier', 'P1D', { type: 'duration', interval: { start: '2025-06-15', end: '2025-06-15' } }]], // a day earlier: a length, as "later"
  ['Prices were up 3% from a month earlier.', ['a month earlier', '2025-05', { type: 'date' }]],
  ['He fled to Florida in June 1998 and returned to Cuba later that year.', ['June 1998', '1998-06'], ['later that year', '1998']], // "that": the last year stated
  ['He was released on June 10 and appeared in court the next morning.', ['June 10', '2025-06-10'], ['the next morning', '2025-06-11']], // the day after the one in focus
  ['The case may be resolved in a hearing the week of March 6.', ['the week of March 6', '2025-W10', { granularity: 'week', interval: { start: '2025-03-03', end: '2025-03-09' } }]], // the week that holds the day
  ['The hearing was set for March 6 of that week.', ['March 6', '2025-03-06'], ['that week', '2025-W10']], // "of" after the day: still the day
  ['He was released on June 10; the previous evening he had fled.', ['June 10', '2025-06-10'], ['the previous evening', '2025-06-09TEV']],
  ['Sales fell in June 1998 and will recover later this year.', ['June 1998', '1998-06'], ['later this year', '2025']], // "this": the reference's year
  ['The ship sails five days from now.', ['five days from now', '2025-06-21']],
  ['The results come two weeks after yesterday.', ['two weeks after yesterday', '2025-06-29']],
  ['Prices fell last year.', ['last year', '2024']],
  ['The vote is next Friday.', ['next Friday', '2025-06-27']], // the Friday of next week (Monday-first), not the coming one
  ['The vote is next Monday.', ['next Monday', '2025-06-23']],
  ['The vote is this Friday.', ['this Friday', '2025-06-20']], // the one ahead
  ['The vote was this Friday.', ['this Friday', '2025-06-13']], // in past tense, the one behind
  ['The deadline was past Friday.', ['past Friday', '2025-06-13']], // "past" with a weekday is "last"
  ['Prices rose over the past week.', ['the past week', 'P1W']], // with a unit it stays a duration
  ['Sales doubled over the past year.', ['the past year', '2024', { type: 'date' }]], // but a year is the calendar year, as TimeBank has it
  ['Rates should fall in the next year.', ['the next year', '2026']],
  ['The vote is the following Monday.', ['the following Monday', '2025-06-23']],
  // round 9: "the following month", "the previous quarter", "the same month" count from the month or quarter in focus
  ['In March it got an offer. The following month, the company put itself up for sale.', ['March', '2025-03'], ['The following month', '2025-04']], // TimeBank wsj_0786's shape
  ['Inflation rose in November to 7.1% from 7% the previous month.', ['November', '2024-11'], ['the previous month', '2024-10']],
  ['Waiting lists rose in November, up 2,400 on the previous month. In the same month, lists in England fell.', ['November', '2024-11'], ['the previous month', '2024-10'], ['the same month', '2024-11']], // a month compared with does not move the focus
  ['Growth was 0.7% in the first quarter, up from 0.5% in the previous quarter.', ['the first quarter', '2025-Q1'], ['the previous quarter', '2024-Q4']],
  ['Sales fell in the first quarter. Growth in the year to 31 December was 0.7%, against 0.5% in the previous quarter.', ['the first quarter', '2025-Q1'], ['the year', 'P1Y'], ['31 December', '2024-12-31'], ['the previous quarter', '2024-Q3']], // a full day after the quarter is the later focus
  ['In March it got an offer; on April 20 it agreed, and the following month it sold.', ['March', '2025-03'], ['April 20', '2025-04-20'], ['the following month', '2025-05']],
  ['Renault sold 2.4 million vehicles in 2004, an increase of 4% on the previous year.', ['2004', '2004'], ['the previous year', '2003']], // the last year stated is the year in focus (BBC)
  ['He moved to Atletico Madrid in 1999, before joining Chelsea the following year.', ['1999', '1999'], ['the following year', '2000']],
  ['They last played at the festival in 2002, the same year Oasis played.', ['2002', '2002'], ['the same year', '2002']],
  ['The firm was founded on May 22, 1995, and the following year it was listed.', ['May 22, 1995', '1995-05-22'], ['the following year', '1996']], // TimeBank APW19980418.0210
  ['Sales rose 5% on the previous year.', ['the previous year', '2024']], // no year stated: the reference's
  // round 9: "the same period last year", "the quarter a year ago" are one mention, the period in focus a year before (TimeBank)
  ['Net rose in the third quarter. For the quarter a year ago, it earned $16 million.', ['the third quarter', '2024-Q3'], ['the quarter a year ago', '2023-Q3']],
  ['It lost $2 in the third quarter, against a profit for the corresponding period last year.', ['the third quarter', '2024-Q3'], ['the corresponding period last year', '2023-Q3']],
  ['Sales in February rose 9% from the same month last year.', ['February', '2025-02'], ['the same month last year', '2024-02']],
  ['The firm earned $387m for the fourth quarter of 2004, against a $111m loss for the same period a year earlier.', ['the fourth quarter of 2004', '2004-Q4'], ['the same period a year earlier', '2003-Q4']],
  ['Sales rose 9% from the same period last year.', ['the same period last year', '2024']], // no quarter or month in focus: the year before
  ['The quarter last year was weak.', ['The quarter', '2025-Q1'], ['last year', '2024']], // without "same" only "a year ago" joins a period
  ['Net for the year-earlier nine months also included a gain.', ['the year-earlier nine months', 'P9M', { type: 'duration' }]], // round 9: TimeBank wsj_0904 (a span of months a year back is its length, as "the first nine months" is)
  ['In the year-ago quarter it lost money.', ['the year-ago quarter', '2024-Q1']],
  ['Holders may buy shares at 50% of the then current market price.', ['then current', 'PAST_REF']], // round 9: the present of a past time (TimeBank wsj_0924)
  ['It rose, and then current prices fell.', ['current', 'PRESENT_REF']], // "then current" only after "the"
  // round 9: a part of the day with its stage after a preposition, on the day in focus (TimeBank "By mid afternoon", "mid-afternoon yesterday")
  ['By mid afternoon, official sources were saying it was over.', ['mid afternoon', '2025-06-16TAF', { type: 'time', mod: 'MID' }]],
  ['In London at mid-afternoon yesterday, shares were up.', ['mid-afternoon yesterday', '2025-06-15TAF', { mod: 'MID' }]],
  ['On Wednesday the talks did not finish until the early evening.', ['Wednesday', '2025-06-11'], ['the early evening', '2025-06-11TEV', { mod: 'START' }]],
  ['Shares were up 56 pence at 797p by late morning.', ['late morning', '2025-06-16TMO', { mod: 'END' }]],
  ['The truce held from mid-afternoon yesterday.', ['mid-afternoon yesterday', '2025-06-15TAF']], // from the backlog (a part of a day before its day)
  ['She arrived at mid-morning Friday.', ['mid-morning Friday', '2025-06-13TMO', { mod: 'MID' }]],
  // round 9: a month with no tense cue within five tokens takes the nearest cue before it in its sentence (16 tokens back)
  ['Colonel Collins will be named commander of the Space Shuttle Columbia for a mission in February.', ['February', '2026-02']], // TimeBank ABC19980304 (was the past February)
  ['Mr Taylor, who stepped down as chairman, president and chief executive in October for health reasons, is 60.', ['October', '2024-10']], // TimeBank wsj_0124 (was the coming October)
  ['The firm changed from a fiscal year to a calendar year in December.', ['December', '2024-12']],
  ['Prices in October are high.', ['October', '2025-10']], // no cue at all: the nearest October
  ['The Academy Awards ceremony will be held in Hollywood on 27 February.', ['27 February', '2026-02-27']], // a day and month too (BBC)
  ['More than 100 were arrested at the protest in the main square on 8 December.', ['8 December', '2025-12-08']], // a day takes only a cue ahead from its clause: a past verb far back leaves it nearest
  ['The fair is on 8 December.', ['8 December', '2025-12-08']], // no cue: the nearest
  ['The split would be paid on a still unspecified date in January.', ['January', '2026-01']], // a participle after a determiner is an adjective, no past cue (TimeBank wsj_0918)
  ['Presidents Kirchner and Chavez signed the deal in Buenos Aires on Tuesday.', ['Tuesday', '2025-06-10']], // a weekday is tomorrow only with no past cue before it in its clause (BBC)
  ['The chairman resigned, effective March 1.', ['March 1', '2026-03-01']], // round 9: "effective" before a date is a change ahead, as "payable" is (TimeBank 3 of 3)
  ['The vaccine was effective in March.', ['March', '2025-03']], // only right before its date
  ['Ruud comes back on Tuesday.', ['Tuesday', '2025-06-17']],
  ['The Chancellor will deliver his Autumn Budget on Friday.', ['Friday', '2025-06-20']], // from the backlog: a cue ahead before the weekday in its clause places it ahead
  ['The federation will investigate the incident that forced the referee to suspend a match Friday night.', ['Friday night', '2025-06-13']], // the nearest cue wins ("that forced" is a relative clause's verb, not an adjective)
  ["His relatives said they would look for ways to get around Wednesday's ruling.", ['Wednesday', '2025-06-11']], // a possessive weekday names an event made, whatever the clause
  ['More than 100 people were wounded in the blasts next to the embassies in Kenya and Tanzania on Friday.', ['Friday', '2025-06-13']], // "next to" is a place, no cue ahead
  ['Ferguson said: "Ruud comes back on Tuesday."', ['Tuesday', '2025-06-17']], // a quotation or what a colon opens has its own tense
  ['He said the film culture was "in the craphouse" at a press conference on Tuesday.', ['Tuesday', '2025-06-10']], // a quotation closed before the date is passed over
  ['Goalkeeper Nicky Weaver makes his long-awaited return in a reserve game at Blackburn on Tuesday.', ['Tuesday', '2025-06-17']], // a compound in -ed is an adjective
  // present verbs of expectation look ahead, as "expected" does; a past form that is a noun after a determiner and an ordinal is no past cue
  ['Markets now expect the first cut in September, and a second in December.', ['now', 'PRESENT_REF'], ['September', '2025-09'], ['December', '2025-12']],
  ['Bosch has stopped production of the part but expects to restart by 2 February.', ['2 February', '2026-02-02']], // BBC
  ['Experts predict a gadget shortage at Christmas.', ['Christmas', '2025-12-25']], // BBC (was last Christmas)
  ['Many are expecting US rates to rise on 22 March.', ['22 March', '2026-03-22']], // BBC
  ['Industrial output rose 0.3%, in line with forecasts, from a revised 0.6% increase in October.', ['October', '2024-10']], // "forecasts" is a noun here (BBC): no cue ahead
  ['The first cut came in March.', ['March', '2025-03']], // "came" is still the past cue
  // an event's start or end in the present, in the third person, is scheduled ahead, as "meets" is (BBC)
  ['The Australian Open starts on 17 January.', ['17 January', '2026-01-17']],
  ['The consultation closes on 7 February.', ['7 February', '2026-02-07']],
  ['The ban comes into force on 18 February.', ['18 February', '2026-02-18']],
  ['The device goes on sale on Thursday.', ['Thursday', '2025-06-19']],
  ['The Bafta awards take place on 12 February.', ['12 February', '2026-02-12']],
  ['Schools reopen on Friday.', ['Friday', '2025-06-20']],
  ['The show opened on Friday.', ['Friday', '2025-06-13']], // the past form stays past
  ['The ban came into force on 18 February.', ['18 February', '2025-02-18']],
  ['He did not take office until 20 January.', ['20 January', '2025-01-20']], // after a negation the verb is no schedule
  ['Housing starts fell 5% in March.', ['March', '2025-03']], // the nearer past verb wins
  // round 9: a decade in words after "the" (TimeBank "through the nineties" 199)
  ['Music from the nineties is back.', ['the nineties', '199']], // from the backlog
  ['By the early seventies it was terrorism as well.', ['the early seventies', '197', { mod: 'START' }]],
  ['It was the mid-eighties.', ['the mid-eighties', '198', { mod: 'MID' }]],
  ['In the twenties, rates rose.', ['the twenties', '202']], // the 2020s have begun by the reference
  ['Orders ship next weekday.', ['next weekday', '2025-06-17']], // a working day
  ['Orders shipped last weekday.', ['last weekday', '2025-06-13']], // before a Monday: the Friday
  ['The board said it approved the plan for July 3.', ['July 3', '2025-07-03']], // just after the reference: the same year despite "said"
  ['Police have searched for him since shortly after the Oct. 23 slaying.', ['Oct. 23', '2024-10-23']], // "since" a few words before: the past
  ['He has lived there since 1990, and the Oct. 23 vote is near.', ['1990', '1990'], ['Oct. 23', '2025-10-23']], // a comma between: "since" is another clause's
  ['The board said it approved the plan on Oct. 3.', ['Oct. 3', '2024-10-03']],
  ['The reply came within 5 minutes.', ['5 minutes', 'PT5M']],
  // times
  ['Shares fell Friday. Dealers placed buy orders in the morning to start trading.', ['Friday', '2025-06-13'], ['the morning', '2025-06-13TMO', { type: 'time' }]], // the part of the day in focus
  ['The vote is at 3 p.m. today.', ['3 p.m. today', '2025-06-16T15:00']],
  ['Markets closed at 15:30 GMT.', ['15:30 GMT', '2025-06-16T15:30Z']],
  ['They met at noon.', ['noon', '2025-06-16T12:00']],
  ['The deadline is midnight.', ['midnight', '2025-06-16T24:00', { interval: { start: '2025-06-17T00:00', end: '2025-06-17T00:00' } }]], // T24:00 ends the day
  ['The strike began at midnight Friday.', ['midnight Friday', '2025-06-13T24:00']],
  ['The pact will end at midnight of 31 December.', ['midnight of 31 December', '2025-12-31T24:00']], // "of" a date: its end
  ['The new lira was launched at midnight on 1 January.', ['midnight on 1 January', '2025-01-01T00:00']], // "on" a date: the moment it begins
  ['The vote is tonight at 8.', ['tonight at 8', '2025-06-16T20:00']],
  ['The show airs at 11 tonight.', ['11 tonight', '2025-06-16T23:00']],
  ['He scored 11 tonight and 9 on Sunday.', ['tonight', '2025-06-16'], ['Sunday', '2025-06-15']], // a count before "tonight" is no hour
  ['Kick-off: SUN 15JUN 2025.', ['SUN 15JUN 2025', '2025-06-15']], // a day and a month in one token
  ['Talks resumed Sunday, March, 6th 2016.', ['Sunday, March, 6th 2016', '2016-03-06']],
  ['Send it tomorrow before 4pm.', ['tomorrow before 4pm', '2025-06-17T16:00', { mod: 'BEFORE' }]],
  ['Call Tuesday after 2pm.', ['Tuesday after 2pm', '2025-06-17T14:00', { mod: 'AFTER' }]],
  ['The blast came at 4 in the morning.', ['4 in the morning', '2025-06-16T04:00']],
  ['We met on Tuesday at 10 people strong.', ['Tuesday', '2025-06-10']], // a bare number before a noun is no hour
  ['The call is at 5pm EST.', ['5pm EST', '2025-06-16T17:00-05:00']],
  ['Polls close at 10.30pm.', ['10.30pm', '2025-06-16T22:30']], // British dotted clocks
  ['Trading opens at 7.30 a.m. on Friday.', ['7.30 a.m. on Friday', '2025-06-20T07:30']], // a schedule in the present looks ahead
  ['Trading opened at 7.30 a.m. on Friday.', ['7.30 a.m. on Friday', '2025-06-13T07:30']],
  ['The launch is at 23.00 GMT.', ['23.00 GMT', '2025-06-16T23:00Z']],
  ['They meet on Monday at 12.30.', ['Monday at 12.30', '2025-06-16T12:30']], // after a day and "at"
  ['Trading halts at 11 am UTC+02:45.', ['11 am UTC+02:45', '2025-06-16T11:00+02:45']],
  // durations
  ['The loan was repaid 3 mons ago.', ['3 mons ago', '2025-03']], // a count's "mons": months
  ['They left 2 mon ago.', ['2 mon ago', '2025-04']],
  ['Talks resume Mon 23 June.', ['Mon 23 June', '2025-06-23']],
  ['Lawyers emerged from their third day-long meeting.', ['day-long', 'P1D', { type: 'duration' }]], // one unit, long
  ['Profits will grow over the next couple of years.', ['the next couple of years', 'P2Y']], // "couple of" after a direction, without "a"
  ['The strike was week-long.', ['week-long', 'P1W']],
  ['Anchored in millennia of exchanges.', ['millennia', 'PXML', { type: 'duration' }]],
  ['Three decades of partnership.', ['Three decades', 'P30Y', { type: 'duration', granularity: 'decade' }]],
  ['The trial lasted five years.', ['five years', 'P5Y']],
  ['Police held him for 48 hours.', ['48 hours', 'PT48H']],
  ['He arrived a minute and a half late.', ['a minute and a half', 'PT1M30S', { granularity: 'minute' }]],
  ['The flight took 5 1/2 hours.', ['5 1/2 hours', 'PT5H30M']],
  ['They waited half an hour.', ['half an hour', 'PT30M']],
  ['It took two and a half days.', ['two and a half days', 'P2DT12H']],
  ['It signed a two-year deal.', ['two-year', 'P2Y']],
  // vague periods
  ['For now, the embassy works out of a hotel.', ['now', 'PRESENT_REF']], // "now" after "for" is the present
  ["The offer ran in today's editions of the Journal.", ['today', '2025-06-16']], // "today's" before any other noun is the day
  ['Asked when, he said "Monday." and left.', ['Monday', '2025-06-16']], // one word in quotes is an answer, not a title
  ['"Today is a sad day," he said.', ['Today', '2025-06-16']], // a quoted sentence, not a title
  ['Now the alliance has a new mission.', ['Now', 'PRESENT_REF']], // without a comma it still is
  ['Over the years, they supported each other.', ['the years', 'PXY', { type: 'duration' }]],
  ['Talks need two more weeks.', ['two more weeks', 'P2W']],
  ['It faces a several-year delay.', ['several-year', 'PXY', { type: 'duration' }]],
  ['Set a timer for 1 hour, 5 minutes, and 30 seconds.', ['1 hour, 5 minutes, and 30 seconds', 'PT1H5M30S', { type: 'duration' }]], // a sum of units is one duration
  ['He served 2 years 6 months in prison.', ['2 years 6 months', 'P2Y6M']],
  ['It took 3 days and 2 years.', ['3 days', 'P3D'], ['2 years', 'P2Y']], // units that grow are no sum
  ['He served an additional year.', ['an additional year', 'P1Y']],
  ['Profit rose for three straight years.', ['three straight years', 'P3Y']],
  ['The dividend is payable Jan. 2 to holders of record Dec. 15.', ['Jan. 2', '2026-01-02'], ['Dec. 15', '2025-12-15']], // "payable" looks ahead
  ['The firm recently hired him.', ['recently', 'PAST_REF']],
  ['He is now the chairman.', ['now', 'PRESENT_REF']],
  ['Rates may rise in the future.', ['the future', 'FUTURE_REF']],
  ['Profit fell in the latest period.', ['the latest period', '2025-Q1']],
  // holidays
  ['Protesters prayed as Easter week began.', ['Easter week', '2025-W16']], // the week that ends on Easter Sunday (2025-04-20)
  ['Markets closed on Good Friday 2024.', ['Good Friday 2024', '2024-03-29']], // two days before Easter Sunday
  ['The shops reopen on Easter Monday.', ['Easter Monday', '2026-04-06']], // a schedule in the present looks ahead (Easter Sunday 2026 is April 5)
  ['The shops reopened on Easter Monday.', ['Easter Monday', '2025-04-21']],
  // review of round 11: days of Lent and Holy Week count from Easter too (were the plain weekday); "Ash" as a name stays one
  ['Christians marked Palm Sunday with processions.', ['Palm Sunday', '2025-04-13']],
  ['Ash Wednesday fell on 5 March.', ['Ash Wednesday', '2025-03-05'], ['5 March', '2025-03-05']],
  ['The Queen handed out Maundy money on Maundy Thursday 2024.', ['Maundy Thursday 2024', '2024-03-28']],
  ['Ash Barty won on Saturday.', ['Saturday', '2025-06-14']],
  // review of round 11: named Sundays that are dates (were the plain Sunday)
  ['Remembrance Sunday services were held across the UK.', ['Remembrance Sunday', '2024-11-10']],
  ["Father's Day gifts sold out.", ["Father's Day", '2025-06-15']],
  ['Mothering Sunday falls on 30 March.', ['Mothering Sunday', '2025-03-30'], ['30 March', '2025-03-30']],
  ['Turkeys sell out before Thanksgiving Day 2024.', ['Thanksgiving Day 2024', '2024-11-28']],
  ['Shops will close on Christmas Day.', ['Christmas Day', '2025-12-25']],
  // a holiday after "last", "next" or "this" is one mention (AQUAINT "last Thanksgiving"): "this" is the one in the reference's year
  ['Experts predict a gadget shortage this Christmas.', ['this Christmas', '2025-12-25']], // was "Christmas" alone (backlog)
  ['This Easter, families flocked to the coast.', ['This Easter', '2025-04-20']], // said in June: this year's, behind
  ['He was found in the Atlantic last Thanksgiving.', ['last Thanksgiving', '2024-11-28']],
  ['Your tree next Christmas will hold a console.', ['next Christmas', '2025-12-25']],
  ['It was his last Christmas at the club.', ['Christmas', '2024-12-25']], // after a possessive or "the", "last" is the final one: not in the span
  ['The last Christmas before the war was quiet.', ['Christmas', '2024-12-25']],
  ['Shops closed on Christmas Day.', ['Christmas Day', '2024-12-25']],
  // review of round 9: an aside set off by commas (a relative clause, a participle) has its own tense: the clause cue
  // passes over it, and a mention inside it takes no cue from the main clause after it
  ['The team, which was relegated in May, plays its first game in August.', ['May', '2025-05'], ['August', '2025-08']], // from the backlog
  ['The probe, launched in 2018, reaches Mercury in November.', ['2018', '2018'], ['November', '2025-11']],
  ['The treaty, signed in Rome in March, comes into force in September.', ['March', '2025-03'], ['September', '2025-09']],
  ['Exeter, who knocked out Doncaster on Saturday, will travel to Old Trafford.', ['Saturday', '2025-06-14']],
  ['The firm, which was sold in May, closed its last store in August.', ['May', '2025-05'], ['August', '2024-08']], // the main clause's own past cue
  ['Taylor, who stepped down as chairman, president and chief executive in September, died.', ['September', '2024-09']], // a list between commas is crossed
  ['The index, minus those saying they are worse, was 22, down from 26 in September.', ['September', '2024-09']], // an irregular form after a comma is a main verb
  ['The 26-year-old, who has been training in Australia over the winter, won.', ['the winter', '2024-WI']], // "has been": the present perfect, a past cue
  // review of round 9: cues the round's rules misread on news they were not made for
  ['This happened on Tuesday.', ['Tuesday', '2025-06-10']], // a demonstrative before a form in -ed and a preposition is its subject: the form is a verb
  ['These included a raid on Tuesday.', ['Tuesday', '2025-06-10']],
  ['Those arrested on Tuesday remain in custody.', ['Tuesday', '2025-06-10']],
  ['Each received a medal on Tuesday.', ['Tuesday', '2025-06-10']],
  ['This proposed merger was dropped in September.', ['September', '2024-09']], // before a noun it stays an adjective
  ['The minister resigned and her deputy takes over on Tuesday.', ['Tuesday', '2025-06-17']], // "takes over", "appears before", "appear in court": schedules
  ['The 34-year-old appears before magistrates on Tuesday.', ['Tuesday', '2025-06-17']],
  ['They appear in court in May.', ['May', '2026-05']],
  ['The study appears in the May issue.', ['May', '2025-05']], // "appears in" a publication is no schedule
  ['He missed two penalty kicks in September.', ['September', '2024-09']], // "kicks" is a schedule only before "off"
  ['The new season kicks off in August.', ['August', '2025-08']],
  ['Profits were lower than expected in September.', ['September', '2024-09']], // "than expected", "than forecast": a comparison, no time ahead
  ['Growth was weaker than forecast in September.', ['September', '2024-09']],
  ['The vote, if held, as expected, on 5 May, will be close.', ['5 May', '2026-05-05']], // "as expected" set off by commas still looks ahead
  ['Its forecast in September proved too gloomy.', ['September', '2024-09']], // "forecast" after a determiner is a noun, no cue
  ['The forecast for September is dry.', ['September', '2025-09']], // unless a time follows "for"
  ['The bank expects to cut rates in September.', ['September', '2025-09']], // "cut", "hit", "put" after "to" or a modal are no past forms
  ['The bank cut rates in September.', ['September', '2024-09']],
  // review of round 9: an attribution closing a report after a comma ("…, traders said.", "…, said Mr Richards") has the
  // report's tense, not the reported clause's; a fronted date's reporting verb still places it
  ['Markets expect a further cut in November, traders said.', ['November', '2025-11']], // "a further cut": a noun, no past form
  ['The musical will open in November, said Mr Richards.', ['November', '2025-11']],
  ['Sales fell in September, the firm said.', ['September', '2024-09']],
  ['On Tuesday, he told the BBC he would stay.', ['Tuesday', '2025-06-10']],
  ['But in September, the firm said that it would sell.', ['September', '2024-09']],
  ['The bank made a further cut in November.', ['November', '2024-11']],
  // review of round 9: a staged part of the day after "by" is a time reached, no deadline; "on <weekday>" after it gives its day
  ['The market fell by mid-afternoon Tuesday.', ['mid-afternoon Tuesday', '2025-06-10TAF']],
  ['The work will be done by mid-afternoon Tuesday.', ['mid-afternoon Tuesday', '2025-06-17TAF']],
  ['The market fell by late afternoon on Tuesday.', ['late afternoon', '2025-06-10TAF'], ['Tuesday', '2025-06-10']],
  ['The talks will end by late afternoon on Tuesday.', ['late afternoon', '2025-06-17TAF'], ['Tuesday', '2025-06-17']],
  ['Temperatures fell. In the late nineties the band was huge.', ['the late nineties', '199']], // review of round 9: degrees are read within the clause only
  ['The singer died on Tuesday.', ['Tuesday', '2025-06-10']], // review of round 9: four-letter forms in -ed are past cues too (was tomorrow)
  ['The firm used the site in September.', ['September', '2024-09']],
  ['The firm will need the site on Tuesday.', ['Tuesday', '2025-06-17']],
  ['The sale starts on Boxing Day.', ['Boxing Day', '2025-12-26']], // review of round 9, from the backlog: a holiday of the UK's
  ['The tsunami struck on Boxing Day 2004.', ['Boxing Day 2004', '2004-12-26']],
  ['The market fell in the afternoon on Friday.', ['the afternoon', '2025-06-13TAF'], ['Friday', '2025-06-13']], // review of round 9, from the backlog: an unstaged part too
  ['The talks resume in the morning on Tuesday.', ['the morning', '2025-06-17TMO'], ['Tuesday', '2025-06-17']],
  // round 10: a clock without a day is on the last full date when that date is in its sentence or the one before, or
  // within a week of the reference; a date farther back and far from the reference is about something else
  ['Police said the blast on Friday killed two. Officers arrived at 2:30 p.m. and closed the road.', ['Friday', '2025-06-13'], ['2:30 p.m.', '2025-06-13T14:30']],
  ['Fans queued on Saturday.\n\nThe doors opened at 10 a.m. and the shop sold out.\n\nBy 4 p.m. there was nothing left.', ['Saturday', '2025-06-14'], ['10 a.m.', '2025-06-14T10:00'], ['4 p.m.', '2025-06-14T16:00']],
  ['The final is on 28 June. Kick-off is at 3 p.m.', ['28 June', '2025-06-28'], ['3 p.m.', '2025-06-28T15:00']], // the sentence before, far ahead, in the present
  ['Saturday, 28 June\n\n1500 BST\n\nThe hosts are unbeaten.', ['Saturday, 28 June', '2025-06-28'], ['1500 BST', '2025-06-28T15:00+01:00']], // a fixture's lines
  ['He was born on 3 March 1990. The ceremony begins at 10 a.m.', ['3 March 1990', '1990-03-03'], ['10 a.m.', '2025-06-16T10:00']], // a day long past for a clock ahead
  ['The ministry said the vote was held on 4 May. The minister will speak at 10 a.m.', ['4 May', '2025-05-04'], ['10 a.m.', '2025-06-16T10:00']],
  ['The plant opened on 3 March 1990. It employs 400 people and has grown fast. Its shares rose 2% by 1300 GMT.', ['3 March 1990', '1990-03-03'], ['1300 GMT', '2025-06-16T13:00Z']], // two sentences back and far: the reference day
  ['Its lease ended on 31 December.\n\nAnalysts were upbeat.\n\nAt 1405 GMT the shares were down 1%.', ['31 December', '2024-12-31'], ['1405 GMT', '2025-06-16T14:05Z']],
  ['The firm was founded on 3 March 1990 and listed at 10 a.m. that day.', ['3 March 1990', '1990-03-03'], ['10 a.m. that day', '1990-03-03T10:00']], // in its own sentence the date holds
  // round 10: "a week on Friday" (British): the Friday after the coming one, ahead whatever the tense
  ['The meeting is a week on Friday.', ['a week on Friday', '2025-06-27']],
  ['The final is a fortnight on Saturday.', ['a fortnight on Saturday', '2025-07-05']],
  ['We meet a week on Monday in Leeds.', ['a week on Monday', '2025-06-30']], // said on a Monday: from the next one
  ['The vote is two weeks on Thursday.', ['two weeks on Thursday', '2025-07-03']],
  ['The results come out a week today.', ['a week today', '2025-06-23']],
  ['The deal closes a week tomorrow.', ['a week tomorrow', '2025-06-24']],
  ['He spent a week on Friday\'s report.', ['a week', 'P1W'], ['Friday', '2025-06-13']], // a possessive: a span spent on a thing
  ['They worked for a week on Monday and Tuesday.', ['a week', 'P1W'], ['Monday', '2025-06-16'], ['Tuesday', '2025-06-10']],
  ['The strike ended after a week on Friday.', ['a week', 'P1W'], ['Friday', '2025-06-13']],
  // round 10 review: "the year to March 31" (British for "ended") is a fiscal year, P1Y, as "the year ended" is
  ['Profits for the year to March 31 were £2.1bn.', ['the year', 'P1Y'], ['March 31', '2025-03-31']],
  ['Sales in the year to 31 March rose 4%.', ['the year', 'P1Y'], ['31 March', '2025-03-31']],
  ['Prices rose 6% in the year to December.', ['the year', 'P1Y'], ['December', '2024-12']],
  ['Profits in the year to date are up.', ['the year', '2025']], // "to date" names no end
  // round 10 review: a headline's "to" before a verb is its future; not a noun's aim, nor a line with a stop
  ['Strike to go ahead on Thursday', ['Thursday', '2025-06-19']],
  ['Blair to meet Bush on Friday', ['Friday', '2025-06-20']],
  ['Rates to rise in August, says Bank', ['August', '2025-08']],
  ['Fans flock to Wembley on Saturday', ['Saturday', '2025-06-14']],
  ['Bid to save club fails on Friday', ['Friday', '2025-06-13']],
  ['He wanted Strike to go ahead on Thursday.', ['Thursday', '2025-06-12']],
  // round 10 review: "originally", "initially", "previously" before a plan: overtaken, behind the report
  ['The match, originally scheduled for Saturday, was postponed.', ['Saturday', '2025-06-14']],
  ['The vote, initially planned for May, was delayed.', ['May', '2025-05']],
  ['The match is scheduled for Saturday.', ['Saturday', '2025-06-21']],
  // round 10 review: a weekday ending a range before its first end is the one after it
  ['The road will be closed from 8pm on Friday until 6am on Monday.', ['8pm on Friday until 6am on Monday', '2025-06-20T20:00/2025-06-23T06:00']],
  ['The show ran from Thursday to Sunday.', ['Thursday to Sunday', '2025-06-12/2025-06-15']],
  ['The fair runs Monday to Friday.', ['Monday to Friday', '2025-06-16/2025-06-20']],
  // round 10 review: a calendar quarter named by its months is the quarter (TimeBank "the quarter" 1989-Q3)
  ["Japan's economy shrank in the January-to-March quarter.", ['the January-to-March quarter', '2025-Q1']],
  ['Sales rose in the October-to-December quarter.', ['the October-to-December quarter', '2024-Q4']],
  ['The firm earned $630m in the October-to-December period, up from the previous quarter.', ['the October-to-December period', '2024-Q4'], ['the previous quarter', '2024-Q3']],
  ['Profits fell in the April to September period.', ['April to September', '2025-04/2025-09']], // six months: no quarter, a range
  ['Sales ran from July to September in the quarter.', ['July to September', '2025-07/2025-09'], ['the quarter', '2025-Q1']], // no "the" before the months
  // round 10 review: "between 2 and 4 October" is a range of days, as "between October 2 and 4" is
  ['The sequel took $44.7m between 24 and 26 December.', ['24 and 26 December', '2024-12-24/2024-12-26']],
  // round 10, from the backlog: an ambiguous abbreviation as a list's or a range's second day, after a weekday as it stands
  ['Shops open on Sat and Sun.', ['Sat', '2025-06-21'], ['Sun.', '2025-06-22']], // an abbreviation takes its dot, as "next Mon." does (since round 11 "open on" after a plural subject is a schedule, ahead)
  ['Shops open Fri to Sun.', ['Fri to Sun.', '2025-06-13/2025-06-15']],
  // round 10, from the backlog: a day stated at one end of a range of clocks is the other's too (the later clock
  // before the earlier one is on the next day)
  ['Bars open from 11pm Friday to 2am.', ['11pm Friday to 2am', '2025-06-13T23:00/2025-06-14T02:00']],
  ['The bar opens 10pm - 2am Friday.', ['10pm - 2am Friday', '2025-06-20T22:00/2025-06-21T02:00']], // "opens": the coming Friday
  ['The meeting ran from 9am Friday to 5pm.', ['9am Friday to 5pm', '2025-06-13T09:00/2025-06-13T17:00']],
  ['The meeting ran 9am - 5pm Friday.', ['9am - 5pm Friday', '2025-06-13T09:00/2025-06-13T17:00']],
  // round 10, from the backlog: an abbreviated month beside another across a dash is a range's end
  ['Sales ran Jan-March 2004.', ['Jan-March 2004', '2004-01/2004-03']],
  ['Sales ran Jan-Mar 2004.', ['Jan-Mar 2004', '2004-01/2004-03']],
  // round 10 review: "I'll", "we'll" are one token and a cue ahead; "returns to" is a schedule
  ['He told reporters: "I\'ll be back on Friday."', ['Friday', '2025-06-20']],
  ['"We\'ll stay until Christmas," she said.', ['Christmas', '2025-12-25']],
  ['The case, which has dragged on since 2019, returns to court on Wednesday.', ['2019', '2019'], ['Wednesday', '2025-06-18']],
  ['Tax returns for May fell.', ['May', '2025-05']],
  // round 10 review: "ahead of" a few words before a date places it ahead; a lead or a margin does not
  ["Shares rose ahead of Thursday's results.", ['Thursday', '2025-06-19']],
  ["Investors are cautious ahead of the Fed's decision on Wednesday.", ['Wednesday', '2025-06-18']],
  ['The skipper spoke out ahead of the 12 March tie.', ['12 March', '2026-03-12']],
  ['She arrived minutes ahead of Carole on Thursday afternoon.', ['Thursday afternoon', '2025-06-12']],
  ['Ahead of the game, he said on Friday that he was fit.', ['Friday', '2025-06-13']], // a comma between: another clause
  ['Shares fell ahead of expectations on Friday.', ['Friday', '2025-06-13']], // a comparison
  ['Ministers met ahead of the summit on Thursday.', ['Thursday', '2025-06-19']],
  // round 10 review: a clock, the same moment in another zone in parentheses, then the day: the day is each clock's
  ['The opening ceremony will be at 8pm local time (1900 BST) on Friday.', ['8pm', '2025-06-20T20:00'], ['1900 BST', '2025-06-20T19:00+01:00'], ['Friday', '2025-06-20']],
  ['The blast occurred at about 10:35 a.m. (0735 GMT) Friday, police said.', ['10:35 a.m.', '2025-06-13T10:35'], ['0735 GMT', '2025-06-13T07:35Z'], ['Friday', '2025-06-13']],
  ['"He will leave at 4 in the morning (4 a.m. EDT Thursday)," Castro said.', ['4 in the morning', '2025-06-19T04:00'], ['4 a.m. EDT Thursday', '2025-06-19T04:00-04:00']],
  ['The vote closes at 10pm (2100 GMT).', ['10pm', '2025-06-16T22:00'], ['2100 GMT', '2025-06-16T21:00Z']],
  // round 10 review: "June 28th and 29th" lists a day with its suffix; "on the 30th" is a day of the month in focus
  ['The fair is on June 28th and 29th.', ['June 28th', '2025-06-28'], ['29th', '2025-06-29']],
  ['Entries close on the 30th.', ['the 30th', '2025-06-30']],
  ['She played the 18th hole on the 18th.', ['the 18th', '2025-05-18']], // past, after the reference's day: the month before
  ['In March, sales fell. On the 12th, the firm warned.', ['March', '2025-03'], ['the 12th', '2025-03-12']],
  ['Tweet week runs from the 3rd to the 11th.', ['the 3rd to the 11th', '2025-06-03/2025-06-11']],
  ['The show runs July 28th to the 3rd.', ['July 28th to the 3rd', '2025-07-28/2025-08-03']],
  // round 10 review: "H1 2025", "H2 2024" are halves, with their year only
  ['Profits rose 8% in H1 2025.', ['H1 2025', '2025-H1']],
  ['The H1 visa rules changed in 2024.', ['2024', '2024']],
  // review of round 10: a fixture's verb with a particle or a reaction faced is no fixture; the fixture stays
  ['Boeing faces fresh scrutiny after the crash on Sunday.', ['Sunday', '2025-06-15']],
  ['Trump faces a backlash over his remarks on Friday.', ['Friday', '2025-06-13']],
  ['Smith faces charges over the crash on Sunday.', ['Sunday', '2025-06-15']],
  ["Federer plays down injury fears after Sunday's defeat.", ['Sunday', '2025-06-15']],
  ['Federer plays Nadal in the final on Sunday.', ['Sunday', '2025-06-22']],
  ['England face a tough test against Italy on Saturday.', ['Saturday', '2025-06-21']],
  // review of round 10: "return" after a name or a pronoun is a fixture too; not after a possessive, a month, a weekday
  ['Liverpool return to action against Everton on Saturday.', ['Saturday', '2025-06-21']],
  ["Ronaldo's return on Sunday was a success.", ['Sunday', '2025-06-15']],
  ['Clijsters made her February return in Paris.', ['February', '2025-02']],
  ['Mrs May faces MPs on Wednesday.', ['Wednesday', '2025-06-18']],
  // review of round 10: a headline's "to" after a participle or a noun that takes "to" is a preposition, no future
  ['Firefighters called to blaze at school on Sunday', ['Sunday', '2025-06-15']],
  ['Woman admits to fraud at charity in March', ['March', '2025-03']],
  ['Boost to tourism from festival in May', ['May', '2025-05']],
  ['Council to close library on Friday', ['Friday', '2025-06-20']],
  // review of round 10: a month after a preposition of time is no contract's month before "delivery"
  ['In March delivery costs rose 5%.', ['March', '2025-03']],
  ['Brent crude for August delivery rose 1% to $80.', ['August', '2025-08']],
  // review of round 10: "starting" after a comma gives way to a past cue in the clause before it
  ['Prices have been rising steadily, starting in January.', ['January', '2025-01']],
  ['Fares go up, starting in January.', ['January', '2026-01']],
  // review of round 10: "the 1st of each month" is a set's; the first of a list with its month after the second is
  // not the month in focus's; a rank after a verb of rise or fall is no day
  ['Rent is due on the 1st of each month.', ['each month', 'P1M']],
  ['Sales on the 2nd and 3rd of January were strong.', ['3rd of January', '2025-01-03']],
  ['Ireland climbed from the 30th to the 12th in the rankings in May.', ['May', '2025-05']],
  ['The festival ran from the 3rd to the 11th.', ['the 3rd to the 11th', '2025-06-03/2025-06-11']],
  ['Shares fell from the 3rd to the 10th.', ['the 3rd to the 10th', '2025-06-03/2025-06-10']],
  ['He moved from the 30th to the 12th place.'],
  // review of round 10 (older misfires found on the way): "will" before "cut", "hit", "put" is the cue, the form its
  // infinitive; an inverted attribution after a quotation closed by its comma is no cue for the quoted date
  ['The firm will cut 200 jobs in September, said Mr Richards.', ['September', '2025-09']],
  ['The firm cut 200 jobs in September.', ['September', '2024-09']],
  ['"We will be back in August," said Jones.', ['August', '2025-08']],
  ['"We lost in March," said Jones.', ['March', '2025-03']],
  // sets
  ['The deal will add $33 million a year.', ['a year', 'P1Y', { type: 'set' }]], // after an amount: how often, a set
  ['Profit rose from $10 million a year ago.', ['a year ago', '2024', { type: 'date' }]], // "ago": a date
  ['The market opens every Monday.', ['every Monday', 'XXXX-WXX-1', { type: 'set' }]],
  ['The report is published annually.', ['annually', 'P1Y', { type: 'set' }]],
  ['The fair returns each July.', ['each July', 'XXXX-07', { type: 'set', granularity: 'month' }]],
  ['They ski every winter.', ['every winter', 'XXXX-WI', { type: 'set' }]],
  ['The show airs Tuesday nights.', ['Tuesday nights', 'XXXX-WXX-2TNI', { type: 'set' }]],
  // round 11: four digits before a plural noun count it, unless the noun is one a year dates (YEAR_HEAD_PLURALS)
  ['2013 elections were held in March.', ['2013', '2013'], ['March', '2025-03']],
  ['Collins worked at the 2000 and 2004 Olympics.', ['2000', '2000'], ['2004', '2004']],
  ['2013 figures show a rise.', ['2013', '2013']],
  ['Stocks remain down on 2004 levels.', ['2004', '2004']],
  ['Analysts had estimated that eBay would achieve 2005 revenues of $4.37bn.', ['2005', '2005']],
  ['The Russian lost the 2002 and 2004 finals.', ['2002', '2002'], ['2004', '2004']],
  // a clause's subject after a year that a preposition of time places: "people", "shares" (SUBJECTS_AFTER_YEAR)
  ['In 2012 people voted for change.', ['2012', '2012']],
  ['Since 2008 shares in the bank have lost half their value.', ['2008', '2008']],
  ['By 2030 people will drive electric cars.', ['2030', '2030']],
  ['The 1990s were good to him.', ['The 1990s', '199']],
  ['In 2013 troops left the city.', ['2013', '2013']], // a preposition of time makes it a year whatever follows
  // round 11: a season's or a fiscal year's two years, the second written short or after a slash, are a range of
  // years as "2019-2021" is (parts "2024" and "25" → 2025)
  ['The 2024-25 season starts in August.', ['2024-25', '2024/2025', { parts: [{ text: '2024', value: '2024' }, { text: '25', value: '2025' }], interval: { start: '2024-01-01', end: '2025-12-31' } }], ['August', '2025-08']],
  ['Arsenal hope to move for the start of the 2024/25 season.', ['2024/25', '2024/2025']],
  ['He was top scorer in the 2019/20 campaign.', ['2019/20', '2019/2020']],
  ['Revenue fell in the 1989-90 fiscal year.', ['1989-90', '1989/1990']],
  ['Borrowing is tipped to fall to £31bn by 2024/25.', ['2024/25', '2024/2025']],
  ['Figures showed that, for 2003/2004, rates rose.', ['2003/2004', '2003/2004']],
  ['Their first winning season since 1999-00 came at last.', ['1999-00', '1999/2000']],
  ['The club (2010/11) won the league.', ['2010/11', '2010/2011']],
  ['He served in the army from 1990-94.', ['1990-94', '1990/1994']], // a later year that can be no month, after a preposition of time
  ['Michels coached Ajax to four titles between 1965-71.', ['1965-71', '1965/1971']],
  ['Sales were flat in 2010-12.'], // a second part of 12 or less may be a month: neither is read
  // review of round 11: after "fiscal", "fiscal year" or "FY" the two years are one range with the word (was "fiscal 2024", the "/25" left)
  ['The fiscal 2024/25 deficit widened.', ['fiscal 2024/25', '2024/2025', { parts: [{ text: '2024', value: '2024' }, { text: '25', value: '2025' }] }]],
  ['In fiscal year 2023-24 the economy grew 8.2%.', ['fiscal year 2023-24', '2023/2024']],
  ['Infosys guided for FY 2025-26 growth of 3%.', ['FY 2025-26', '2025/2026']],
  ['Profit for fiscal 2024 rose.', ['fiscal 2024', '2024']],
  ['The fiscal 2012-14 plan was dropped.', ['fiscal 2012', '2012']], // not a pair (two years apart, no preposition): the year alone, as before
  // round 11: a quarter or a half before its fiscal year is one mention, the year's quarter (TimeBank: "the first
  // quarter of fiscal 1990" is 1990-Q1, a fiscal year valued by its plain year)
  ['Results for Q1 FY25 beat forecasts.', ['Q1 FY25', '2025-Q1']],
  ['Sales in Q2 FY2024 fell.', ['Q2 FY2024', '2024-Q2']],
  ['Revenue for Q3 fiscal 2025 rose 4%.', ['Q3 fiscal 2025', '2025-Q3']],
  ['H1 FY25 profit doubled.', ['H1 FY25', '2025-H1']],
  ['FY25 Q1 results were strong.', ['FY25 Q1', '2025-Q1']],
  ['It was the best first quarter of FY24 on record.', ['first quarter of FY24', '2024-Q1']],
  ['FY2025 guidance was raised.', ['FY2025', '2025']],
  ['In Q1 fiscal discipline slipped.', ['Q1', '2025-Q1']], // "fiscal" with no year after it is the next noun's
  // round 11: a date opening its sentence and closed by a comma takes the tense of the first cue after the comma,
  // the main clause's verb, up to 30 tokens on (AQUAINT NYT19981025.0188 "In January, a week after …, killed")
  ['In November, the gap between US exports and imports widened to a record.', ['November', '2024-11']],
  ['From May, dial-up users will be able to download a blocker.', ['May', '2026-05']],
  ['On Tuesday, a meeting of the WSIS in Geneva agreed to set up a fund.', ['Tuesday', '2025-06-10']],
  ['In January, a week after the anniversary of the ruling, a clinic bombing in Birmingham, Ala., killed a guard.', ['January', '2025-01'], ['a week', 'P1W']],
  ['Saturday, March 26 The deposits are part of a story that starts on Mars.', ['Saturday, March 26', '2025-03-26']], // the comma inside the mention closes nothing
  // round 11: "plans to", "intends to", "aims to" before the date (or as a fronted date's main verb) look ahead; after
  // the date they are as often a noun's or a reported clause's
  ['The union plans to strike on Friday.', ['Friday', '2025-06-20']],
  ['On Tuesday, the league plans to hold a news conference.', ['Tuesday', '2025-06-17']],
  // review of round 11: "plans to" gives no cue across a comma that opens an adverbial clause; a list's comma keeps it
  ['She said she plans to retire, after winning on Sunday.', ['Sunday', '2025-06-15']],
  ['He plans to travel to Paris, Rome and Berlin in May.', ['May', '2026-05']],
  ['He had planned to leave on Friday but stayed.', ['Friday', '2025-06-13']],
  ['Protesters who planned to march on Saturday were turned back.', ['Saturday', '2025-06-14']],
  ['Plans to expand the airport were approved on Wednesday.', ['Wednesday', '2025-06-11']],
  ['Mr Kennedy held talks with Tony Blair on Friday over government plans to hold terror suspects.', ['Friday', '2025-06-13']],
  ['Notebaert sent a letter to the board on Thursday saying that it plans to submit a new offer.', ['Thursday', '2025-06-12']],
  ['The plans to build it were dropped in March.', ['March', '2025-03']],
  // round 11: a range's first clock that writes its half of the day keeps it (only a bare one takes the second's
  // afternoon, "3:30-4:30pm")
  ['A yellow weather warning is in place from 6am until 9pm on Tuesday.', ['6am until 9pm on Tuesday', '2025-06-17T06:00/2025-06-17T21:00']],
  ['The roads are closed from 6 a.m. until 9 p.m.', ['6 a.m. until 9 p.m.', '2025-06-16T06:00/2025-06-16T21:00']],
  ['Engineering works run from 06:00 until 21:00.', ['06:00 until 21:00', '2025-06-16T06:00/2025-06-16T21:00']],
  ['The surgery is open from 3:30 to 4:30pm.', ['3:30 to 4:30pm', '2025-06-16T15:30/2025-06-16T16:30']],
  // round 11: "every second Tuesday", "every other Friday" are sets of that weekday, "every second week" every two
  // weeks ("every second" alone is still each second)
  ['The council meets every second Tuesday of the month.', ['every second Tuesday of the month', 'XXXX-WXX-2', { type: 'set' }]],
  ['Bins are collected every other Friday.', ['every other Friday', 'XXXX-WXX-5', { type: 'set' }]],
  ['The magazine comes out every second week.', ['every second week', 'P2W', { type: 'set' }]],
  ['The light flashes every second.', ['every second', 'PT1S', { type: 'set' }]],
  // round 11: "midnight on <weekday>" ends that day, as "midnight Friday" does ("midnight on 1 January" begins it)
  ['Police said the incident happened shortly before midnight on Saturday.', ['midnight on Saturday', '2025-06-14T24:00']],
  ['The ban starts at midnight on 1 January.', ['midnight on 1 January', '2026-01-01T00:00']],
  ['The offer closes at midnight on Sunday 29 June.', ['midnight on Sunday 29 June', '2025-06-29T24:00']],
  ['Stores open just after midnight on Tuesday 9 November.', ['midnight on Tuesday 9 November', '2025-11-09T00:00']], // after midnight: the day's first minutes
  // round 11: a semicolon ends the clause whose cue places a date
  ['The governor signed the bill into law on Friday; it takes effect Jan. 1.', ['Friday', '2025-06-13'], ['Jan. 1', '2026-01-01']],
  // round 11: a deadline with a weekday leans ahead as a bare weekday does ("until 8 p.m. Sunday"); "until Friday to
  // respond" (what is due) looks ahead over a past cue; "through Friday to close" is a period's end
  ['The heat advisory remains in effect until 8 p.m. Sunday.', ['8 p.m. Sunday', '2025-06-22T20:00']],
  ['The judge gave prosecutors until Friday to respond.', ['Friday', '2025-06-20']],
  ['Nasdaq shares rose strongly through Friday to close at $28.23.', ['Friday', '2025-06-13']],
  // round 11: "ET", "CT", "MT", "PT" are standard or daylight time by the day (US rules: 2nd Sunday of March to
  // 1st Sunday of November)
  ['The outage began at about 2 a.m. ET and was resolved by 9 a.m.', ['2 a.m. ET', '2025-06-16T02:00-04:00'], ['9 a.m.', '2025-06-16T09:00']],
  ['The show will air at 8pm ET on Jan. 5.', ['8pm ET on Jan. 5', '2026-01-05T20:00-05:00']],
  ['It starts at 10 a.m. PT on March 9, 2025.', ['10 a.m. PT on March 9, 2025', '2025-03-09T10:00-07:00']],
  ['It started at 10 a.m. PT on March 8, 2025.', ['10 a.m. PT on March 8, 2025', '2025-03-08T10:00-08:00']],
  // round 11: "the new year" is the year that begins next, not New Year's Day: ahead under a future cue (in its
  // clause too), behind under a past one, with none the coming year from July on; a capitalized word or a noun of
  // the holiday after it keeps the holiday ("the New Year Honours", "the New Year celebration")
  ['The inquiry will report its findings in the new year.', ['the new year', '2026']],
  ['I will be asking Parliament to renew this legislation in the New Year.', ['the New Year', '2026']],
  ['The JSE had risen steadily since the New Year.', ['the New Year', '2025']],
  ['He received an OBE in the New Year Honours.', ['New Year', '2025-01-01']],
  ['Fireworks lit up the sky during the New Year celebration.', ['New Year', '2025-01-01']],
  // review of round 11: greeted, seen in, beside Christmas or "at" it, the new year is New Year's Day; else the year
  ['Thousands gathered in Edinburgh to welcome the new year.', ['the new year', '2025-01-01']],
  ['Celebrations to see in the new year were cancelled.', ['the new year', '2025-01-01']],
  ['The office shuts between Christmas and the new year.', ['Christmas and the new year', '2024-12-25/2025-01-01']],
  ['Bar a slight dip at the New Year, the index rose.', ['the New Year', '2025-01-01']],
  ['Sales surged in the run-up to the new year.', ['the new year', '2025']],
  ['The new year began with a storm.', ['The new year', '2025']],
  ['Fireworks lit the sky as the new year arrived.', ['the new year', '2025']],
  // round 11: holidays named with a possessive ("New Year's Eve", "Valentine's Day") are the holiday, not "New Year"
  ['Meet the Fockers took the most money on New Year\'s Eve and New Year\'s Day.', ["New Year's Eve", '2024-12-31'], ["New Year's Day", '2025-01-01']],
  ['She went into labour there on Valentine’s Day.', ['Valentine’s Day', '2025-02-14']],
  // round 11: "end-" before a year or an ambiguous month marks its end, as "mid-" does
  ['Inflation is expected to fall back to 2% by end-2026.', ['end-2026', '2026', { mod: 'END' }]],
  ['The ruling comes into effect from end-March.', ['end-March', '2026-03', { mod: 'END' }]],
  // review of round 11: the "the" before "end-May" is the noun's ("the end-May target"); "the mid-1990s" keeps its own
  ['The end-May target was missed.', ['end-May', '2025-05', { mod: 'END' }]],
  ['The end-2024 figures were revised.', ['end-2024', '2024', { mod: 'END' }]],
  ['Sales rose in the mid-1990s.', ['the mid-1990s', '199', { mod: 'MID' }]],
  // round 11: "the week beginning/commencing/starting 7 July", "the week to Saturday", "the week ending Friday" are
  // the week that holds the day, one mention, as "the week of March 6" is
  ['The talks will take place in the week beginning 7 July.', ['the week beginning 7 July', '2025-W28']],
  ['Retail sales rose 1.2% in the week to Saturday.', ['the week to Saturday', '2025-W24']],
  ['Cinema admissions fell in the week ending Friday.', ['the week ending Friday', '2025-W24']],
  ['Rail works are planned for the week commencing 14 July.', ['the week commencing 14 July', '2025-W29']],
  // round 11: "the quarter ended/ending/to <day>" is the calendar quarter that holds most of it, the day 45 days
  // before its end (TimeBank wsj_0662 "the quarter ended July 31": 1989-Q2)
  ['Nvidia will report results for the quarter ending July 27 on August 27.', ['the quarter', '2025-Q2'], ['July 27', '2025-07-27'], ['August 27', '2025-08-27']],
  ['For the quarter ended March 31, 2024, Delta posted net income.', ['the quarter', '2024-Q1'], ['March 31, 2024', '2024-03-31']],
  ['Profit in the quarter to 30 June rose.', ['the quarter', '2025-Q2'], ['30 June', '2025-06-30']],
  // round 11: "the 90s" with its "the" is the decade, as "the '90s" is (the two-digit form was never read); not after a
  // word of temperature, nor in a list of counts
  ['Sales peaked in the 90s.', ['the 90s', '199']],
  ['In the 70s she took on jobs more commonly taken by men.', ['the 70s', '197']],
  // review of round 11: a level is no decade ("traded in the 60s", "fell to the 80s"); a verb of change with "in" keeps it
  ['House prices soared in the 80s.', ['the 80s', '198']],
  ['Unemployment fell in the 90s before rising.', ['the 90s', '199']],
  ['It felt like a return to the 80s.', ['the 80s', '198']],
  ['The band, who scored hits in the 80s, reformed.', ['the 80s', '198']],
  // round 11: "finishes", "concludes" are an event's end in the present, a schedule as "ends" is
  ['The F1 season finishes in Abu Dhabi in December.', ['December', '2025-12']],
  ['The inquiry concludes on Friday.', ['Friday', '2025-06-20']],
  // round 11: "open", "close" after a plural subject and before "at" or "on" are a schedule ("Polls open at 7am"); not
  // the nouns ("its previous record close"), a name ("the Chennai Open") or after a modal
  ['Pre-orders open at 2pm BST on Wednesday.', ['2pm BST on Wednesday', '2025-06-18T14:00+01:00']],
  ['Nominations close on Friday.', ['Friday', '2025-06-20']],
  ['The index rose above its previous record close on Wednesday.', ['Wednesday', '2025-06-11']],
  ['Moya won the Chennai Open on Sunday.', ['Sunday', '2025-06-15']],
  ["They probably wouldn't open on Sunday.", ['Sunday', '2025-06-15']],
  // round 11: a month after a noun of published data and "for" is the period the data cover, behind
  ['The inflation figures for May will be published on Wednesday.', ['May', '2025-05'], ['Wednesday', '2025-06-18']],
  ['China will release economic data for March in mid-April.', ['March', '2025-03'], ['mid-April', '2026-04', { mod: 'MID' }]],
  ['Sales for next May are booked.', ['next May', '2026-05']],
  // round 11: a clock before a day that opens a range of days is the range's hours, not the first day's
  ['The library is open from 9am to 5pm Monday to Saturday.', ['9am to 5pm', '2025-06-16T09:00/2025-06-16T17:00'], ['Monday to Saturday', '2025-06-16/2025-06-21']],
  ['Open 9am-5pm, Monday to Friday.', ['9am-5pm', '2025-06-16T09:00/2025-06-16T17:00'], ['Monday to Friday', '2025-06-16/2025-06-20']],
  ['The shop is open 10am to 4pm on Sunday.', ['10am to 4pm on Sunday', '2025-06-15T10:00/2025-06-15T16:00']],
  // round 11: "and"/"but" before an auxiliary open a coordinated clause with its own tense; "comes out" is a schedule
  ['He pleaded not guilty at his arraignment Thursday and is due back in court Nov. 12.', ['Thursday', '2025-06-12'], ['Nov. 12', '2025-11-12']],
  ['The council held a conference call on Tuesday and are set to announce their decision.', ['Tuesday', '2025-06-10']],
  ['They delivered 20,000 bottles to the US in January and will launch another wine.', ['January', '2025-01']],
  ['An even smaller model comes out in May and will store 256MB of music.', ['May', '2026-05']],
  // round 11: "runs from/until/through" is a schedule; "the autumn of next year" is that year's season, one mention
  ['The Berlinale runs until 20 February.', ['20 February', '2026-02-20']],
  ['The hurricane season runs from June 1 to Nov. 30.', ['June 1 to Nov. 30', '2025-06-01/2025-11-30']],
  ['The centre will open in the autumn of next year.', ['the autumn of next year', '2026-FA']],
  ['It opened in the spring of last year.', ['the spring of last year', '2024-SP']],
  // round 11: a half in a compound adjective is the year's before a noun of accounts, a match's otherwise
  ['The company expects second-half revenue to rise 10%.', ['second-half', '2025-H2']],
  ['Qantas has posted a record fiscal first-half profit.', ['fiscal first-half', '2025-H1']],
  ['The keeper made two saves midway through the first-half.'],
  ['He was more disappointed with the second-half performance.'],
  // round 11: a weekday in the plural after "on" is every such weekday, a set (and its list after it)
  ['The museum is closed on Mondays.', ['Mondays', 'XXXX-WXX-1', { type: 'set' }]],
  ['Bins are collected on Tuesdays and Fridays.', ['Tuesdays', 'XXXX-WXX-2'], ['Fridays', 'XXXX-WXX-5']],
  ['The show moves from BBC One on Fridays to Sundays on BBC Two.', ['Fridays', 'XXXX-WXX-5'], ['Sundays', 'XXXX-WXX-7']],
  ['Sundays are quiet in the village.'],
  ['The Sundays were a band.'],
  // round 11: a weekday right after a present "is"/"are" (or "is on") is the coming one; not after "it is", "today is"
  ['Game 7 is Sunday night in Denver.', ['Sunday night', '2025-06-22']],
  // review of round 11: a result named with its day after "is" is no coming day; a fixture's is
  ["The problem is Sunday's result.", ['Sunday', '2025-06-15']],
  ["The worry for Leeds is Saturday's defeat at home.", ['Saturday', '2025-06-14']],
  ["The big question is Sunday's final.", ['Sunday', '2025-06-22']],
  // review of round 11: the round's other rules on sentences they were not made for, read right
  ['The Sunday Times reported on Sunday that the deal was off.', ['Sunday', '2025-06-15']],
  ['Sunday Express readers voted on Monday.', ['Monday', '2025-06-16']],
  ['The game starts at 8pm ET on Sunday.', ['8pm ET on Sunday', '2025-06-22T20:00-04:00']],
  ['He does PT sessions at 7am.', ['7am', '2025-06-16T07:00']],
  ['PT Telkom shares rose on Friday.', ['Friday', '2025-06-13']],
  ['The week ending Friday was the worst since March.', ['The week ending Friday', '2025-W24'], ['March', '2025-03']],
  ['Figures for the week ending 30 May showed a dip.', ['the week ending 30 May', '2025-W22']],
  ['Bin collections are on Wednesdays.', ['Wednesdays', 'XXXX-WXX-3']],
  ['He was sentenced on Tuesday 10 June.', ['Tuesday 10 June', '2025-06-10']],
  ['Between 2010-15 crime fell.', ['2010-15', '2010/2015']],
  ['In 2015-16 the club won the league.', ['2015-16', '2015/2016']],
  ['The 1966 World Cup winners were honoured.', ['1966', '1966']],
  ['He sold 2013 cars last year.', ['last year', '2024']],
  ['First-half earnings will be published on Thursday.', ['First-half', '2025-H1'], ['Thursday', '2025-06-19']],
  ['He was arrested on New Year\'s Eve.', ["New Year's Eve", '2024-12-31']],
  ['The most important thing at the moment is Sunday\'s game against Newport.', ['at the moment', 'PRESENT_REF'], ['Sunday', '2025-06-22']],
  ['Tim Collins is on Thursday setting out a new scheme.', ['Thursday', '2025-06-19']],
  ['It is day two. It is Tuesday and today I got pulled to ultrasound.', ['Tuesday', '2025-06-10'], ['today', '2025-06-16']],
  // round 11: a modifier word the match before already holds is not taken again (mentions never overlap)
  ['Results for year end-June 2013 were good.', ['year end', '2025'], ['June 2013', '2013-06']],
  // round 11: "late", "early" after a duration say how far off, no part of the period after them
  ['Bin collections will be a day late next week.', ['a day', 'P1D'], ['next week', '2025-W26']],
  ['The harvest came two weeks early this year.', ['two weeks', 'P2W'], ['this year', '2025']],
  ['It peaked in late June.', ['late June', '2025-06', { mod: 'END' }]],
  // round 11: a weekday after "until" or "by" with no cue leans ahead, unless a past cue is in its clause
  ['The festival runs until Sunday.', ['Sunday', '2025-06-22']],
  ["Creditors have given the group until Wednesday to sign up to the rescue.", ['Wednesday', '2025-06-18']],
  ['The show ran until Sunday.', ['Sunday', '2025-06-15']],
  ['The Sunday Times reported that they met on Sunday.', ['Sunday', '2025-06-15']], // the paper is no day, the second Sunday is
  ['The match is on Sunday. Times are hard.', ['Sunday', '2025-06-22']], // ("is on": the coming one, since the copula rule below)
  ['Until Saturday, such booby-trap attacks had badly maimed recruits.', ['Saturday', '2025-06-14']],
  ["They had gone five matches unbeaten until Sunday's 1-0 defeat.", ['Sunday', '2025-06-15']],
];

/** With a reference that states its clock (Monday 2025-06-16, 12:14): hours and minutes ago are times. */
/**
 * Rows under their own reference (a mid-week one, or one where a rule's edge lies): [reference, text, mentions…].
 * Round 10 on.
 */
export const ROWS_AT: [string, ...Row][] = [
  // round 11: a score ("2-1") near the date is a result, a past cue (not days beside a month, "10-20 February")
  ['2025-06-20', 'Liverpool beat Everton 2-1 on Saturday evening.', ['Saturday evening', '2025-06-14TEV']],
  ['2025-06-20', 'Henman beat Rusedski 4-6 7-6 6-4 at the Dubai Championships on Tuesday.', ['Tuesday', '2025-06-17']],
  ['2025-06-20', 'Ireland face Wales on Saturday after a 2-1 win.', ['Saturday', '2025-06-21']],
  ['2025-06-20', 'They switch to a 4-3-3 on Saturday.', ['Saturday', '2025-06-21']],
  ['2025-06-20', 'The festival will take place from 10-20 February.', ['10-20 February', '2026-02-10/2026-02-20']],
  // round 11: "could", "might" before a verb, a few words before the date, are a possibility ahead
  ['2025-06-16', 'Temperatures could reach 34C on Saturday.', ['Saturday', '2025-06-21']],
  // review of round 11: "could remember/recall" is a past ability, no cue ahead; a past "could" before a past form stays behind
  ['2025-06-20', 'Few could remember a hotter day than Wednesday.', ['Wednesday', '2025-06-18']],
  ['2025-06-20', 'Nobody could recall a storm like the one on Tuesday.', ['Tuesday', '2025-06-17']],
  ['2025-06-20', 'She could have won on Sunday but for a late penalty.', ['Sunday', '2025-06-15']],
  ['2025-06-20', 'Police said the man could barely walk when he was found on Tuesday.', ['Tuesday', '2025-06-17']],
  ['2025-06-20', 'It might seem odd, but shares rose on Thursday.', ['Thursday', '2025-06-19']],
  ['2025-06-20', 'Shoppers could see prices rise in March.', ['March', '2026-03']],
  ['2025-06-16', 'El Guerrouj could meet Bekele in March.', ['March', '2026-03']],
  ['2025-06-16', 'Neither he nor his grandparents could be located on Wednesday.', ['Wednesday', '2025-06-11']],
  ['2025-06-16', 'Spending fell to 94.2 from 95.5 in January, which could indicate a fall.', ['January', '2025-01']],
  ['2025-06-16', 'PCs bought before November could replace their copies.', ['November', '2024-11']],
  // round 11: a weekday stated with its day checks the year the tense gave it, when it puts the day within a week of
  // the reference ("will announce on Thursday 19 June" said on Friday 20 June 2025 is the day before, not 2026); a
  // date farther away decides over its weekday (chrono: "Tuesday, 10 January")
  ['2025-06-20', 'The Bank of England will announce its next rate decision on Thursday 19 June.', ['Thursday 19 June', '2025-06-19']],
  ['2025-06-20', 'Tickets went on sale on Friday 27 June.', ['Friday 27 June', '2025-06-27']],
  ['2025-06-20', 'The boutique opens on Monday, April 5.', ['Monday, April 5', '2026-04-05']],
  // round 10 review: a time on a stated day makes that day the one in focus for a later bare clock
  ['2025-10-15', 'Polls open at 7am on Thursday and close at 10pm.', ['7am on Thursday', '2025-10-16T07:00'], ['10pm', '2025-10-16T22:00']],
  ['2025-10-15', 'Polls open at 7am and close at 10pm.', ['7am', '2025-10-15T07:00'], ['10pm', '2025-10-15T22:00']],
  // round 10 review: a clock after a range of days is not joined to the range's second end alone
  ['2025-10-15', 'Opening hours: Monday to Friday, 9am to 5pm.', ['Monday to Friday', '2025-10-13/2025-10-17'], ['9am to 5pm', '2025-10-15T09:00/2025-10-15T17:00']],
  ['2025-10-15', 'Opening hours: Monday - Friday, 9am to 5pm.', ['Monday - Friday', '2025-10-13/2025-10-17'], ['9am to 5pm', '2025-10-15T09:00/2025-10-15T17:00']], // a dash joins the days as "to" does (secondEnd read only words)
  ['2025-10-15', 'The office is open Monday to Friday 9am-5pm.', ['Monday to Friday', '2025-10-13/2025-10-17'], ['9am-5pm', '2025-10-15T09:00/2025-10-15T17:00']],
  ['2025-10-15', 'The fair runs from June 18 to June 20 at 9 a.m.', ['June 18 to June 20 at 9 a.m.', '2025-06-18T09:00/2025-06-20T09:00']],
  ['2025-10-15', 'The shop opens Friday, 9am.', ['Friday, 9am', '2025-10-17T09:00']],
  // round 10 review: the nth weekday of a month is that day
  ['2025-10-15', 'The event takes place on the first Saturday of December.', ['the first Saturday of December', '2025-12-06']],
  ['2025-10-15', 'The vote is on the last Monday in May 2026.', ['the last Monday in May 2026', '2026-05-25']],
  ['2025-10-15', 'It was the first Friday in June.', ['the first Friday in June', '2025-06-06']],
  ['2025-10-15', 'He won the second Tuesday of March last year.', ['the second Tuesday of March last year', '2024-03-12']],
  ['2025-10-15', 'He played on the first Saturday and won in December.', ['Saturday', '2025-10-11'], ['December', '2024-12']], // no "of"/"in" right after the weekday: apart
  ['2025-10-15', 'Last Monday in May the shop shut.', ['Last Monday', '2025-10-13'], ['May', '2025-05']], // no "the": the last Monday before the reference
  // round 10 review: "between 2 and 4 October" is a range of days (and a list or a count is not)
  ['2025-10-15', 'The survey was carried out between 2 and 4 October.', ['2 and 4 October', '2025-10-02/2025-10-04']],
  ['2025-10-15', 'The survey ran on 2 and 3 October.', ['2', '2025-10-02'], ['3 October', '2025-10-03']], // a list, not a range: TimeML marks each day
  ['2025-10-15', 'He scored 1 and 2 goals in October.', ['October', '2025-10']], // no month right after the second number: no list
  ['2025-10-15', 'Between 10 and 12 people died on 3 October.', ['3 October', '2025-10-03']],
  // round 10 review: "the second half of the year", "the first quarter of this year": the reference's year
  ['2025-10-15', 'Profits will rise in the second half of the year.', ['the second half of the year', '2025-H2']],
  ['2025-10-15', 'Sales fell in the first quarter of this year.', ['the first quarter of this year', '2025-Q1']],
  ['2025-10-15', 'He scored in the second half of the match.'], // a match's half
  // round 10 review: Black Friday and Cyber Monday, counted from Thanksgiving
  ['2025-10-15', 'Retailers are preparing for Black Friday and Cyber Monday.', ['Black Friday', '2025-11-28'], ['Cyber Monday', '2025-12-01']],
  ['2025-10-15', 'The black friday sale was weak.', ['friday', '2025-10-10']], // in lower case: no name
  // round 10 review: a fixture's verb in the present after a name or a pronoun looks ahead
  ['2025-10-15', 'Ireland face the Faroe Islands in Dublin on Wednesday.', ['Wednesday', '2025-10-15']],
  ['2025-10-15', 'Sale host Bath in the cup on Friday.', ['Friday', '2025-10-17']],
  ['2025-10-15', 'Connecticut, which faces Kentucky on Saturday, was fined.', ['Saturday', '2025-10-18']],
  ['2025-06-16', "Sri Lanka's banks face hard times after March's floods.", ['March', '2025-03']], // a noun before it: no fixture
  ['2025-10-15', 'She suffered wounds to her body and face on Friday.', ['Friday', '2025-10-10']],
  ['2025-10-15', 'The best players met face-to-face in late September.', ['late September', '2025-09']],
  ['2025-10-15', 'United beat host West Ham on Saturday.', ['Saturday', '2025-10-11']],
  ['2025-10-15', 'The Gunners travel to St James\' Park on Wednesday.', ['Wednesday', '2025-10-15']],
  ['2025-10-15', 'The team travels to Madrid on Tuesday for the match.', ['Tuesday', '2025-10-21']],
  ['2025-10-15', 'The squad flies out on Tuesday.', ['Tuesday', '2025-10-21']],
  ['2025-10-15', 'The squad flew out on Tuesday.', ['Tuesday', '2025-10-14']],
  ['2025-06-20', 'Murray plays his first-round match on Monday.', ['Monday', '2025-06-23']],
  ['2025-06-20', 'The Huskies play Notre Dame on Sunday in a semifinal.', ['Sunday', '2025-06-22']],
  ['2025-06-20', 'Murray played his first-round match on Monday.', ['Monday', '2025-06-16']],
  // round 10 review: a clock before a part of a day ("8pm tonight", "11pm last night") is on that part's day
  ['2025-10-15', 'The match kicks off at 8pm tonight.', ['8pm tonight', '2025-10-15T20:00']],
  ['2025-10-15', 'He left at 11pm last night.', ['11pm last night', '2025-10-14T23:00']],
  ['2025-10-15', 'Shares closed at 4pm yesterday afternoon.', ['4pm yesterday afternoon', '2025-10-14T16:00']],
  ['2025-10-15', 'It opened at 10am; this morning it shut.', ['10am', '2025-10-15T10:00'], ['this morning', '2025-10-15TMO']], // a mark between: apart
  // round 10 review: a contract's month is one ahead, whatever the tense
  ['2025-10-15', 'Brent crude for December delivery rose 1%.', ['December', '2025-12']],
  ['2025-10-15', 'Cocoa for May delivery rose for the first day.', ['May', '2026-05']],
  ['2025-10-15', 'Deliveries rose in May.', ['May', '2025-05']],
  // round 10 review: "continues on/at/in" is a schedule ("the trial continues on Monday"); "continues to" is not
  ['2025-10-15', 'The trial continues on Monday.', ['Monday', '2025-10-20']],
  ['2025-10-15', 'The court heard the defendant denies the charges and the trial continues on Thursday.', ['Thursday', '2025-10-16']],
  ['2025-10-15', 'Inflation continues to rise in May.', ['May', '2025-05']],
  // round 10 review: ", said" is an inverted attribution only before a name or a determiner
  ['2025-10-15', 'The CEO, speaking at a conference on Tuesday, said growth would return next year.', ['Tuesday', '2025-10-14'], ['next year', '2026']],
  ['2025-10-15', 'The plant will close in March, said the firm.', ['March', '2026-03']],
  ['2025-10-15', 'The musical will open in November, said Mr Richards.', ['November', '2025-11']],
  // round 10 review: a day and month in a relative year is one mention, as "June last year" is
  ['2025-10-15', 'The exhibition runs until 4 January next year.', ['4 January next year', '2026-01-04']],
  ['2025-10-15', 'It opened on June 4 last year.', ['June 4 last year', '2024-06-04']],
  ['2025-10-15', 'He came on Friday last year.', ['Friday', '2025-10-10'], ['last year', '2024']], // a weekday stays apart
  // round 10 review: "starting", "beginning" before a date lean ahead when no cue is near
  ['2025-10-15', 'The band announced a 20-date tour starting in March.', ['March', '2026-03']],
  ['2025-10-15', 'The production is staged at the Volksoper, beginning on Saturday.', ['Saturday', '2025-10-18']],
  ['2025-10-15', 'The strike, starting on Monday, caused chaos.', ['Monday', '2025-10-13']], // a past cue near it
  ['2025-10-15', 'Starting March 23rd, we began registering.', ['March 23rd', '2025-03-23']],
  // round 10: a month six months from the reference with no cue: the nearer by days (chrono's suite: "May" said on 22 November)
  // (round 11: "figures for May" is data for a month behind, so the rows say "sales in May")
  ['2025-11-22', 'Retail sales in May are key.', ['May', '2026-05']],
  ['2025-11-05', 'Retail sales in May are key.', ['May', '2025-05']],
  ['2025-11-22', 'Retail figures for May are key.', ['May', '2025-05']],
  ['2025-01-20', 'The July figures matter most.', ['July', '2025-07']],
  ['2025-01-05', 'The July figures matter most.', ['July', '2024-07']],
  // review of round 11: odds, a standing or a forecast is no result (no past cue); a vote's or a result's score still is
  ['2025-06-20', 'The vote is expected to be 5-4 on Tuesday.', ['Tuesday', '2025-06-24']],
  ['2025-06-20', "Frankel is a 3-1 favourite for Saturday's race.", ['Saturday', '2025-06-21']],
  ['2025-06-20', 'Odds of 10-1 are offered on snow in London in December.', ['December', '2025-12']],
  ['2025-06-20', "Boston lead the series 2-1 ahead of Friday's game four.", ['Friday', '2025-06-20']],
  ['2025-06-20', 'Leading 1-0, United will travel to Madrid on Tuesday.', ['Tuesday', '2025-06-24']],
  ['2025-06-20', 'The committee, split 7-2, meets again on Friday.', ['Friday', '2025-06-20']],
  ['2025-06-20', 'Celtic face Rangers on Sunday with the series level at 1-1.', ['Sunday', '2025-06-22']],
  ['2025-06-20', 'The court ruled 6-3 that the law will take effect on 1 July.', ['1 July', '2025-07-01']],
  ['2025-06-20', 'Spurs, who led 2-1 at half-time, lost on Tuesday.', ['Tuesday', '2025-06-17']],
  ['2025-06-20', 'Wales lost 3-1 to Italy on Saturday.', ['Saturday', '2025-06-14']],
  // review of round 11: the tense rules on other sentences, read right (Friday reference)
  ['2025-06-20', 'The doors open at 7pm on Thursday.', ['7pm on Thursday', '2025-06-26T19:00']],
  ['2025-06-20', 'He was injured on Saturday and is out for six weeks.', ['Saturday', '2025-06-14'], ['six weeks', 'P6W']],
  ['2025-06-20', 'She resigned on Monday and was replaced on Tuesday.', ['Monday', '2025-06-16'], ['Tuesday', '2025-06-17']],
  ['2025-06-20', 'Voters have until Thursday to register.', ['Thursday', '2025-06-26']],
  ['2025-06-20', 'The ruling could come on Thursday.', ['Thursday', '2025-06-26']],
  ['2025-06-20', 'The storm could have hit on Sunday.', ['Sunday', '2025-06-15']],
  ['2025-06-20', 'On Thursday, the bank will announce its decision.', ['Thursday', '2025-06-26']],
  ['2025-06-20', 'In December, he says, prices will fall.', ['December', '2025-12']],
  ['2025-06-20', 'The bank cut rates in August and has signalled more.', ['August', '2024-08']],
  // review of round 11: a week beginning on a Sunday (a US week) is the ISO week of the days after it; one ending on it is its own
  ['2025-01-10', 'The week beginning 8 December saw record sales.', ['The week beginning 8 December', '2024-W50']],
  ['2025-01-10', 'The week ending Sunday 8 December was quiet.', ['The week ending Sunday 8 December', '2024-W49']],
  ['2025-12-29', 'Trains will run less often in the week beginning 5 January.', ['the week beginning 5 January', '2026-W02']],
];

export const CLOCK_REF = '2025-06-16T12:14';
export const CLOCK_ROWS: Row[] = [
  ['The alarm rang three hours ago.', ['three hours ago', '2025-06-16T09:14', { type: 'time', granularity: 'minute' }]],
  ['He left half an hour ago.', ['half an hour ago', '2025-06-16T11:44']],
  ['The polls close 12 hours from now.', ['12 hours from now', '2025-06-17T00:14']],
  ['The quake struck 15 hours 29 min ago.', ['15 hours 29 min ago', '2025-06-15T20:45']], // a sum of units
  ['It began 1 day, 21 hours and 5 minutes ago.', ['1 day, 21 hours and 5 minutes ago', '2025-06-14T15:09']],
  ['The bell rang 15 minutes before.', ['15 minutes before', '2025-06-16T11:59']], // at the end of a clause
  ['The ship sank three days ago.', ['three days ago', '2025-06-13']], // days stay days
  ['Talks stalled two days before the vote.', ['two days', 'P2D']], // before an event: a duration
  ['Posted 1h ago.', ['1h ago', '2025-06-16T11:14']], // a unit glued to its number
  ['Remind me +15 minutes.', ['+15 minutes', '2025-06-16T12:29']], // a signed amount from the reference
  ['Snooze: +1 day 2 hour', ['+1 day 2 hour', '2025-06-17T14:14']],
  ['Expect 2-3 days of rain.', ['3 days', 'P3D']], // a dash between numbers is no sign
  ['Updated 2hr 5min ago.', ['2hr 5min ago', '2025-06-16T10:09']],
  ['The log shows 12 seconds ago.', ['12 seconds ago', '2025-06-16T12:13']], // 12:13:48, to the minute
  ['Last seen 3m 49s ago.', ['3m 49s ago', '2025-06-16T12:10']], // "m" and "s" inside a sum before "ago"
  ['Edited 1d 21 h 25m ago.', ['1d 21 h 25m ago', '2025-06-14T14:49']],
  ['Updated -2hr5min', ['-2hr5min', '2025-06-16T10:09']], // several parts glued in one word
  ['Snooze:\n+1m', ['+1m', '2025-06-16T12:15']], // "m" after a sign, on a line of its own: a minute
  ['It rang the min before.', ['the min before', '2025-06-16T12:13']], // one clock unit from the time in focus, at the end of a clause
  ['The hall emptied the hour after.', ['the hour after', '2025-06-16T13:14']],
  ['We meet at 8 this evening.', ['8 this evening', '2025-06-16T20:00']], // a bare hour before a part of a day is its clock time
  ['They meet at 10 Tuesday morning.', ['10 Tuesday morning', '2025-06-17T10:00']],
  ['Shares closed at 12 on Friday.', ['Friday', '2025-06-13']], // before a day alone, "12" is a price as often as a time
  ['Move it to next tuesday +10 days.', ['next tuesday +10 days', '2025-07-04']], // a day moved by a signed amount after it
  ['Snooze: +2 months, 5 days', ['+2 months, 5 days', '2025-08-21']], // months then days land on a day
  ['The storm is two days out.', ['two days out', '2025-06-18']], // "out" at the end of a clause: ahead of the reference
  ['We land 15 minute out.', ['15 minute out', '2025-06-16T12:29']],
];

/** Counts glued to their units: a duration after a preposition of time (reference CLOCK_REF). */
export const GLUED_ROWS: Row[] = [
  ['Scott won in 6.46secs.', ['6.46secs', 'PT6.46S', { type: 'duration' }]], // a race time keeps its hundredths; past tense: no interval
  ['The bus leaves in 2hour.', ['2hour', 'PT2H', { interval: { start: '2025-06-16T14:14', end: '2025-06-16T14:14' } }]],
  ['Doors open in 1d 2hr 5min.', ['1d 2hr 5min', 'P1DT2H5M', { interval: { start: '2025-06-17T14:19', end: '2025-06-17T14:19' } }]],
  ['Doors open in 1d, 2hr, and 5min.', ['1d, 2hr, and 5min', 'P1DT2H5M']],
  ['Sales fell lastmonth.', ['lastmonth', '2025-05', { interval: { start: '2025-05-01', end: '2025-05-31' } }]], // a direction glued to its unit
  ['We meet nextweek.', ['nextweek', '2025-W26']],
];

/**
 * Durations anchored to the reference keep their TIMEX3 type and value (TimeBank and AQUAINT annotate
 * "within 18 months", "the past two months" as durations) and gain the resolved bounds (reference
 * CLOCK_REF, Monday 2025-06-16 12:14).
 */
export const ANCHORED_ROWS: Row[] = [
  ['Trading resumes in 10 minutes.', ['10 minutes', 'PT10M', { type: 'duration', interval: { start: '2025-06-16T12:24', end: '2025-06-16T12:24' } }]],
  ['We have to decide in 5 days.', ['5 days', 'P5D', { interval: { start: '2025-06-21', end: '2025-06-21' } }]],
  ['Troops will leave within two weeks.', ['two weeks', 'P2W', { interval: { start: '2025-06-16', end: '2025-06-30' } }]],
  ['Reply within 1 hour.', ['1 hour', 'PT1H', { interval: { start: '2025-06-16T12:14', end: '2025-06-16T13:14' } }]],
  ['Doors open in 1 day 2 hours.', ['1 day 2 hours', 'P1DT2H', { interval: { start: '2025-06-17T14:14', end: '2025-06-17T14:14' } }]],
  ['Prices rose over the past week.', ['the past week', 'P1W', { interval: { start: '2025-06-09', end: '2025-06-16' } }]],
  ['Shares fell 8% in the last three months.', ['the last three months', 'P3M', { interval: { start: '2025-03-16', end: '2025-06-16' } }]],
  ['Rates may fall in the next two years.', ['the next two years', 'P2Y', { interval: { start: '2025-06-16', end: '2027-06-16' } }]],
  ['The launch comes after a year.', ['a year', 'P1Y', { interval: { start: '2026-06-16', end: '2026-06-16' } }]],
  ['The storm arrives in around 5 hours.', ['5 hours', 'PT5H', { mod: 'APPROX', interval: { start: '2025-06-16T17:14', end: '2025-06-16T17:14' } }]],
  ['The storm arrives in about ~5 hours.', ['5 hours', 'PT5H', { mod: 'APPROX', interval: { start: '2025-06-16T17:14', end: '2025-06-16T17:14' } }]], // a tilde is "about"
  ['A vote is due in 1.5 hours.', ['1.5 hours', 'PT1H30M', { interval: { start: '2025-06-16T13:44', end: '2025-06-16T13:44' } }]],
  ['Results come in one month.', ['one month', 'P1M', { interval: { start: '2025-07-16', end: '2025-07-16' } }]],
  ['It is due in 1 mon.', ['1 mon', 'P1M', { interval: { start: '2025-07-16', end: '2025-07-16' } }]], // "mon" in lower case after a count: a month (from the backlog)
];

/** Durations that float free or hang on another event: no interval (reference CLOCK_REF). */
export const FLOATING: [string, string][] = [
  ['The two nations built ties for three decades.', 'three decades'],
  ['He was killed within a week of his capture.', 'a week'], // tied to the capture
  ['It was the biggest drop in a week.', 'a week'], // a span looked back over
  ['Output rose for the first time in 20 years.', '20 years'],
  ['Shares are up 5% in a year.', 'a year'], // a change over a span looked back over
  ['It was the best figure in five years.', 'five years'],
  ['GDP fell in the last three months of 2004.', 'the last three months'], // tied to 2004
  ['Output rose in the three months to September.', 'the three months'], // a period in focus
  ['The trial is expected to last two months.', 'two months'], // "last" is the verb here
  ['Prices are up 3 percent in a week.', 'a week'],
  ['The deal was signed in 10 minutes.', '10 minutes'], // past tense: counted from the event
  ['A 10-year note was sold.', '10-year'],
  ['The talks went on for several hours.', 'several hours'], // vague: no count
  ['The probe arrives in 999999 years.', '999999 years'], // beyond four-digit years
  ['Prices will rise within a few months.', 'a few months'], // the article belongs to the count
  ['Add 3 days after 3/4 cup.', '3 days'], // a fraction after "after": no day
  ['The vote came 2 weeks after 3/4 of members agreed.', '2 weeks'],
  ['It was a week out from the vote.', 'a week'], // "out from" ties it to the vote
  ['He took 15 minutes out of his day.', '15 minutes'],
  ['I broke a rib and that was another two months out.', 'two months'], // out of play, told in the past: a spell, not a date
];

/** Four digits that are years or counts, never clocks (round 8's four-digit clock needs a zone, "local time" or a zero-led end). */
export const NOT_CLOCKS: string[] = [
  'The club was founded in 1830.',
  'They sold 2100 units.',
  'Between 2000 and 2010 prices rose.',
  'Sales rose from 1998 to 2004.',
];

/** Sentences where nothing is a date. */
export const NEGATIVE: string[] = [
  'As the second China-Central Asia Summit convenes, hopes grow.',
  'They stood against the "three forces" of terrorism.',
  'China set up ties with the five countries.',
  'The boy is 5 years 3 months old.', // an age
  'China was among the first countries to do so.',
  'See page 2013 of the report.',
  'The house sold for $2013.',
  'Upgrade to version 2.0 is available.',
  'The FY2024X model and FY24B form are codes.', // letters after the digits: no fiscal year
  'He set the H1 heading and H2 titles.', // a half needs its year
  'Health officials tracked the H1 strain.',
  'The build 2015.13.01 shipped.', // no month 13
  'Call 555-1234 or 020 7946 0958.',
  'Arsenal won 3-1 at home.',
  'Turnout was 45% in the north.',
  'He counted 1,500 votes and 2013 ballots.',
  'She may march on the capital.',
  'The sun rose over the sat dish.',
  'A second summit was planned.',
  'They met the day before the vote.', // "the day" next to no date
  'He counted 24 and 25 votes.', // numbers after "and" without a month before them
  'They drank the late spring water.', // "spring" and "fall" after a modifier need a preposition of time
  'He felt the late fall of prices.',
  'The score stayed at 1-1-1-1 all night.',
  'Take 3/4 cup of flour.',
  'Only 5 in 10 voters agreed.',
  'The ratio was 2:1 in favour.',
  'Room 101 is on the first floor.',
  'A recent SEC filing showed losses.',
  'Sun, Oracle and IBM bid for the unit.',
  'Prices are expected to fall further.',
  'The form says February 30 somewhere.', // an impossible day: nothing
  'The form says June 31, 2022 somewhere.', // nor its year alone
  'The fair ran February 20 - 29, 2022.', // an impossible range
  'They led at the end of the second half.',
  'The firm sold 88 AD units.', // an era needs a date before it
  'A 3Com deal was signed.', // digits glued to a word that is no month
  'Shares closed at 12.30 on the index.', // a dotted number alone is a price as often as a time
  'The fund raised 3m ago, then lost it.', // "3m" alone is millions as often as minutes
  'Now, following asset sales, the firm is smaller.', // "Now," opening a sentence is a discourse marker
  '"Now, he says, it looks like the West just wanted war."',
  'Baker said on ABC News\' "This Week," that the talks failed.', // a quoted title in capitals is a name
  "Gonzalez said on CBS's ''60 Minutes.'' that he was sure.",
  'It showed Gary Cooper from the film ``High Noon.\'\' It helped us to win.',
  'For the people of Poland, high noon comes at last.', // the idiom, not the hour
  'He was arrested at this march twice.', // lower-case "march" is a protest
  'They sold 20 or so shares.', // "or so" after a plain number
  'He won 20 more votes than his rival.', // a filler after a number, no unit
  'The post-war order held.',
  'They met in the afternoon session.', // "the afternoon" before a noun is another phrase's
  'It was a good day for the markets.', // "good" opens only "Good Friday"
  'Castro said it is just a matter of days before the boy returns.', // "a matter of days": soon
  "The case of Elian is for today's youth what the blockade was for their parents.", // the present age, not the day
  "Paternity can readily be proved in today's world.",
  "An officer must guard every clinic 24 hours a day.", // a rate, not a duration
  'Staff work 40 hours per week.',
  'Agents scanned the crowd at the annual March for Life on Capitol Hill.', // "March for" with no cue of time
  "Elian's stepmother was at the head of the ``March of the Combatant Mothers.''", // after an opening quote, the capital says nothing
  'They met the minute before the vote.', // tied to the vote, not the end of a clause
  'See path 1/05/25/2015 there.', // four slashed parts: no date
  'See a/05/25/2015 there.',
  'Turnout was ~45% in the north.', // a tilde before a number that is no duration
  'He retired at 8 in protest.',
  'He sold 345 BC shares.', // an era needs a date before it
  'He counted 1,2001 ballots.', // a day and a year in one token only after a month
  'The code 05/31/2024.99:15 failed.', // no hour 99: no date either
  'Route 10 O clock repairs were shut.', // a capital "O" is no "o'clock"
  'Scores: 8 · 3 · 10.', // a middle dot joins a time to a day only
  'Net: +1m, then a loss.', // a signed "m" inside a sentence is millions as often as minutes
  'The part was printed in 3d.', // one glued letter alone after "in" is no unit
  'Sales rose in 5m units.',
  'The 3 MON units shipped.', // a count's "mon" only in lower case: capitals are a name
  'He left 3 Mons ago.', // nor before "ago" (one rule for both, countedUnit): "Mons" is a town
  'He left 3 MONS ago.',
  'It is due in 1 Mon.',
  'The rota gives him shift 5 Mon.', // capitalized after a count, "Mon" is no month
  'He will be on Sat TV.', // a capitalized word after a cued "Sat", "Mon", "Wed" makes it a name
  'He scored on Mon Valley.',
  'He found it on Sat Nav.',
  "The story ran on Sun's website.", // "Sun" after a cue is the newspaper or the firm as often
  'Conservative spokeswoman Theresa May said so.', // after a capitalized word inside its sentence, "May" is a name
  'Guitarist Brian May has said he expects to tour.',
  'Highlights include Anna May Wong as a princess.',
  'Mr May said so.', // after a title, a name even where the title opens the sentence
  'He thanked Dr. May for it.',
  'The minister met Lord May and left.',
  'The PM May statement came late.', // "PM" is a title here (an acronym otherwise)
  'Italy May Create Strategic Investment Vehicle', // a title-case headline: "May" is a modal or a name as often (KPCrowd)
  'Theresa May Resigns As Party Leader',
  'Walder; May, Tait, Mayerhofler, Stephenson; Wilkinson, Grindal.', // a team sheet in title case (BBC sport)
  'The depot holds 3000 trucks.', // four digits past 2999 alone are a count
  'The Fed raised its key rate by a quarter point.', // round 8: a quarter of a point, idioms of "quarters", a meeting's minutes (BBC business)
  'The quarter point rise was expected.', // review of round 8: "the quarter point" is a fraction of a point as "a quarter point" is
  'He voted for a quarter percentage point rise.',
  'The BCC was concerned by the clamour in some quarters for early rate rises.',
  'The minutes showed a split on the committee.',
  'The minutes of the meeting show how the deal fell apart.',
  "Kopp's 1987 Chevrolet Cavalier was discovered at Newark.", // round 8: a model year before a vehicle's make (AQUAINT)
  'Police stopped a 2004 Toyota Camry.',
  'Police found a 2004 Ford pickup that was stolen.', // review of round 8: a vehicle's noun after the make keeps the model year
  'Police found a 2004 Ford that was stolen.', // and so does a function word
  'House sales dropped by nearly a quarter.', // round 8: "by a quarter" is a fraction (BBC)
  'Costs were cut by a quarter.',
  'Campbell ran 20.13secs in the quarter-finals in Sydney.', // round 8: a round of a tournament, not a quarter of a year (BBC sport, 25 times)
  'Arsenal lost the third quarter-final.',
  'Firms still run Windows 2000 and Windows Server 2003.', // round 8: a product's version (BBC tech)
  'Championship Manager 2005 sold well.',
  'She became the future wife of Johnny Cash.', // round 8: "the future" before a noun is an adjective, and "the future of" a fate (BBC; TimeBank)
  'The future supply of gas worries ministers.', // review of round 8: a noun in -ly is still a noun
  'The future generations will judge us.',
  'The deal was crucial to safeguarding the future of the Longbridge plant.',
  "During an interview on ITV1's This Morning she spoke of him.", // round 8: a capitalized part of the day after a possessive is a title (BBC)
  'Its offices are at 1801 California St. in Denver.', // round 8: a house number before a street's name (KPCrowd)
  'The White House is at 1600 Pennsylvania Avenue in Washington.',
  'The shop is at 1999 West Oak Road.',
  'January Jones can next be seen in the drama.', // round 8: a month's name before a surname is a first name (KPCrowd, BBC)
  'He wrote Ring of Fire with June Carter Cash.',
  'But centre Jamie Noon believes the side can win.', // round 8: "Noon" after a capitalized word of its sentence is a surname (BBC sport, 12 times)
  'Euronext has a quarter stake in Clearnet.', // round 8: "a quarter stake", and "last minute" as an idiom (BBC)
  'Shoppers were doing last minute shopping.',
  'She dropped out at the last minute.',
  'The festival includes Cinema of the Future and Cinema of the World.', // round 8: "the Future" capitalized after a lower-case "the" is a title (BBC: "the Forum for the Future")
  'He told US TV show 60 Minutes that it was over.', // round 8: capitalized units are titles' ("60 Minutes", "Footballer of the Year", BBC)
  'He was crowned European Footballer of the Year.',
  'Each user gets a 2048-bit key.', // round 8: a count joined by a hyphen to a measure noun (BBC)
  'A 1500-strong force and a 1998-seat arena.',
  'He used his wealth to bring the Winter Olympic Games to Nagano.', // round 8: a capitalized season before a capitalized word is a name (BBC, KPCrowd)
  'It was the biggest concert since Summer Jam.',
  "Mr Howard told BBC Radio 4's Today programme he was wrong.", // round 8: a capitalized "Today", "Tonight", "Tomorrow" in a title (BBC, 110 times)
  'She told the Today programme she would stand.',
  'The story ran in USA Today.',
  'The King re-released Are You Lonesome Tonight.',
  'The band promoted its single What Happens Tomorrow.',
  'Mr Blunkett told the Daily Telegraph he still wore his ring.', // round 8: a capitalized set word before a capitalized word is a title (BBC, KPCrowd, GUM)
  'Call the Daily Mail showbusiness desk.',
  'The film took $4m, according to trade publication Screen Daily.', // after a capitalized word too ("China Daily", "Us Weekly")
  "The Golden Bear winner is British director Mark Dornford-May's first feature film.", // round 8: a month glued by a hyphen to a capitalized word ends a double-barrelled name (BBC)
  'Ann Fraser-March said so.',
  'Almost a quarter of those with broadband at home have played games online.', // round 8: a fraction, not three months (BBC)
  'Three quarters of the votes were counted.',
  'Almost a quarter of a million US consumers complained of identity theft.',
  'Adults read worse than 11 year olds.', // an age, as "25 years old" is
  'They scored between 2000 and 3000 points.', // round 8: a range's second end past any year: both ends count things
  'The army will send between 2000 and 2500 troops.', // review of round 8: two ends too far apart for a span of years (over 100) before a plural noun count things
  'Between 1500 and 2000 people attended the rally.',
  'Between 2000 and 3000 people marched.',
  'A score from 2000 to 3000 points is good.',
  'On a comparable basis, sales rose.', // round 9: "same", "comparable", "corresponding" open nothing without a period and a year before
  'The same was true for the period.',
  'The index rose in late morning trading.', // round 9: a staged part of the day before a noun is an adjective, and needs a preposition
  'The early morning raid failed.',
  'He came home late evenings.',
  'In his twenties he battled tuberculosis.', // round 9: an age has no "the"; degrees are no decade
  'The couple, in their forties, were bailed.',
  'Temperatures were in the nineties.',
  'Temperatures in Phoenix climbed into the nineties.', // review of round 9: a word of temperature farther back, or before a staged decade
  'Temperatures reached the mid-nineties.',
  'They lost their last quarter-final.', // round 9: a quarter compound after a direction ("last", "same", "previous") names no quarter either
  'Next quarter-final is in Rome.',
  'The previous quarter point cut helped.',
  'Oracle, Sun and IBM gained.', // round 10: "Sun" after a name and "and" is the firm
  'Sales ran Jan-Smith.', // an abbreviation before a dash and no month stays a name
  'He celebrated the 30th anniversary.', // round 10: "the 30th" before a noun, or after "to" with no day before it, is no day
  'She climbed to the 3rd.',
  'He rose to the 11th place.',
  'The Sat and Sun papers led on it.', // a first abbreviation with no cue makes no list
  'He sold shares in Sun and Sat on the board.',
  // round 11: a plural count noun after four digits counts it
  'He counted 2013 sheep.',
  'The hall seats 2000 people.', // a count without a preposition that places a clause, even a subject's word
  'Tickets went to 2000 people in the ballot.',
  'Food was handed out for 2000 people.',
  '1500 troops were sent to the border.',
  'Police deployed 1500 officers and 2000 staff.',
  'The farm lost 1200 cattle in the storm.',
  'Highs in the 90s are expected on the coast.',
  'Audiences are in the 10s, 100s, and 1,000s rather than millions.',
  'He is in his 90s.',
  // review of round 11: "end-" that ends no date
  'The end-user licence was changed.',
  'Messages are end-to-end encrypted.',
  'He made an end-run around the rules.',
  'End-game tactics were discussed.',
  'He told the Mail on Sunday he would quit.',
  'She appeared on Sunday Brunch.',
  'A first-half penalty gave Spurs the lead.',
  'About 2000 fans attended.',
  'Police said 2024 cases were reported.',
  'The Mondays are a rock band.',
  // review of round 11: two-digit "the 90s" as a level after trading, scoring or a verb of change with "to"
  'The pound fell to the 80s against the yen.',
  'She scored in the 90s twice this season.',
  'The index traded in the 60s all week long.',
  'Prices hovered in the 50s per barrel.',
  'He was batting in the 40s when rain fell.',
  'Scores in the 60s led the field at Augusta.',
  'The yield climbed into the 30s.',
  // round 11: a weekday in a newspaper's or a programme's name
  'A new book by Sunday Telegraph journalist Robert Peston says so.',
  'He told the Mail on Sunday that he would quit.',
  "Producer Judy Craymer is the highest new entry in the Sunday Times' rich list.",
  'The Independent and the Independent on Sunday are up for sale.',
  'Barclays declined to comment on the report in the Sunday Express.',
  'He was speaking on Sunday Politics.',
  // round 11: pairs of numbers that are no season's years
  'They won 3-1 at home.',
  'The helpline is open 24/7.',
  'The ratio 2024/25 = 81 % of the target.',
  'See pages 1989-90 of the report.',
  'The code 2024-25-30 is invalid.',
  'It cost £2024/25 a head.',
  'Mix 3/4 cup of flour.',
  'Call 0800 2024-25 for details.',
  'Reference 2012-14 is closed.', // a later year with no preposition of time: a code as often (chrono's negative case)
  'Flight 2024/25 was delayed.',
];
