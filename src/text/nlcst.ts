// Build an nlcst tree (the syntax tree retext plugins read) from tokens and
// segmentation, with positions (line, column, offset) on every node. The tree
// covers the whole text: `toString(tree) === text`.
import type {
  Paragraph,
  Punctuation,
  Root,
  Sentence as SentenceNode,
  Symbol as SymbolNode,
  Text as TextNode,
  WhiteSpace,
  Word,
} from 'nlcst';
import type { Segmentation, TokenRange } from './sentences.js';
import { KIND_PUNCT, type Tokens } from './tokenize.js';
import { isWordLike, wordEnd } from './words.js';

interface Point {
  line: number;
  column: number;
  offset: number;
}

/**
 * Turns offsets into points. Line starts are found once; offsets come mostly
 * in increasing order, so the current line moves forward a step at a time,
 * with a binary search for the rest (a paragraph's start after its children).
 */
class Cursor {
  private readonly starts: number[] = [0];
  private line = 0;
  constructor(text: string) {
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c === 10 || (c === 13 && text.charCodeAt(i + 1) !== 10)) this.starts.push(i + 1);
    }
  }
  point(offset: number): Point {
    const { starts } = this;
    let line = this.line;
    if (starts[line]! > offset) line = this.search(offset);
    else {
      let steps = 0;
      while (line + 1 < starts.length && starts[line + 1]! <= offset) {
        line++;
        if (++steps === 8) {
          line = this.search(offset);
          break;
        }
      }
    }
    this.line = line;
    return { line: line + 1, column: offset - starts[line]! + 1, offset };
  }
  private search(offset: number): number {
    const { starts } = this;
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  }
}

type Inline = Word | SymbolNode | Punctuation | WhiteSpace;

/**
 * Build the tree. `dateline` is the token range of the dateline, if any.
 *
 * One pass over the tokens; no closure is made per sentence or word (the
 * tree is built for every document a retext plugin reads).
 */
export function buildTree(text: string, tokens: Tokens, seg: Segmentation, dateline?: TokenRange): Root {
  const b = new TreeBuilder(text, tokens);
  const root: Root = { type: 'RootNode', children: [], position: b.position(0, text.length) };
  let prevEnd = 0;
  const addToRoot = (node: Paragraph) => {
    const start = node.position!.start.offset!;
    if (start > prevEnd) root.children.push(b.space(prevEnd, start));
    root.children.push(node);
    prevEnd = node.position!.end.offset!;
  };

  if (dateline && dateline.to > dateline.from) {
    const s = b.sentence(dateline.from, dateline.to);
    addToRoot({ type: 'ParagraphNode', children: [s], position: s.position, data: { precisDateline: true } as never });
  }
  let si = 0;
  for (const p of seg.paragraphs) {
    const start = tokens.start[p.from]!;
    const children: Paragraph['children'] = [];
    let last = -1;
    while (si < seg.sentences.length && seg.sentences[si]!.from < p.to) {
      const s = seg.sentences[si++]!;
      const sStart = tokens.start[s.from]!;
      if (last !== -1 && sStart > last) children.push(b.space(last, sStart));
      children.push(b.sentence(s.from, s.to));
      last = tokens.end[s.to - 1]!;
    }
    addToRoot({ type: 'ParagraphNode', children, position: b.position(start, tokens.end[p.to - 1]!) });
  }
  if (text.length > prevEnd) root.children.push(b.space(prevEnd, text.length));
  return root;
}

class TreeBuilder {
  private readonly cursor: Cursor;
  constructor(
    private readonly text: string,
    private readonly tokens: Tokens,
  ) {
    this.cursor = new Cursor(text);
  }

  position(start: number, end: number) {
    return { start: this.cursor.point(start), end: this.cursor.point(end) };
  }

  space(start: number, end: number): WhiteSpace {
    return { type: 'WhiteSpaceNode', value: this.text.slice(start, end), position: this.position(start, end) };
  }

  /** A sentence node: words (word-like tokens joined by inner hyphens, as `forEachWord`), punctuation, symbols, white space. */
  sentence(from: number, to: number): SentenceNode {
    const { tokens } = this;
    const position = this.position(tokens.start[from]!, tokens.end[to - 1]!);
    const children: Inline[] = [];
    let prevEnd = -1;
    let i = from;
    while (i < to) {
      const start = tokens.start[i]!;
      if (prevEnd !== -1 && start > prevEnd) children.push(this.space(prevEnd, start));
      if (!isWordLike(tokens, i)) {
        const pos = this.position(start, tokens.end[i]!);
        children.push(
          tokens.kind[i] === KIND_PUNCT
            ? { type: 'PunctuationNode', value: tokens.text[i]!, position: pos }
            : { type: 'SymbolNode', value: tokens.text[i]!, position: pos },
        );
        prevEnd = tokens.end[i]!;
        i++;
        continue;
      }
      const j = wordEnd(tokens, i, to);
      const end = tokens.end[j - 1]!;
      const wordPosition = this.position(start, end);
      const parts: Word['children'] = [];
      for (let k = i; k < j; k++) {
        const pos = this.position(tokens.start[k]!, tokens.end[k]!);
        if (tokens.kind[k] === KIND_PUNCT) parts.push({ type: 'PunctuationNode', value: tokens.text[k]!, position: pos });
        else parts.push({ type: 'TextNode', value: tokens.text[k]!, position: pos } satisfies TextNode);
      }
      children.push({ type: 'WordNode', children: parts, position: wordPosition });
      prevEnd = end;
      i = j;
    }
    return { type: 'SentenceNode', children, position };
  }
}
