import { and, eq } from "drizzle-orm";
import { beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { getDb } from "@/db";
import { auditLog, backfillJobs } from "@/db/schema";
import { NOT_ALLOWED } from "@/lib/actions/safe-action";
import type { CurrentUser, WorkspaceContext } from "@/lib/auth/context";
import { newActor } from "@/lib/connection/test-helpers";
import { ALREADY_FINISHED } from "@/lib/scheduler/backfill-jobs";

// The server actions as the Options page calls them, on the real database. Only the session lookup is
// replaced (Auth.js needs a request), and revalidatePath (it needs Next's request store).
vi.mock("@/lib/auth/config", () => ({ auth: async () => null }));
vi.mock("next/cache", () => ({ revalidatePath: () => undefined }));
const session = vi.hoisted(() => ({ user: null as CurrentUser | null, context: null as WorkspaceContext | null }));
vi.mock("@/lib/auth/context", async (importOriginal) => ({
  ...(await importOriginal<typeof import("@/lib/auth/context")>()),
  getCurrentUser: async () => session.user,
  getWorkspaceContext: async () => session.context,
}));

const { cancelBackfillAction } = await import("./backfill-actions");
const { requestBackfillAction } = await import("./actions");

let actor: { workspaceId: string; userId: string };
const signInAs = (role: "admin" | "marketer") => {
  session.user = { id: actor.userId, email: "admin@options.test", name: "Admin", staffRole: null };
  session.context = {
    user: session.user,
    role,
    memberships: [],
    workspace: { id: actor.workspaceId, name: "Options test" },
  } as unknown as WorkspaceContext;
};
const jobsOf = async (workspaceId: string) =>
  (await getDb()).select().from(backfillJobs).where(eq(backfillJobs.workspaceId, workspaceId));

beforeAll(async () => {
  const created = await newActor(await getDb(), "backfill");
  actor = { workspaceId: created.workspaceId, userId: created.userId! };
});
beforeEach(async () => {
  await (await getDb()).delete(backfillJobs).where(eq(backfillJobs.workspaceId, actor.workspaceId));
  signInAs("admin");
});

describe("backfill requests are limited on the server", () => {
  it("refuses 45 days through the server action itself (no form involved) and queues nothing", async () => {
    const result = await requestBackfillAction(undefined, { startDate: "2025-01-01", endDate: "2025-02-14" });
    expect(result.status).toBe("error");
    expect(result.status === "error" && result.fieldErrors?.endDate?.[0]).toMatch(/at most 31 days/);
    expect(await jobsOf(actor.workspaceId)).toEqual([]);
  });

  it("queues 31 days", async () => {
    const result = await requestBackfillAction(undefined, { startDate: "2025-01-01", endDate: "2025-01-31" });
    expect(result.status).toBe("success");
    expect((await jobsOf(actor.workspaceId)).map((j) => [j.startDate, j.endDate, j.status])).toEqual([
      ["2025-01-01", "2025-01-31", "queued"],
    ]);
  });
});

describe("cancelBackfillAction", () => {
  const addJob = async (workspaceId: string, status: "queued" | "running" | "completed") => {
    const [job] = await (
      await getDb()
    )
      .insert(backfillJobs)
      .values({ workspaceId, startDate: "2025-03-01", endDate: "2025-03-31", status })
      .returning();
    return job;
  };

  it("lets an admin cancel a queued or running job, with an audit row", async () => {
    for (const status of ["queued", "running"] as const) {
      const job = await addJob(actor.workspaceId, status);
      expect(await cancelBackfillAction(undefined, { jobId: job.id })).toMatchObject({ status: "success" });
      const [row] = await (await getDb()).select().from(backfillJobs).where(eq(backfillJobs.id, job.id));
      expect(row.status).toBe("cancelled");
    }
    const audit = await (
      await getDb()
    )
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.workspaceId, actor.workspaceId), eq(auditLog.action, "options.backfill_cancelled")));
    expect(audit.length).toBeGreaterThanOrEqual(2);
  });

  it("refuses marketers, finished jobs and other workspaces' jobs", async () => {
    const job = await addJob(actor.workspaceId, "queued");
    signInAs("marketer");
    expect(await cancelBackfillAction(undefined, { jobId: job.id })).toEqual({ status: "error", formError: NOT_ALLOWED });
    signInAs("admin");
    const done = await addJob(actor.workspaceId, "completed");
    expect(await cancelBackfillAction(undefined, { jobId: done.id })).toEqual({ status: "error", formError: ALREADY_FINISHED });
    const other = await newActor(await getDb(), "other");
    const theirs = await addJob(other.workspaceId, "queued");
    expect(await cancelBackfillAction(undefined, { jobId: theirs.id })).toEqual({ status: "error", formError: ALREADY_FINISHED });
    expect((await jobsOf(other.workspaceId))[0].status).toBe("queued");
    expect(await cancelBackfillAction(undefined, { jobId: "not-a-uuid" })).toMatchObject({
      status: "error",
      fieldErrors: { jobId: ["Unknown backfill."] },
    });
  });
});
