import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { getDb } from "@/db";
import { auditLog, backfillJobs } from "@/db/schema";
import { ActionError } from "@/lib/actions/action-error";
import { newActor } from "@/lib/connection/test-helpers";
import { backfillRequestSchema, checkBackfillRange, daysInRange, latestToday, splitRange } from "@/lib/validations/backfill";
import { requestBackfill } from "./request";

const TODAY = "2025-06-30";

describe("backfill ranges", () => {
  it("counts both ends", () => {
    expect(daysInRange({ startDate: "2025-01-01", endDate: "2025-01-31" })).toBe(31);
    expect(daysInRange({ startDate: "2025-03-01", endDate: "2025-03-01" })).toBe(1);
  });

  it("allows 31 days and refuses 45 with a suggestion", () => {
    expect(checkBackfillRange({ startDate: "2025-01-01", endDate: "2025-01-31" }, { today: TODAY })).toEqual([]);
    const [problem] = checkBackfillRange({ startDate: "2025-01-01", endDate: "2025-02-14" }, { today: TODAY });
    expect(problem.field).toBe("endDate");
    expect(problem.message).toBe(
      "A backfill covers at most 31 days per run, and this range is 45 days. Shorten it to 31 days (end on 2025-01-31), or queue it as 2 consecutive runs.",
    );
  });

  it("splits into consecutive runs of at most 31 days that cover the range exactly", () => {
    expect(splitRange({ startDate: "2025-01-01", endDate: "2025-02-14" })).toEqual([
      { startDate: "2025-01-01", endDate: "2025-01-31" },
      { startDate: "2025-02-01", endDate: "2025-02-14" },
    ]);
    const year = splitRange({ startDate: "2024-01-01", endDate: "2024-12-31" });
    expect(year).toHaveLength(12);
    expect(year.every((r) => daysInRange(r) <= 31)).toBe(true);
    expect(year.slice(1).every((r, i) => daysInRange({ startDate: year[i].endDate, endDate: r.startDate }) === 2)).toBe(true);
    expect(year.at(-1)!.endDate).toBe("2024-12-31");
  });

  it("refuses dates in the future and an end before the start", () => {
    expect(checkBackfillRange({ startDate: "2025-06-01", endDate: "2025-07-01" }, { today: TODAY })).toEqual([
      { field: "endDate", message: "The end date can't be in the future." },
    ]);
    expect(checkBackfillRange({ startDate: "2025-05-10", endDate: "2025-05-01" }, { today: TODAY })[0].message).toMatch(/on or after the start/);
  });

  it("never calls anyone's today the future", () => {
    expect(latestToday(new Date("2025-06-30T10:00:00Z"))).toBe("2025-07-01"); // already 1 July at UTC+14
  });

  it("the form schema reports problems under the field and reads the split switch", () => {
    const refused = backfillRequestSchema.safeParse({ startDate: "2024-01-01", endDate: "2024-02-14" });
    expect(refused.success).toBe(false);
    expect(refused.error!.issues[0]).toMatchObject({ path: ["endDate"], message: expect.stringMatching(/2 consecutive runs/) });
    expect(backfillRequestSchema.safeParse({ startDate: "2024-01-01", endDate: "2024-02-14", split: "on" }).success).toBe(true);
    expect(backfillRequestSchema.safeParse({ startDate: "2024-02-30", endDate: "2024-03-01" }).success).toBe(false);
  });
});

describe("requestBackfill", () => {
  it("queues one job for up to 31 days, with an audit row", async () => {
    const db = await getDb();
    const actor = await newActor(db, "bf-one");
    const jobs = await requestBackfill(db, actor, { startDate: "2025-01-01", endDate: "2025-01-31" }, TODAY);
    expect(jobs.map((j) => [j.startDate, j.endDate, j.status, j.requestedBy])).toEqual([["2025-01-01", "2025-01-31", "queued", actor.userId]]);
    const audit = await db.select().from(auditLog).where(eq(auditLog.workspaceId, actor.workspaceId));
    expect(audit.map((a) => [a.action, a.detail])).toEqual([["options.backfill_requested", { runs: "2025-01-01 to 2025-01-31" }]]);
  });

  it("refuses 45 days unless split, then queues consecutive 31-day runs", async () => {
    const db = await getDb();
    const actor = await newActor(db, "bf-split");
    const range = { startDate: "2025-01-01", endDate: "2025-02-14" };
    const refused = await requestBackfill(db, actor, range, TODAY).catch((e) => e);
    expect(refused).toBeInstanceOf(ActionError);
    expect(refused.fieldErrors.endDate[0]).toMatch(/at most 31 days per run/);
    expect(await db.select().from(backfillJobs).where(eq(backfillJobs.workspaceId, actor.workspaceId))).toEqual([]);

    const jobs = await requestBackfill(db, actor, { ...range, split: true }, TODAY);
    expect(jobs.map((j) => [j.startDate, j.endDate])).toEqual([
      ["2025-01-01", "2025-01-31"],
      ["2025-02-01", "2025-02-14"],
    ]);
  });

  it("refuses a range that overlaps a waiting job, but not one of another workspace", async () => {
    const db = await getDb();
    const actor = await newActor(db, "bf-overlap");
    const other = await newActor(db, "bf-other");
    await requestBackfill(db, actor, { startDate: "2025-03-01", endDate: "2025-03-20" }, TODAY);
    await expect(requestBackfill(db, actor, { startDate: "2025-03-20", endDate: "2025-03-25" }, TODAY)).rejects.toThrow(/already waiting or running/);
    await expect(requestBackfill(db, other, { startDate: "2025-03-01", endDate: "2025-03-20" }, TODAY)).resolves.toHaveLength(1);
    await expect(requestBackfill(db, actor, { startDate: "2025-03-21", endDate: "2025-03-25" }, TODAY)).resolves.toHaveLength(1);
  });
});
