import { afterEach, describe, expect, it } from "vitest";
import { sandboxClientId, type SchemaVariant } from "@/lib/sandbox/marketo/constants";
import { expectedFromSandbox, storedRecords } from "./testing/expected";
import { startHarness, type Harness } from "./testing/harness";
import { outcomeCounts, outcomesOf } from "./testing/outcomes";

const ACCOUNT = { seed: 13, events: 3, registrantsPerEvent: 50, pastDays: 6, futureDays: 1 };

let h: Harness | undefined;
afterEach(async () => {
  await h?.close();
  h = undefined;
});

async function runAndCompare(variant: SchemaVariant, on24: object = {}) {
  h = await startHarness({ on24: { ...ACCOUNT, ...on24 }, marketoClientId: sandboxClientId(variant) });
  const result = await h.run();
  const window = await h.windowOf(result.processId!);
  const expected = await expectedFromSandbox(h, { windows: { registrant: window, attendee: window }, createNewPeople: true, virtualConferenceEnabled: false });
  const stored = storedRecords(h);
  expect([...stored.keys()].sort()).toEqual([...expected.records.keys()].sort());
  for (const [key, values] of expected.records) expect(stored.get(key), key).toEqual(values);
  // Only fields the tenant's object defines were ever sent (the simulator would have refused others with 1006).
  const defined = new Set(h.instance().objectDefinition!.fields.map((f) => f.name));
  for (const record of stored.values()) for (const field of Object.keys(record)) expect(defined.has(field), field).toBe(true);
  expect(result.counts).toMatchObject({ coFailed: 0, coMapped: expected.written });
  return result;
}

describe("objects that define different subsets of the fields", () => {
  it("a small object with string ids", async () => {
    const result = await runAndCompare("valid-string");
    const fields = new Set(h!.instance().customObjectRecords().flatMap((r) => Object.keys(r.values)));
    expect([...fields].sort()).toEqual(expect.arrayContaining(["attendedlive", "eventtitle", "registrationdate"]));
    expect(fields.has("campaigncode")).toBe(false);
    expect(result.status).toBe("completed");
  });

  it("a North America object with integer ids, fed ids as JSON strings by ON24", async () => {
    await runAndCompare("valid-na-integer", { idsAsStrings: true });
    const record = h!.instance().customObjectRecords()[0];
    expect(typeof record.values.eventid).toBe("number");
    expect(typeof record.values.eventuserid).toBe("number");
  });

  it("an object with short fields and wrong types: values cut or left out with warnings, never a failed batch", async () => {
    const result = await runAndCompare("wrong-types");
    const byCode = await outcomeCounts(h!, result.processId!);
    const warned = Object.entries(byCode).filter(([key]) => key.startsWith("warning:"));
    expect(warned.length).toBeGreaterThan(0);
    const rows = await outcomesOf(h!, result.processId!);
    const truncated = rows.flatMap((r) => ((r.detail as { warnings?: { code: string; field: string; message: string }[] }).warnings ?? []).filter((w) => w.code === "truncated"));
    expect(truncated.length).toBeGreaterThan(0);
    // Every cut field holds no more than its length in Marketo (registrationdate is a 10-character string here).
    const lengths = new Map(h!.instance().objectDefinition!.fields.map((f) => [f.name, f.length]));
    for (const field of new Set(truncated.map((w) => w.field))) {
      for (const record of h!.instance().customObjectRecords()) {
        if (record.values[field] !== undefined) expect([...String(record.values[field])].length).toBeLessThanOrEqual(lengths.get(field)!);
      }
    }
    expect(truncated[0].message).toMatch(/cut to \d+ characters/);
    expect(result.counts.coWarnings).toBe(rows.filter((r) => r.outcome === "warning").length);
  });
});
