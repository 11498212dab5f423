import { describe, expect, it } from "vitest";
import { readAhead } from "./read-ahead";

/** A source whose requests the test answers by hand, recording when each was made. */
function manualSource(count: number) {
  const requested: number[] = [];
  const answers: ((value: number | Error) => void)[] = [];
  async function* pages() {
    for (let i = 0; i < count; i++) {
      requested.push(i);
      const value = await new Promise<number | Error>((resolve) => answers.push(resolve));
      if (value instanceof Error) throw value;
      yield value;
    }
  }
  return { iterator: pages(), requested, answer: (i: number, value: number | Error) => answers[i](value) };
}

const tick = () => new Promise((resolve) => setTimeout(resolve, 0));

describe("readAhead", () => {
  it("requests up to the depth ahead, one at a time, and hands pages over in order", async () => {
    const src = manualSource(5);
    const ahead = readAhead(src.iterator, 2);
    const first = ahead.next();
    await tick();
    expect(src.requested).toEqual([0]); // the generator runs one request at a time
    src.answer(0, 10);
    expect(await first).toEqual({ value: 10, done: false });
    await tick();
    expect(src.requested).toEqual([0, 1]); // the next page is on its way before it is asked for
    src.answer(1, 11);
    await tick();
    expect(src.requested).toEqual([0, 1, 2]);
    src.answer(2, 12);
    expect(await ahead.next()).toEqual({ value: 11, done: false });
    expect(await ahead.next()).toEqual({ value: 12, done: false });
  });

  it("asks for nothing more ahead once told not to, and reports the end", async () => {
    const src = manualSource(2);
    let allow = false;
    const ahead = readAhead(src.iterator, 3, () => allow);
    const first = ahead.next();
    src.answer(0, 1);
    await first;
    await tick();
    expect(src.requested).toEqual([0]);
    allow = true;
    const second = ahead.next();
    src.answer(1, 2);
    expect(await second).toEqual({ value: 2, done: false });
    expect((await ahead.next()).done).toBe(true);
  });

  it("gives a failed request's error to whoever takes that page, and drain waits for requests in flight", async () => {
    const src = manualSource(3);
    const ahead = readAhead(src.iterator, 2);
    const first = ahead.next();
    src.answer(0, 1);
    await first;
    await tick();
    const drained = ahead.drain();
    let settled = false;
    void drained.then(() => (settled = true));
    await tick();
    expect(settled).toBe(false);
    src.answer(1, new Error("ON24 is down"));
    await drained; // the error is dropped: nobody takes that page any more

    const other = manualSource(2);
    const again = readAhead(other.iterator, 2);
    const page = again.next();
    other.answer(0, new Error("ON24 is down"));
    await expect(page).rejects.toThrow("ON24 is down");
  });
});
