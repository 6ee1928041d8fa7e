// The tokenizer: URL and e-mail address tokens (tested once per chunk, and
// only when the chunk may hold one), line breaks, and what must stay apart.
import { describe, expect, it } from 'vitest';
import { tokenize } from '../../src/text/tokenize.js';

const show = (text: string) => tokenize(text).toArray().map((t) => (t.kind === 'url' || t.kind === 'email' ? `<${t.kind}:${t.text}>` : t.text));

describe('tokenize: URLs and e-mail addresses', () => {
  it.each([
    ['See http://example.com/a.b?c=d. Then go.', ['See', '<url:http://example.com/a.b?c=d>', '.', 'Then', 'go', '.']],
    ['(https://x.org/(a)) ok', ['(', '<url:https://x.org/(a)>', ')', 'ok']],
    ['Visit www.bbc.co.uk, then', ['Visit', '<url:www.bbc.co.uk>', ',', 'then']],
    ['"WWW.EXAMPLE.ORG."', ['"', '<url:WWW.EXAMPLE.ORG>', '.', '"']],
    ['((www.x.com', ['(', '(', '<url:www.x.com>']],
    ['Write to name@example.co.uk.', ['Write', 'to', '<email:name@example.co.uk>', '.']],
    ['<a.b@c.de>', ['<', '<email:a.b@c.de>', '>']],
    ['ftp://files.example.com:21/x', ['<url:ftp://files.example.com:21/x>']],
    // white space ends a chunk, vertical tab and form feed too
    ['http://x.com\va', ['<url:http://x.com>', 'a']],
    ['a\vhttp://x.com', ['a', '<url:http://x.com>']],
    ['(\fwww.x.com', ['(', '<url:www.x.com>']],
  ])('%j', (text, expected) => {
    expect(show(text)).toEqual(expected);
  });

  // NEGATIVE: what must not become a URL or an e-mail address
  it.each([
    ['at 10:30 today', ['at', '10', ':', '30', 'today']],
    ['foo.www.bar', ['foo', '.', 'www', '.', 'bar']],
    ['wwwx.com', ['wwwx', '.', 'com']],
    ['www is short', ['www', 'is', 'short']],
    ['a@b', ['a', '@', 'b']],
    ['ratio x:y here', ['ratio', 'x', ':', 'y', 'here']],
    ['@handle said', ['@', 'handle', 'said']],
    ['http: //not.a.url', ['http', ':', '/', '/', 'not', '.', 'a', '.', 'url']],
  ])('not %j', (text, expected) => {
    expect(show(text)).toEqual(expected);
  });

  it('gives an address the line breaks before its chunk, and its leading punctuation the first of them', () => {
    const tokens = tokenize('One.\n\n(www.x.com) and\nhttp://y.org').toArray();
    const at = (text: string) => tokens.find((t) => t.text === text)!;
    expect(at('(').br).toBe(2);
    expect(at('www.x.com').br).toBe(0);
    expect(at('http://y.org').br).toBe(1);
  });
});

describe('tokenize: offsets and kinds', () => {
  it('keeps every token exact, words long and short, in short and long texts', () => {
    // over 200 K characters the tokenizer interns short words: same tokens
    const unit = "Don't stop: 1,000.50 people met O'Brien at www.x.com — e-mail a@b.cd. ";
    const long = unit.repeat(Math.ceil(250_000 / unit.length));
    const short = tokenize(unit).toArray();
    const tokens = tokenize(long).toArray();
    for (const t of tokens) expect(long.slice(t.start, t.end)).toBe(t.text);
    expect(tokens.slice(0, short.length)).toEqual(short);
    expect(tokens.length).toBe(short.length * (long.length / unit.length));
  });

  it('reads kinds', () => {
    expect(tokenize("Don't 5th 1,000.50 $ , 😀").toArray().map((t) => t.kind)).toEqual([
      'word',
      'word',
      'number',
      'symbol',
      'punct',
      'symbol',
    ]);
  });
});

// The tokenizer never reads past the end of its text (see READS in
// src/text/tokenize.ts): one `charCodeAt` out of bounds makes V8 call the
// generic builtin at that site for every later character in the process.
// Texts that end at every kind of token, tokenized with a `charCodeAt` that
// throws out of bounds; each must still give its tokens.
describe('tokenize: reads inside the text only', () => {
  const ENDINGS: [string, string[]][] = [
    ['Leaders met', ['Leaders', 'met']],
    ['they met', ['they', 'met']],
    ['a', ['a']],
    ['rose 3.5', ['rose', '3.5']],
    ['rose 3.', ['rose', '3', '.']],
    ['1,', ['1', ',']],
    ["the players'", ['the', 'players', "'"]],
    ["don'", ['don', "'"]],
    ['line\r', ['line']],
    ['line\r\n', ['line']],
    ['ÉCOLE', ['ÉCOLE']],
    ['café', ['café']],
    ['naïve\u0301', ['naïve\u0301']],
    ['emoji 😀', ['emoji', '😀']],
    ['www', ['www']],
    ['www.', ['www', '.']],
    ['mail a@b', ['mail', 'a', '@', 'b']],
    ['\ud800', ['\ud800']],
  ];

  it.each(ENDINGS)('%j', (text, expected) => {
    const original = String.prototype.charCodeAt;
    // biome-ignore lint/suspicious/noExplicitAny: a patched builtin, restored below
    (String.prototype as any).charCodeAt = function (this: string, i: number) {
      if (!(i >= 0 && i < this.length)) throw new RangeError(`charCodeAt(${i}) on a string of ${this.length}`);
      return original.call(this, i);
    };
    let tokens: string[];
    try {
      tokens = tokenize(text).toArray().map((t) => t.text);
    } finally {
      String.prototype.charCodeAt = original;
    }
    expect(tokens).toEqual(expected);
  });
});
