// ON24 pages requested ahead of the one being worked on, so the next pages arrive while the current
// batch is with Marketo instead of after it. Pages are still handed over in order, one at a time, and
// the checkpoint only moves past records that were written, so a page read ahead and never used costs
// one ON24 call and nothing else. Requests to the source stay sequential (an async generator queues them).

export type ReadAhead<T> = {
  /** The next item, requesting more ahead of it (up to the depth) while `allowMore()` says so. */
  next(): Promise<IteratorResult<T>>;
  /** Waits for the requests still in flight (their answers or errors are dropped), so none outlives the run. */
  drain(): Promise<void>;
};

export function readAhead<T>(source: AsyncIterator<T>, depth: number, allowMore: () => boolean = () => true): ReadAhead<T> {
  const queue: Promise<IteratorResult<T>>[] = [];
  let ended = false;

  const request = () => {
    const result = source.next();
    // Handled here so a request nobody waits for (the run stopped) never becomes an unhandled rejection.
    result.then(
      (r) => void (r.done && (ended = true)),
      () => void (ended = true),
    );
    queue.push(result);
  };

  return {
    next() {
      if (queue.length === 0) request();
      const head = queue.shift()!;
      while (!ended && queue.length < depth && allowMore()) request();
      return head;
    },
    async drain() {
      await Promise.allSettled(queue.splice(0));
    },
  };
}
