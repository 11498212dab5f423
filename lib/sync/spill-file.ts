// Text kept in a temporary file instead of memory, read back by handle. A backfill joins its attendees
// against every registration of their events (200,000 for 100,000 attendees over 50 events): held as
// strings that would take a good part of a function's memory and, with the garbage collector's slack,
// several times more. The file is unlinked as soon as it is open, so it goes with the process whatever
// happens; what is read back comes from the OS page cache, which is not the process's memory.
import { randomUUID } from "node:crypto";
import { closeSync, ftruncateSync, openSync, readSync, unlinkSync, writeSync } from "node:fs";
import os from "node:os";
import path from "node:path";

export type SpillFile = {
  /** Appends the texts in one write; returns their handles, in order. */
  putMany(texts: readonly string[]): number[];
  get(handle: number): string;
  /** Bytes written since the last clear. */
  readonly bytes: number;
  /** Forgets everything written (every handle becomes invalid) and gives the space back. */
  clear(): void;
  close(): void;
};

export function openSpillFile(dir: string = os.tmpdir()): SpillFile {
  const file = path.join(dir, `on24-connect-join-${randomUUID()}.tmp`);
  const fd = openSync(file, "w+", 0o600);
  let unlinked = false;
  try {
    unlinkSync(file);
    unlinked = true;
  } catch {
    // Some platforms cannot remove an open file; it is removed on close instead.
  }
  let offsets: number[] = [];
  let lengths: number[] = [];
  let size = 0;
  let open = true;

  return {
    putMany(texts) {
      const buffers = texts.map((t) => Buffer.from(t, "utf8"));
      const joined = Buffer.concat(buffers);
      writeSync(fd, joined, 0, joined.length, size);
      return buffers.map((b) => {
        offsets.push(size);
        lengths.push(b.length);
        size += b.length;
        return offsets.length - 1;
      });
    },
    get(handle) {
      const length = lengths[handle];
      if (length === undefined) throw new RangeError(`No spilled text ${handle}`);
      const buffer = Buffer.allocUnsafe(length);
      readSync(fd, buffer, 0, length, offsets[handle]);
      return buffer.toString("utf8");
    },
    get bytes() {
      return size;
    },
    clear() {
      offsets = [];
      lengths = [];
      size = 0;
      ftruncateSync(fd, 0);
    },
    close() {
      if (!open) return;
      open = false;
      closeSync(fd);
      if (!unlinked) unlinkSync(file);
    },
  };
}
