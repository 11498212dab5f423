import { readdirSync, mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { openSpillFile } from "./spill-file";

let dir: string | undefined;
afterEach(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
  dir = undefined;
});

describe("spill file", () => {
  it("gives back what was written by handle, including text that is not ASCII, and leaves no file behind", () => {
    dir = mkdtempSync(path.join(os.tmpdir(), "spill-test-"));
    const spill = openSpillFile(dir);
    const first = spill.putMany(['{"email":"a@x.example"}', '{"company":"Müller & Söhne 株式会社"}']);
    const second = spill.putMany(["third"]);
    expect(spill.get(first[1])).toBe('{"company":"Müller & Söhne 株式会社"}');
    expect(spill.get(second[0])).toBe("third");
    expect(spill.get(first[0])).toBe('{"email":"a@x.example"}');
    expect(spill.bytes).toBe(Buffer.byteLength('{"email":"a@x.example"}{"company":"Müller & Söhne 株式会社"}third'));
    expect(readdirSync(dir)).toEqual([]); // unlinked while open
    spill.close();
    expect(readdirSync(dir)).toEqual([]);
  });

  it("forgets everything on clear and starts again from nothing", () => {
    const spill = openSpillFile();
    const [old] = spill.putMany(["old"]);
    spill.clear();
    expect(spill.bytes).toBe(0);
    expect(() => spill.get(old)).toThrow(RangeError);
    const [fresh] = spill.putMany(["fresh"]);
    expect(spill.get(fresh)).toBe("fresh");
    spill.close();
  });
});
