/**
 * A piece of the original input.
 *
 * `start` and `end` are UTF-16 code unit offsets into the string that was
 * given (or the text of the VFile / document that was given), `end` is
 * exclusive, and `input.slice(start, end) === text` always holds.
 *
 * @example
 * ```ts
 * import { segment } from 'precis';
 *
 * const input = 'Hello World. My name is Jonas.';
 * const [first] = segment(input).sentences;
 * console.log(input.slice(first.start, first.end) === first.text); // true
 * ```
 */
export interface Span {
  /** The text of the span, exactly as it appears in the input. */
  text: string;
  /** Offset of the first UTF-16 code unit (inclusive). */
  start: number;
  /** Offset after the last UTF-16 code unit (exclusive). */
  end: number;
}

/**
 * A sentence: a span with its position in the document.
 *
 * @example
 * ```ts
 * import { segment } from 'precis';
 *
 * const { sentences } = segment('One here.\n\nTwo there. Three.');
 * console.log(sentences.map((s) => [s.index, s.paragraph, s.text]));
 * // [[0, 0, 'One here.'], [1, 1, 'Two there.'], [2, 1, 'Three.']]
 * ```
 */
export interface Sentence extends Span {
  /** 0-based index of the sentence in the document. */
  index: number;
  /** 0-based index of the paragraph that holds the sentence. */
  paragraph: number;
}
