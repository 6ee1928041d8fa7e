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
import type { Token } from './tokenize.js';
import { forEachWord } from './words.js';

interface Point {
  line: number;
  column: number;
  offset: number;
}

/** Turns offsets into points: line starts are found once, then binary search. */
class Cursor {
  private readonly starts: number[] = [0];
  constructor(text: string) {
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c === 10 || (c === 13 && text.charCodeAt(i + 1) !== 10)) this.starts.push(i + 1);
    }
  }
  point(offset: number): Point {
    const { starts } = this;
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, column: offset - starts[lo]! + 1, offset };
  }
}

type Inline = Word | SymbolNode | Punctuation | WhiteSpace;

/** Build the tree. `dateline` is the token range of the dateline, if any. */
export function buildTree(text: string, tokens: Token[], seg: Segmentation, dateline?: TokenRange): Root {
  const cursor = new Cursor(text);
  const position = (start: number, end: number) => ({ start: cursor.point(start), end: cursor.point(end) });
  const space = (start: number, end: number): WhiteSpace => ({
    type: 'WhiteSpaceNode',
    value: text.slice(start, end),
    position: position(start, end),
  });

  const inline = (from: number, to: number): Inline[] => {
    const out: Inline[] = [];
    let i = from;
    let prevEnd = -1;
    const push = (node: Inline, start: number) => {
      if (prevEnd !== -1 && start > prevEnd) out.push(space(prevEnd, start));
      out.push(node);
    };
    const flush = (upTo: number) => {
      // punctuation and symbols before the next word
      for (; i < upTo; i++) {
        const t = tokens[i]!;
        const pos = position(t.start, t.end);
        const node: Inline =
          t.kind === 'punct'
            ? { type: 'PunctuationNode', value: t.text, position: pos }
            : { type: 'SymbolNode', value: t.text, position: pos };
        push(node, t.start);
        prevEnd = t.end;
      }
    };
    forEachWord(tokens, from, to, (a, b) => {
      flush(a);
      const children: Word['children'] = [];
      for (let k = a; k < b; k++) {
        const t = tokens[k]!;
        const pos = position(t.start, t.end);
        if (t.kind === 'punct') children.push({ type: 'PunctuationNode', value: t.text, position: pos });
        else children.push({ type: 'TextNode', value: t.text, position: pos } satisfies TextNode);
      }
      const start = tokens[a]!.start;
      const end = tokens[b - 1]!.end;
      const word: Word = { type: 'WordNode', children, position: position(start, end) };
      push(word, start);
      prevEnd = end;
      i = b;
    });
    flush(to);
    return out;
  };

  const sentenceNode = (from: number, to: number): SentenceNode => ({
    type: 'SentenceNode',
    children: inline(from, to),
    position: position(tokens[from]!.start, tokens[to - 1]!.end),
  });

  const root: Root = { type: 'RootNode', children: [], position: position(0, text.length) };
  let prevEnd = 0;
  const addToRoot = (node: Paragraph) => {
    const start = node.position!.start.offset!;
    if (start > prevEnd) root.children.push(space(prevEnd, start));
    root.children.push(node);
    prevEnd = node.position!.end.offset!;
  };

  if (dateline && dateline.to > dateline.from) {
    const s = sentenceNode(dateline.from, dateline.to);
    addToRoot({ type: 'ParagraphNode', children: [s], position: s.position, data: { precisDateline: true } as never });
  }
  let si = 0;
  for (const p of seg.paragraphs) {
    const children: Paragraph['children'] = [];
    let last = -1;
    while (si < seg.sentences.length && seg.sentences[si]!.from < p.to) {
      const s = seg.sentences[si++]!;
      const node = sentenceNode(s.from, s.to);
      const start = tokens[s.from]!.start;
      if (last !== -1 && start > last) children.push(space(last, start));
      children.push(node);
      last = tokens[s.to - 1]!.end;
    }
    addToRoot({
      type: 'ParagraphNode',
      children,
      position: position(tokens[p.from]!.start, tokens[p.to - 1]!.end),
    });
  }
  if (text.length > prevEnd) root.children.push(space(prevEnd, text.length));
  return root;
}
