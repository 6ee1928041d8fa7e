// The lexicon of the `pos` package (jsPOS, a port of Eric Brill's lexicon):
// a plain object from a word (as written) to its Penn Treebank tags, most
// frequent first.
declare module 'pos/lexicon.js' {
  const lexicon: Record<string, string[]>;
  export default lexicon;
}
