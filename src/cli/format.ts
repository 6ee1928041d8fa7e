// Human-readable output: aligned columns, and the matched text shown in its context.

/** How the text output is written. */
export interface Style {
  /** Emphasise matches with ANSI bold (stdout is a terminal and NO_COLOR is unset). */
  color: boolean;
}

/** A span of the input, as every result carries. */
export interface SpanLike {
  text: string;
  start: number;
  end: number;
}

/** Collapse runs of white space (line breaks included) into one space. */
export function oneLine(text: string): string {
  let out = '';
  let space = false;
  for (const ch of text) {
    if (ch === ' ' || ch === '\t' || ch === '\n' || ch === '\r' || ch === '\f' || ch === '\v' || ch === '\u00a0') {
      space = true;
      continue;
    }
    if (space && out !== '') out += ' ';
    space = false;
    out += ch;
  }
  return out;
}

const isLow = (code: number) => code >= 0xdc00 && code <= 0xdfff;

/** Cut `text` at `at`, moved off the middle of a surrogate pair. */
function safe(text: string, at: number, forward: boolean): number {
  if (at <= 0 || at >= text.length) return Math.max(0, Math.min(at, text.length));
  return isLow(text.charCodeAt(at)) ? (forward ? at + 1 : at - 1) : at;
}

/**
 * The span in its context on one line: about `width` characters either side,
 * cut at a word boundary when one is near, the span in [brackets].
 */
export function inContext(text: string, span: SpanLike, style: Style, width = 30): string {
  let from = safe(text, span.start - width, false);
  let to = safe(text, span.end + width, true);
  // start and end on word boundaries when the cut falls inside a word
  if (from > 0) {
    const space = text.indexOf(' ', from);
    if (space !== -1 && space < span.start) from = space + 1;
  }
  if (to < text.length) {
    const space = text.lastIndexOf(' ', to);
    if (space > span.end) to = space;
  }
  const before = oneLine(text.slice(from, span.start));
  const after = oneLine(text.slice(span.end, to));
  const match = oneLine(span.text);
  const shown = style.color ? `\u001b[1m${match}\u001b[22m` : match;
  const lead = from > 0 ? '…' : '';
  const tail = to < text.length ? '…' : '';
  const gapBefore = before !== '' && /\s/.test(text[span.start - 1] ?? '') ? ' ' : '';
  const gapAfter = after !== '' && /\s/.test(text[span.end] ?? '') ? ' ' : '';
  return `${lead}${before}${gapBefore}[${shown}]${gapAfter}${after}${tail}`;
}

/** Columns aligned by the widest cell; `right` marks the columns aligned right. The last column is not padded. */
export function table(header: string[], rows: string[][], right: readonly number[] = []): string[] {
  const all = [header, ...rows];
  const widths = header.map((_, c) => Math.max(...all.map((r) => [...(r[c] ?? '')].length)));
  return all.map((row) =>
    row
      .map((cell, c) => {
        if (c === row.length - 1) return cell;
        const pad = ' '.repeat(widths[c]! - [...cell].length);
        return right.includes(c) ? pad + cell : cell + pad;
      })
      .join('  ')
      .trimEnd(),
  );
}

/** `start–end`. */
export function offsets(span: SpanLike): string {
  return `${span.start}–${span.end}`;
}

/** A score with three decimals. */
export function score(value: unknown): string {
  return typeof value === 'number' ? value.toFixed(3) : '';
}

/** "1 sentence", "3 sentences". */
export function count(n: number, singular: string, plural = `${singular}s`): string {
  return `${n} ${n === 1 ? singular : plural}`;
}
