import { afterEach, describe, expect, it, vi } from "vitest";
import { redirect } from "next/navigation";
import { z } from "zod";
import { ActionError } from "./action-error";
import { GENERIC_ERROR, INVALID_FORM, runAction, type ContextResult } from "./run-action";
import { WRONG_WORKSPACE, checkWorkspaceId } from "./workspace-input";

const schema = z.object({ email: z.email("Enter an email address."), role: z.enum(["admin", "viewer"]) });
const context = { workspace: { id: "ws-active" } };
const allow = async (): Promise<ContextResult<typeof context>> => ({ ok: true, context });

function form(entries: Record<string, string>) {
  const data = new FormData();
  for (const [k, v] of Object.entries(entries)) data.append(k, v);
  data.append("$ACTION_ID_abc", "");
  return data;
}

afterEach(() => vi.restoreAllMocks());

describe("runAction", () => {
  it("parses FormData and returns the handler's data as success", async () => {
    const handler = vi.fn(async (input: z.output<typeof schema>) => ({ invited: input.email }));
    const state = await runAction({ name: "t", schema, input: form({ email: "a@b.co", role: "viewer" }), resolveContext: allow, handler });
    expect(state).toEqual({ status: "success", invited: "a@b.co" });
    expect(handler).toHaveBeenCalledWith({ email: "a@b.co", role: "viewer" }, context);
  });

  it("returns field errors without running the handler when the input is invalid", async () => {
    const handler = vi.fn(async () => {});
    const state = await runAction({ name: "t", schema, input: form({ email: "nope", role: "owner" }), resolveContext: allow, handler });
    expect(state.status).toBe("error");
    if (state.status !== "error") return;
    expect(state.formError).toBe(INVALID_FORM);
    expect(state.fieldErrors?.email).toEqual(["Enter an email address."]);
    expect(state.fieldErrors?.role?.length).toBe(1);
    expect(handler).not.toHaveBeenCalled();
  });

  it("refuses before parsing when the context says no", async () => {
    const handler = vi.fn(async () => {});
    const state = await runAction({
      name: "t",
      schema,
      input: { email: "a@b.co", role: "viewer" },
      resolveContext: async () => ({ ok: false, formError: "Sign in again." }),
      handler,
    });
    expect(state).toEqual({ status: "error", formError: "Sign in again." });
    expect(handler).not.toHaveBeenCalled();
  });

  it("turns an ActionError into the form's message", async () => {
    const state = await runAction({
      name: "t",
      schema,
      input: { email: "a@b.co", role: "viewer" },
      resolveContext: allow,
      handler: async () => {
        throw new ActionError("Already a member.", { email: ["Already a member."] });
      },
    });
    expect(state).toEqual({ status: "error", formError: "Already a member.", fieldErrors: { email: ["Already a member."] } });
  });

  it("logs an unexpected error without the input and shows a generic message", async () => {
    const log = vi.spyOn(console, "error").mockImplementation(() => {});
    const state = await runAction({
      name: "saveThing",
      schema: z.object({ password: z.string() }),
      input: { password: "hunter2-secret" },
      resolveContext: allow,
      handler: async () => {
        throw new Error("connection refused");
      },
    });
    expect(state).toEqual({ status: "error", formError: GENERIC_ERROR });
    expect(log).toHaveBeenCalledTimes(1);
    const logged = log.mock.calls.flat().join(" ");
    expect(logged).toContain("saveThing");
    expect(logged).toContain("connection refused");
    expect(logged).not.toContain("hunter2-secret");
  });

  it("lets redirects through", async () => {
    const run = runAction({
      name: "t",
      schema,
      input: { email: "a@b.co", role: "viewer" },
      resolveContext: allow,
      handler: async () => redirect("/members"),
    });
    await expect(run).rejects.toMatchObject({ digest: expect.stringContaining("NEXT_REDIRECT") });
  });

  it("echoes only the listed fields on error", async () => {
    const state = await runAction({
      name: "t",
      schema: z.object({ email: z.email(), password: z.string().min(10) }),
      echo: ["email"],
      input: form({ email: "a@b.co", password: "short" }),
      resolveContext: allow,
      handler: async () => {},
    });
    expect(state.status === "error" && state.values).toEqual({ email: "a@b.co" });
  });

  it("refuses a workspaceId that is not the active workspace and hides it from the handler", async () => {
    const handler = vi.fn(async () => {});
    const forged = await runAction({
      name: "t",
      schema,
      input: { email: "a@b.co", role: "viewer", workspaceId: "ws-other" },
      resolveContext: allow,
      checkInput: checkWorkspaceId,
      handler,
    });
    expect(forged).toEqual({ status: "error", formError: WRONG_WORKSPACE });
    expect(handler).not.toHaveBeenCalled();

    const same = await runAction({
      name: "t",
      schema: schema.passthrough(),
      input: { email: "a@b.co", role: "viewer", workspaceId: "ws-active" },
      resolveContext: allow,
      checkInput: checkWorkspaceId,
      handler,
    });
    expect(same.status).toBe("success");
    expect(handler).toHaveBeenCalledWith({ email: "a@b.co", role: "viewer" }, context);
  });
});
