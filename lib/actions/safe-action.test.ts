import { beforeEach, describe, expect, it, vi } from "vitest";
import { z } from "zod";
import type { CurrentUser, WorkspaceContext } from "@/lib/auth/context";
import { NOT_ALLOWED, NO_WORKSPACE, SIGNED_OUT, staffAction, userAction, workspaceAction } from "./safe-action";
import { WRONG_WORKSPACE } from "./workspace-input";

// The session and cookie lookups are replaced; the wrappers' own checks are what is tested.
// (Auth.js itself is not loaded: its ESM build imports "next/server" in a way plain Node cannot resolve.)
vi.mock("@/lib/auth/config", () => ({ auth: async () => null }));
const session = vi.hoisted(() => ({ user: null as CurrentUser | null, context: null as WorkspaceContext | null }));
vi.mock("@/lib/auth/context", async (importOriginal) => ({
  ...(await importOriginal<typeof import("@/lib/auth/context")>()),
  getCurrentUser: async () => session.user,
  getWorkspaceContext: async () => session.context,
}));

const user: CurrentUser = { id: "u1", email: "ana@acme.test", name: "Ana", staffRole: null };
const contextAs = (role: "admin" | "marketer" | "viewer") =>
  ({ user, role, memberships: [], workspace: { id: "ws-1", name: "Acme" } }) as unknown as WorkspaceContext;

const schema = z.object({ note: z.string().min(1) });

beforeEach(() => {
  session.user = user;
  session.context = contextAs("marketer");
});

describe("workspaceAction", () => {
  const save = workspaceAction({ schema, role: "marketer" }, async (input, ctx) => ({ saved: `${ctx.workspace.id}:${input.note}` }));

  it("runs for a member with the role, on the server's active workspace", async () => {
    expect(await save(undefined, { note: "hi" })).toEqual({ status: "success", saved: "ws-1:hi" });
  });

  it("refuses a role below the minimum", async () => {
    session.context = contextAs("viewer");
    expect(await save(undefined, { note: "hi" })).toEqual({ status: "error", formError: NOT_ALLOWED });
  });

  it("refuses signed-out callers and users without a workspace", async () => {
    session.context = null;
    expect(await save(undefined, { note: "hi" })).toEqual({ status: "error", formError: NO_WORKSPACE });
    session.user = null;
    expect(await save(undefined, { note: "hi" })).toEqual({ status: "error", formError: SIGNED_OUT });
  });

  it("refuses a workspaceId that is not the active workspace", async () => {
    expect(await save(undefined, { note: "hi", workspaceId: "ws-2" })).toEqual({ status: "error", formError: WRONG_WORKSPACE });
  });
});

describe("userAction and staffAction", () => {
  it("userAction needs a session", async () => {
    const whoAmI = userAction({ schema: z.object({}) }, async (_input, { user: u }) => ({ email: u.email }));
    expect(await whoAmI(undefined, {})).toEqual({ status: "success", email: "ana@acme.test" });
    session.user = null;
    expect(await whoAmI(undefined, {})).toEqual({ status: "error", formError: SIGNED_OUT });
  });

  it("staffAction admits only the listed staff roles", async () => {
    const act = staffAction({ schema: z.object({}), roles: ["oncall"] }, async () => ({ ok: true }));
    expect(await act(undefined, {})).toEqual({ status: "error", formError: NOT_ALLOWED });
    session.user = { ...user, staffRole: "support" };
    expect(await act(undefined, {})).toEqual({ status: "error", formError: NOT_ALLOWED });
    session.user = { ...user, staffRole: "oncall" };
    expect(await act(undefined, {})).toEqual({ status: "success", ok: true });
  });
});
