/**
 * Sorted lists of (event, registrant) references for one query, so pages can be cut by offset without
 * building the records of a whole window: only the 100 records of the requested page are generated.
 * A handful of recent lists are cached, so walking 1,000 pages of one window builds the list once.
 */

export type RefList = {
  size: number;
  eventIndex(i: number): number;
  j(i: number): number;
};

/** How many recent query lists are kept (one sync run walks two streams). */
const CACHE_ENTRIES = 8;

export class RefListBuilder {
  private times: number[] = [];
  private events: number[] = [];
  private js: number[] = [];
  private ids: number[] = [];

  push(time: number, eventIndex: number, j: number, eventUserId: number): void {
    this.times.push(time);
    this.events.push(eventIndex);
    this.js.push(j);
    this.ids.push(eventUserId);
  }

  /** Oldest first (by the filter's timestamp, then eventuserid), the order new activity appends in. */
  build(): RefList {
    const order = Array.from(this.times.keys()).sort((a, b) => this.times[a] - this.times[b] || this.ids[a] - this.ids[b]);
    const events = Int32Array.from(order, (k) => this.events[k]);
    const js = Int32Array.from(order, (k) => this.js[k]);
    return { size: order.length, eventIndex: (i) => events[i], j: (i) => js[i] };
  }
}

export class RefListCache {
  private entries = new Map<string, RefList>();

  get(key: string, build: () => RefList): RefList {
    const hit = this.entries.get(key);
    if (hit) {
      this.entries.delete(key);
      this.entries.set(key, hit);
      return hit;
    }
    const list = build();
    this.entries.set(key, list);
    if (this.entries.size > CACHE_ENTRIES) this.entries.delete(this.entries.keys().next().value!);
    return list;
  }

  clear(): void {
    this.entries.clear();
  }
}
