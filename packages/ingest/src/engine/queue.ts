/**
 * A bounded queue between a producer and a consumer that run concurrently: the producer waits when
 * `capacity` items are waiting, so a fast parser never gets far ahead of the database.
 */
export class BoundedQueue<T> implements AsyncIterable<T> {
  private readonly items: T[] = [];
  private closed = false;
  private failure: unknown = null;
  private wakeConsumer: (() => void) | null = null;
  private wakeProducer: (() => void) | null = null;

  constructor(private readonly capacity: number) {}

  /** Adds an item; throws once the consumer has stopped (closed the queue), to stop the producer. */
  async push(item: T): Promise<void> {
    while (this.items.length >= this.capacity && !this.closed)
      await new Promise<void>((resolve) => (this.wakeProducer = resolve));
    if (this.closed) throw new Error("The import stopped reading.");
    this.items.push(item);
    this.wakeConsumer?.();
  }

  /** No more items; `error` makes the consumer throw once the items before it are taken. */
  close(error: unknown = null): void {
    this.closed = true;
    this.failure = error;
    this.wakeConsumer?.();
    this.wakeProducer?.();
  }

  async *[Symbol.asyncIterator](): AsyncIterator<T> {
    for (;;) {
      if (this.items.length > 0) {
        const item = this.items.shift()!;
        this.wakeProducer?.();
        yield item;
        continue;
      }
      if (this.closed) {
        if (this.failure) throw this.failure;
        return;
      }
      await new Promise<void>((resolve) => (this.wakeConsumer = resolve));
    }
  }
}
