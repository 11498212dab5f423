// C6: a stable ascending sort on each element's own timestamp; missing or unreadable timestamps go last
// and ties keep ON24's order, so slot 1 is the earliest and new activity appends without reshuffling.
import { parseOn24DateTime } from "../dates";

export function sortByTimestamp<T>(items: readonly T[], timestampOf: (item: T) => unknown): T[] {
  return items
    .map((item, index) => ({ item, index, time: parseOn24DateTime(timestampOf(item)) }))
    .sort((a, b) => {
      if (a.time === null || b.time === null) {
        if (a.time === b.time) return a.index - b.index;
        return a.time === null ? 1 : -1;
      }
      return a.time - b.time || a.index - b.index;
    })
    .map((entry) => entry.item);
}
