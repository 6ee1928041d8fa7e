// Known sentence-segmentation failures: what precis gets wrong today, kept
// instead of deleted. tests/text/sentences.test.ts asserts that each one still
// fails; when a change fixes one, that test fails too: move the case into the
// tables there.

/** A known failure: the text, the right sentences, and why it is hard. */
export interface BacklogCase {
  text: string;
  expected: string[];
  why: string;
}

export const SENTENCE_BACKLOG: BacklogCase[] = [
  {
    text: 'Storm Ciaran\nThousands are without power.',
    expected: ['Storm Ciaran', 'Thousands are without power.'],
    why: 'a short headline that ends with a name, over a story line that opens with a plural subject: a capitalized word before a plural noun at a line break is read as a name wrapped in a narrow column ("the Metropolitan | Police said")',
  },
  {
    text: 'The festival will feature acts including Kings of Leon\nThe Killers and Arctic Monkeys.',
    expected: ['The festival will feature acts including Kings of Leon\nThe Killers and Arctic Monkeys.'],
    why: 'a line wrapped before a name that starts with "The" reads as a headline over a story line that opens with a sentence opener',
  },
  {
    text: 'A group of U.S. Researchers found that sleep helps.',
    expected: ['A group of U.S. Researchers found that sleep helps.'],
    why: 'a plural subject capitalized after "U.S." inside a sentence (AP writes "U.S. researchers") reads as the subject of a new sentence ("made in the U.S. Markets reacted")',
  },
  {
    text: 'Revenue rose 4% in the third qtr. Costs fell.',
    expected: ['Revenue rose 4% in the third qtr.', 'Costs fell.'],
    why: 'an ambiguous abbreviation ("qtr.", "pts.") ends a sentence only before a sentence opener or a listed plural subject',
  },
  {
    text: "She read from the poem:\n\nI wandered lonely as a cloud\nThat floats on high o'er vales and hills,\nWhen all at once I saw a crowd,\nA host, of golden daffodils.",
    expected: ['She read from the poem:', "I wandered lonely as a cloud\nThat floats on high o'er vales and hills,\nWhen all at once I saw a crowd,\nA host, of golden daffodils."],
    why: 'verse capitalizes every line: a line that ends with a noun before one that opens with a sentence opener ("cloud | That floats") reads as a headline over its story',
  },
  {
    text: 'He wrote that the "plan [...] Brussels rejected" was doomed.',
    expected: ['He wrote that the "plan [...] Brussels rejected" was doomed.'],
    why: 'an elision in brackets before a one-word name reads as a cut to a new sentence ("crop yields [...] Ozone is ..."); telling a name from a subject needs more than its capital',
  },
  {
    text: 'The partners were Foo Corp. Tokyo, Bar Inc. Seoul, and Baz.',
    expected: ['The partners were Foo Corp. Tokyo, Bar Inc. Seoul, and Baz.'],
    why: 'companies with their cities in a list: a legal form before a capitalized word and a comma reads as the end of a sentence before its subject and an apposition ("Hearst Corp. Vogue, its best-known title, ...")',
  },
  {
    text: 'A 12-year-old from Portland, Ore. Scout troop found the boy.',
    expected: ['A 12-year-old from Portland, Ore. Scout troop found the boy.'],
    why: 'a place with its state used as a modifier without the comma AP puts after the state ("from Portland, Ore., Scout troop"): a state after a comma ends the sentence before a capitalized word unless a determiner stands before the place',
  },
  {
    text: 'Voters in Atlanta, Ga. Republicans and Democrats alike, turned out.',
    expected: ['Voters in Atlanta, Ga. Republicans and Democrats alike, turned out.'],
    why: 'a state before a plural name opening an apposition reads as the end of a place and of the sentence ("in Miami Beach, Fla. Sister Jeanne said")',
  },
  {
    text: 'They signed with Acme Inc. Brussels objected to the deal.',
    expected: ['They signed with Acme Inc.', 'Brussels objected to the deal.'],
    why: 'an ambiguous abbreviation ("Inc.") before a name that is not a sentence opener or a plural subject ("Shareholders were") reads as inside the sentence ("Apple Inc. Chief Executive Tim Cook said" is common in wire copy)',
  },
  {
    text: 'The decision was made in the U.S. Congress reacted quickly.',
    expected: ['The decision was made in the U.S.', 'Congress reacted quickly.'],
    why: '"U.S." before a capitalized name reads as part of it ("U.S. Congress", like "U.S. Army")',
  },
  {
    text: 'It is the approach known as Plan B. Officials say it will work.',
    expected: ['It is the approach known as Plan B.', 'Officials say it will work.'],
    why: 'a single capital letter ending a name ("Plan B", "Vitamin D", "Malcolm X") reads as an initial before a name',
  },
  {
    text: 'Storm batters coast\nCornwall was worst hit.',
    expected: ['Storm batters coast', 'Cornwall was worst hit.'],
    why: 'a headline in sentence case over its story on the next line ends only before a sentence opener or a plural subject ("The", "Thousands are"), not before a name, which a wrapped line also starts with (a title-case headline does: "Storm Batters Coast")',
  },
  {
    text: 'The host of E! News quit. She gave no reason.',
    expected: ['The host of E! News quit.', 'She gave no reason.'],
    why: 'a one-letter name ending in "!" ("E!") before a capitalized word reads as a sentence ending',
  },
  {
    text: 'Hope all is well with you Take Care',
    expected: ['Hope all is well with you', 'Take Care'],
    why: 'web text: a boundary with no punctuation and no line break',
  },
  {
    text: 'He announced this in January: As of January 10, my source of income changed.',
    expected: ['He announced this in January:', 'As of January 10, my source of income changed.'],
    why: 'a colon before a capitalized sentence; ending sentences at colons cost more than it gained (quotations after colons)',
  },
  {
    text: 'They need love, food, proper surroundings etc. the easiest pet is a fish.',
    expected: ['They need love, food, proper surroundings etc.', 'the easiest pet is a fish.'],
    why: '"etc." before a lower-case word usually goes on in edited text',
  },
  {
    text: 'They would be protected due to minority rights. 4 Even though the number grew, it did not help.',
    expected: ['They would be protected due to minority rights. 4', 'Even though the number grew, it did not help.'],
    why: 'a bare footnote number after the terminal',
  },
  {
    text: "He did comment on what he meant by the phrase. ' And on April 3 his aide spoke.",
    expected: ["He did comment on what he meant by the phrase. '", 'And on April 3 his aide spoke.'],
    why: 'a spaced straight quote after a terminal could open or close a quotation',
  },
  {
    text: 'We went off to college together in Arizona; and we started a company.',
    expected: ['We went off to college together in Arizona;', 'and we started a company.'],
    why: 'UD sometimes ends sentences at semicolons; precis never does',
  },
  {
    text: 'Photo: Ann Lee Tom Hall, the drummer, has a stack of new songs.',
    expected: ['Photo: Ann Lee', 'Tom Hall, the drummer, has a stack of new songs.'],
    why: 'a picture credit of a bare name run into a story that opens with another name: nothing (a slash, "for", an agency) says where the credit ends (KPCrowd pages: "Photo: Eric Richmond Tim Garland, the British reeds player ...")',
  },
  {
    text: 'The fraud was found in Texas and spilled into the U.S. Garcia\'s body was found on a street.',
    expected: ['The fraud was found in Texas and spilled into the U.S.', "Garcia's body was found on a street."],
    why: 'after "U.S." a capitalized possessive name before a lower-case noun reads as a name going on ("the U.S. Army\'s plan"): only a word list of openers ends the sentence there',
  },
  {
    text: 'By Ann Lee We tend to think of the city as calm.',
    expected: ['By Ann Lee', 'We tend to think of the city as calm.'],
    why: 'a byline run into the story with no line break or punctuation (scraped pages): "By" and a name before a pronoun is also "By Monday We ..."-like prose in headlines; one KPCrowd text, left',
  },
  {
    text: '"The blast has not generated any hatred against ... Americans in the city," he said.',
    expected: ['"The blast has not generated any hatred against ... Americans in the city," he said.'],
    why: 'an ellipsis after a preposition before a capitalized word splits; UD\'s GUM splits "in Amsterdam for... I got sick" there, so the rule stays',
  },
  {
    text: 'The actor poses with a student. (Ann Lee) Ten years ago, he played a student himself.',
    expected: ['The actor poses with a student. (Ann Lee)', 'Ten years ago, he played a student himself.'],
    why: 'a picture credit of a bare name in brackets after a caption: without a slash or a credit word it reads as a bracketed aside that opens the next sentence (KPCrowd: "(Keith Lane) Ten years ago, ...")',
  },
  {
    text: 'Advertisement In The Digital Age is the title of her new book.',
    expected: ['Advertisement In The Digital Age is the title of her new book.'],
    why: 'page furniture ("Advertisement") before a title in title case that goes on as the subject of its sentence: "In The Digital Age" reads as an opener ("In 2010, ...") and the lower-case "is" after the title as the story run on (review of the wire-copy round)',
  },
  {
    text: 'Photo: Before/After The Flood shows a town transformed.',
    expected: ['Photo: Before/After The Flood shows a town transformed.'],
    why: 'a caption label before a title with a slash ("Before/After The Flood"): the slash reads as the credit\'s agency and "The" after it as the story run on (review of the wire-copy round)',
  },
];
