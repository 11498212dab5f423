import { describe, expect, it } from "vitest";
import { offsetPages, pageSize, type RawPage } from "./pages";
import { registrantSchema } from "./schemas";

const WINDOW = { startDate: "2026-01-01", endDate: "2026-01-31" };
const people = (from: number, n: number) => Array.from({ length: n }, (_, i) => ({ eventuserid: from + i }));

async function walk(from: typeof WINDOW & { pageOffset?: number }, answer: (offset: number) => RawPage) {
  const asked: number[] = [];
  const pages = [];
  for await (const page of offsetPages(from, 2, registrantSchema, async (offset) => (asked.push(offset), answer(offset))))
    pages.push(page);
  return { asked, pages };
}

describe("offsetPages", () => {
  it("follows pagecount and hands out the cursor of the next page", async () => {
    const { asked, pages } = await walk(WINDOW, (o) => ({ items: people(o * 2, o < 2 ? 2 : 1), total: 5, pagecount: 3 }));
    expect(asked).toEqual([0, 1, 2]);
    expect(pages.map((p) => p.next)).toEqual([{ ...WINDOW, pageOffset: 1 }, { ...WINDOW, pageOffset: 2 }, null]);
    expect(pages.flatMap((p) => p.records.map((r) => r.eventuserid))).toEqual(["0", "1", "2", "3", "4"]);
  });

  it("starts at a stored cursor", async () => {
    const { asked } = await walk({ ...WINDOW, pageOffset: 2 }, (o) => ({ items: people(o * 2, 1), total: 5, pagecount: 3 }));
    expect(asked).toEqual([2]);
  });

  it("derives the page count from the total when ON24 leaves it out", async () => {
    const { asked } = await walk(WINDOW, (o) => ({ items: people(o * 2, o < 2 ? 2 : 1), total: 5 }));
    expect(asked).toEqual([0, 1, 2]);
  });

  it("stops on an empty page even when a stale pagecount promises more", async () => {
    const { asked } = await walk(WINDOW, (o) => ({ items: o === 0 ? people(0, 2) : [], total: 50, pagecount: 25 }));
    expect(asked).toEqual([0, 1]);
  });

  it("counts records it had to set aside", async () => {
    const { pages } = await walk(WINDOW, () => ({
      items: [{ eventuserid: 1 }, { email: "no-id@x.example" }],
      total: 2,
      pagecount: 1,
    }));
    expect(pages[0]).toMatchObject({ rejected: 1, total: 2, pageCount: 1 });
  });

  it("refuses a window that is not two ordered YYYY-MM-DD days", async () => {
    await expect(walk({ startDate: "2026-02-01", endDate: "2026-01-01" }, () => ({ items: [] }))).rejects.toThrow(
      /Invalid ON24 date window/,
    );
    await expect(walk({ startDate: "2026-1-1", endDate: "2026-01-31" }, () => ({ items: [] }))).rejects.toThrow(/Invalid/);
  });
});

describe("pageSize", () => {
  it("keeps to ON24's documented 1–100", () => {
    expect([pageSize(), pageSize(500), pageSize(0), pageSize(37.9)]).toEqual([100, 100, 1, 37]);
  });
});
