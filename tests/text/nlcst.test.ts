// The nlcst tree builder (src/text/nlcst.ts): the shape retext plugins read,
// every node's position, and the sharing that keeps a long text's tree small
// (one point object per offset, as parse-latin shares a parent's points with
// its children). The expected shapes were read off the builder before the
// points were shared (commit b4681be); sharing changed no value.
import { toString as nlcstToString } from 'nlcst-to-string';
import { describe, expect, it } from 'vitest';
import { parse } from '../../src/document.js';

interface AnyNode {
  type: string;
  value?: string;
  children?: AnyNode[];
  position?: { start: Point; end: Point };
  data?: unknown;
}
interface Point {
  line: number;
  column: number;
  offset: number;
}

/** A sentence's children, compactly: `W:word` (parts joined by `|`), `P:.`, `S:$`, `_` for white space. */
function shape(sentence: AnyNode): string {
  return sentence
    .children!.map((n) => {
      if (n.type === 'WhiteSpaceNode') return '_';
      if (n.type === 'WordNode') return `W:${n.children!.map((c) => c.value).join('|')}`;
      return `${n.type === 'PunctuationNode' ? 'P' : 'S'}:${n.value}`;
    })
    .join(' ');
}

const sentencesOf = (tree: AnyNode): AnyNode[] =>
  tree.children!.filter((n) => n.type === 'ParagraphNode').flatMap((p) => p.children!.filter((s) => s.type === 'SentenceNode'));

const TABLE: [text: string, sentences: string[]][] = [
  ['Leaders met in Astana.', ['W:Leaders _ W:met _ W:in _ W:Astana P:.']],
  [
    'The China-Central Asia summit ran on 16-18 June. Prices rose 3.5%.',
    ['W:The _ W:China|-|Central _ W:Asia _ W:summit _ W:ran _ W:on _ W:16|-|18 _ W:June P:.', 'W:Prices _ W:rose _ W:3.5 P:% P:.'],
  ],
  ["Don't go, O'Brien said.", ["W:Don't _ W:go P:, _ W:O'Brien _ W:said P:."]],
  ['It cost $20 (about £16).', ['W:It _ W:cost _ S:$ W:20 _ P:( W:about _ S:£ W:16 P:) P:.']],
  ['See www.example.org or mail desk@example.com now.', ['W:See _ W:www.example.org _ W:or _ W:mail _ W:desk@example.com _ W:now P:.']],
  ['One.\r\nTwo.\r\n\r\nThree.', ['W:One P:.', 'W:Two P:.', 'W:Three P:.']],
  ['win-win — a deal 😀 done', ['W:win|-|win _ P:— _ W:a _ W:deal _ S:😀 _ W:done']],
];

/** Every node in document order. */
function nodes(tree: AnyNode): AnyNode[] {
  const out: AnyNode[] = [];
  const walk = (n: AnyNode) => {
    out.push(n);
    for (const c of n.children ?? []) walk(c);
  };
  walk(tree);
  return out;
}

/** Line and column of an offset, counted the slow way. */
function pointAt(text: string, offset: number): Point {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || (c === 13 && text.charCodeAt(i + 1) !== 10)) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: offset - lineStart + 1, offset };
}

const TEXTS = [
  ...TABLE.map(([text]) => text),
  'BEIJING, June 16 (Xinhua) -- Leaders met.\n\nThey agreed.  \n',
  '\n\n  Lead paragraph.\n\nSecond one; with a clause. And more!\n\n',
  '',
  '   ',
  'a\u0000b \ud800x\udc00 שלום world',
];

describe('buildTree: the shape of each sentence', () => {
  it.each(TABLE)('%s', (text, expected) => {
    const tree = parse(text).tree as AnyNode;
    expect(nlcstToString(tree as never)).toBe(text);
    expect(sentencesOf(tree).map(shape)).toEqual(expected);
  });

  it('puts a dateline in a paragraph of its own, marked, before the body', () => {
    const tree = parse('BEIJING, June 16 (Xinhua) -- Leaders met.').tree as AnyNode;
    const [dateline, space, body] = tree.children!;
    expect(dateline!.data).toEqual({ precisDateline: true });
    expect(nlcstToString(dateline as never)).toBe('BEIJING, June 16 (Xinhua) --');
    expect(space!.type).toBe('WhiteSpaceNode');
    expect(nlcstToString(body as never)).toBe('Leaders met.');
  });
});

describe('buildTree: positions', () => {
  it.each(TEXTS.map((t) => [JSON.stringify(t).slice(0, 40), t]))('every node of %s has its exact span, line and column', (_, text) => {
    const tree = parse(text).tree as AnyNode;
    for (const n of nodes(tree)) {
      const { start, end } = n.position!;
      expect(text.slice(start.offset, end.offset)).toBe(nlcstToString(n as never));
      expect(start).toEqual(pointAt(text, start.offset));
      expect(end).toEqual(pointAt(text, end.offset));
    }
  });

  it('gives the root the whole text, also when it is empty or blank', () => {
    for (const text of ['', '   ', '\n\nx\n\n']) {
      const tree = parse(text).tree as AnyNode;
      expect([tree.position!.start.offset, tree.position!.end.offset]).toEqual([0, text.length]);
    }
  });
});

describe('buildTree: one point object per offset', () => {
  it.each(TEXTS.map((t) => [JSON.stringify(t).slice(0, 40), t]))('%s', (_, text) => {
    const all = nodes(parse(text).tree as AnyNode);
    const points = new Set<Point>();
    const offsets = new Set<number>();
    for (const n of all) {
      for (const p of [n.position!.start, n.position!.end]) {
        points.add(p);
        offsets.add(p.offset);
      }
    }
    // a node that starts or ends where another does shares its point
    expect(points.size).toBe(offsets.size);
  });

  it('shares the points of a word with its text node and the white space around it', () => {
    const sentence = sentencesOf(parse('Leaders met.').tree as AnyNode)[0]!;
    const [leaders, space, met] = sentence.children!;
    expect(leaders!.children![0]!.position!.start).toBe(leaders!.position!.start);
    expect(leaders!.children![0]!.position!.end).toBe(leaders!.position!.end);
    expect(space!.position!.start).toBe(leaders!.position!.end);
    expect(space!.position!.end).toBe(met!.position!.start);
    expect(sentence.position!.start).toBe(leaders!.position!.start);
  });
});

// What the builder must not do: share a position object between two nodes
// (a plugin that sets one node's `position.end` would move the other), make a
// white-space node of nothing, or leave a node without a position.
describe('buildTree: negative', () => {
  it.each(TEXTS.map((t) => [JSON.stringify(t).slice(0, 40), t]))('%s', (_, text) => {
    const all = nodes(parse(text).tree as AnyNode);
    const positions = new Set<unknown>();
    for (const n of all) {
      expect(n.position).toBeDefined();
      // the one exception: the dateline's paragraph is its one sentence, and has its position
      if (!(n.type === 'ParagraphNode' && n.data)) {
        expect(positions.has(n.position)).toBe(false);
        positions.add(n.position);
      }
      if (n.type === 'WhiteSpaceNode') expect(n.value).toMatch(/^\s+$/u);
      if (n.children) expect(n.type === 'RootNode' || n.type === 'ParagraphNode' || n.children.length > 0).toBe(true);
    }
  });
});
