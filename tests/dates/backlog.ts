// Known failures, kept rather than deleted: each row is what the text should
// give and the test asserts it still does not (when one starts to pass, move
// it to the table). [text, expected mention text, expected value].
export const BACKLOG: [string, string, string, string][] = [
  ['The plant opened in the nineteen-nineties.', 'the nineteen-nineties', '199', 'decades in words'],
  ['The deal closes this year\'s third quarter.', "this year's third quarter", '2025-Q3', 'a possessive period before a quarter'],
  ['He arrived a minute and a half late.', 'a minute and a half', 'PT90S', 'fractions of a unit in words are rounded'],
];
