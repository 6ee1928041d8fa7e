// Build an nlcst tree (the syntax tree retext plugins read) from tokens and
// segmentation, with positions (line, column, offset) on every node. The tree
// covers the whole text: `toString(tree) === text`.
//
// A tree holds about ten objects per word (the node, its position, its
// points; the word's text node, its children array; the white space after
// it), and a parsed document keeps its tree: on a long text they all survive
// V8's young-generation collections and are copied twice (to the survivor
// space, then to the old generation) before the tree is done. That copying,
// not the building, was nine tenths of the time of a tree on one 1 MB text
// (1.9 MB/s against 28 MB/s on articles, whose trees die young), and the
// marking of the old generation made 10 MB cost 12-14x what 1 MB did. So the
// builder makes as few objects as the tree's shape allows (docs/architecture.md):
// - one point per offset: the nodes that meet at an offset (a word and the
//   white space after it, a word and its text node, a sentence and its
//   first and last words) share one `{ line, column, offset }` object, as
//   parse-latin (retext-english's parser) shares a parent's points with its
//   children; a parent's position is made from its first and last
//   children's points, after them;
// - a one-token word's children array is made at its size (`[text]`: one
//   slot, where an empty array grown by `push` holds seventeen).
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

/**
 * Turns offsets into points. Line starts are found once; offsets come in
 * increasing order, so the current line moves forward a step at a time,
 * with a binary search after a long jump (or a step back).
 */
class Cursor {
  private readonly starts: number[] = [0];
  private line = 0;
  constructor(text: string) {
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      // (no read past the end: see READS in tokenize.ts)
      if (c === 10 || (c === 13 && (i + 1 === text.length || text.charCodeAt(i + 1) !== 10))) this.starts.push(i + 1);
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
type Position = NonNullable<Root['position']>;
type Point = Position['start'];

/** The position of a node that has one (every node this builder makes has). */
const positionOf = (node: { position?: Position | undefined }): Position => node.position!;

/**
 * Build the tree. `dateline` is the token range of the dateline, if any.
 *
 * One pass over the tokens, in text order; no closure is made per sentence
 * or word (the tree is built for every document a retext plugin reads).
 */
export function buildTree(text: string, tokens: Tokens, seg: Segmentation, dateline?: TokenRange): Root {
  const b = new TreeBuilder(text, tokens);
  // first, so that a token at offset 0 shares it
  const origin = b.at(0);
  const children: Root['children'] = [];
  // the end of the last node added to the root
  let prevEnd = origin;
  const add = (node: Paragraph) => {
    const { start, end } = positionOf(node);
    if (start.offset! > prevEnd.offset!) children.push(b.space(prevEnd, start));
    children.push(node);
    prevEnd = end;
  };

  if (dateline && dateline.to > dateline.from) {
    const s = b.sentence(dateline.from, dateline.to);
    add({ type: 'ParagraphNode', children: [s], position: s.position, data: { precisDateline: true } as never });
  }
  const { sentences } = seg;
  let si = 0;
  for (const p of seg.paragraphs) {
    const inner: Paragraph['children'] = [];
    let last: Point | undefined;
    while (si < sentences.length && sentences[si]!.from < p.to) {
      const s = sentences[si++]!;
      const node = b.sentence(s.from, s.to);
      const { start, end } = positionOf(node);
      if (last !== undefined && start.offset! > last.offset!) inner.push(b.space(last, start));
      inner.push(node);
      last = end;
    }
    // the paragraph's ends are its first and last sentences' (they cover its tokens)
    const first = inner.length > 0 ? positionOf(inner[0]!).start : undefined;
    const startAt = tokens.start[p.from]!;
    const endAt = tokens.end[p.to - 1]!;
    const start = first !== undefined && first.offset === startAt ? first : b.at(startAt);
    const end = last !== undefined && last.offset === endAt ? last : b.at(endAt);
    add({ type: 'ParagraphNode', children: inner, position: { start, end } });
  }
  if (text.length > prevEnd.offset!) {
    const end = b.at(text.length);
    children.push(b.space(prevEnd, end));
    prevEnd = end;
  }
  return { type: 'RootNode', children, position: { start: origin, end: text.length === 0 ? origin : prevEnd } };
}

class TreeBuilder {
  private readonly cursor: Cursor;
  /** The last point made, and its offset: the next node that starts or ends there shares it. */
  private last: Point | undefined;
  private lastOffset = -1;
  constructor(
    private readonly text: string,
    private readonly tokens: Tokens,
  ) {
    this.cursor = new Cursor(text);
  }

  /** The point at `offset`: the last one made when it is there, else a new one. */
  at(offset: number): Point {
    if (offset === this.lastOffset) return this.last!;
    const point = this.cursor.point(offset);
    this.last = point;
    this.lastOffset = offset;
    return point;
  }

  /** White space between two points. */
  space(start: Point, end: Point): WhiteSpace {
    return { type: 'WhiteSpaceNode', value: this.text.slice(start.offset, end.offset), position: { start, end } };
  }

  /** A sentence node: words (word-like tokens joined by inner hyphens, as `forEachWord`), punctuation, symbols, white space. */
  sentence(from: number, to: number): SentenceNode {
    const { tokens } = this;
    const children: Inline[] = [];
    let prevEnd: Point | undefined;
    let i = from;
    while (i < to) {
      const startAt = tokens.start[i]!;
      const start = this.at(startAt);
      if (prevEnd !== undefined && startAt > prevEnd.offset!) children.push(this.space(prevEnd, start));
      if (!isWordLike(tokens, i)) {
        const position = { start, end: this.at(tokens.end[i]!) };
        children.push(
          tokens.kind[i] === KIND_PUNCT
            ? { type: 'PunctuationNode', value: tokens.text[i]!, position }
            : { type: 'SymbolNode', value: tokens.text[i]!, position },
        );
        prevEnd = position.end;
        i++;
        continue;
      }
      const j = wordEnd(tokens, i, to);
      let parts: Word['children'];
      if (j === i + 1) {
        // one token (most words): its text node's points are the word's
        const end = this.at(tokens.end[i]!);
        parts = [{ type: 'TextNode', value: tokens.text[i]!, position: { start, end } } satisfies TextNode];
        prevEnd = end;
      } else {
        // tokens joined by hyphens: each part starts where the one before ends
        parts = [];
        let partStart = start;
        for (let k = i; k < j; k++) {
          const position = { start: partStart, end: this.at(tokens.end[k]!) };
          if (tokens.kind[k] === KIND_PUNCT) parts.push({ type: 'PunctuationNode', value: tokens.text[k]!, position });
          else parts.push({ type: 'TextNode', value: tokens.text[k]!, position } satisfies TextNode);
          partStart = position.end;
        }
        prevEnd = partStart;
      }
      children.push({ type: 'WordNode', children: parts, position: { start, end: prevEnd } });
      i = j;
    }
    return { type: 'SentenceNode', children, position: { start: positionOf(children[0]!).start, end: prevEnd! } };
  }
}
