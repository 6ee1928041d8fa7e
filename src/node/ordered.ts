// Map a stream through an asynchronous function with several calls in flight,
// yielding results in input order. At most `window` items are pulled ahead of
// the one the consumer waits for, so memory stays bounded on any corpus size.

/** A source of items: an array, a generator, a readline interface... */
export type Source<T> = AsyncIterable<T> | Iterable<T>;

/**
 * Yield `fn(item, index)` for each item in input order, running up to `window`
 * calls at once. `fn` should not reject: a rejection ends the iteration.
 */
export async function* mapInOrder<I, O>(
  source: Source<I>,
  fn: (item: I, index: number) => Promise<O>,
  window: number,
): AsyncGenerator<O, void, undefined> {
  const iterator: AsyncIterator<I> | Iterator<I> =
    Symbol.asyncIterator in source
      ? (source as AsyncIterable<I>)[Symbol.asyncIterator]()
      : (source as Iterable<I>)[Symbol.iterator]();
  const pending: Promise<O>[] = [];
  let index = 0;
  let done = false;
  try {
    for (;;) {
      while (!done && pending.length < window) {
        const next = await iterator.next();
        if (next.done) {
          done = true;
          break;
        }
        const promise = fn(next.value, index++);
        promise.catch(() => {}); // observed when its turn comes; no unhandled rejection meanwhile
        pending.push(promise);
      }
      const first = pending.shift();
      if (!first) return;
      yield await first;
    }
  } finally {
    // the consumer stopped early, or a call failed: let the source clean up
    if (!done) await iterator.return?.();
  }
}
