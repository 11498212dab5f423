import "server-only";
import type { z } from "zod";
import type { Role, StaffRole } from "@/db/schema";
import { getCurrentUser, getWorkspaceContext, isStaff, type CurrentUser, type StaffUser, type WorkspaceContext } from "@/lib/auth/context";
import { hasRole } from "@/lib/auth/roles";
import type { ActionState } from "./action-state";
import { runAction, type ActionInput, type ContextResult } from "./run-action";
import { checkWorkspaceId } from "./workspace-input";

/**
 * The only way to build a server action (STYLE.md §5; e2e and lib/actions/server-action-exports.test.ts
 * hold every "use server" file to it). Each wrapper authenticates and authorises on the server, parses
 * the input with a zod schema and returns an `ActionState`. Usable directly with `useActionState`:
 *
 *   export const inviteMember = workspaceAction({ schema: inviteSchema, role: "admin" }, async (input, ctx) => { … });
 *   const [state, formAction, pending] = useActionState(inviteMember, IDLE_STATE);
 */

export type ServerAction<T extends object = object> = (previous: ActionState<T> | undefined, input?: ActionInput) => Promise<ActionState<T>>;

type Options<S extends z.ZodType> = {
  schema: S;
  /** Field names whose submitted value is sent back on error so the form can keep it. Never a secret. */
  echo?: readonly string[];
  /** For the server log when the handler fails unexpectedly; defaults to the handler's name. */
  name?: string;
};

export const SIGNED_OUT = "Your session has ended. Sign in again to continue.";
export const NO_WORKSPACE = "You are no longer a member of this workspace.";
export const NOT_ALLOWED = "You don't have permission to do that. Ask an admin of this workspace.";

type Handler<S extends z.ZodType, C, T extends object> = (input: z.output<S>, context: C) => Promise<T | void>;

function build<S extends z.ZodType, C, T extends object>(
  options: Options<S>,
  resolveContext: () => Promise<ContextResult<C>>,
  handler: Handler<S, C, T>,
  checkInput?: (raw: Record<string, unknown>, context: C) => string | null,
): ServerAction<T> {
  const name = options.name ?? (handler.name || "anonymous");
  return async (_previous, input) =>
    runAction({ name, schema: options.schema, echo: options.echo, input, resolveContext, checkInput, handler });
}

/** Anyone, signed in or not (sign in, sign up, password reset, accepting an invitation). */
export function publicAction<S extends z.ZodType, T extends object = object>(
  options: Options<S>,
  handler: Handler<S, { user: CurrentUser | null }, T>,
): ServerAction<T> {
  return build(options, async () => ({ ok: true, context: { user: await getCurrentUser() } }), handler);
}

/** Signed in; no workspace needed (switching workspace, signing out). */
export function userAction<S extends z.ZodType, T extends object = object>(
  options: Options<S>,
  handler: Handler<S, { user: CurrentUser }, T>,
): ServerAction<T> {
  return build(options, resolveUser, handler);
}

/**
 * Signed in, a member of the active workspace with at least `role` (default viewer). The workspace is
 * the server's choice (session + cookie checked against memberships): a `workspaceId` field in the
 * input must equal it and is removed before parsing, so no handler can act on a client-sent id.
 */
export function workspaceAction<S extends z.ZodType, T extends object = object>(
  options: Options<S> & { role?: Role },
  handler: Handler<S, WorkspaceContext, T>,
): ServerAction<T> {
  const minRole = options.role ?? "viewer";
  const resolve = async (): Promise<ContextResult<WorkspaceContext>> => {
    const user = await getCurrentUser();
    if (!user) return { ok: false, formError: SIGNED_OUT };
    const context = await getWorkspaceContext(user);
    if (!context) return { ok: false, formError: NO_WORKSPACE };
    if (!hasRole(context.role, minRole)) return { ok: false, formError: NOT_ALLOWED };
    return { ok: true, context };
  };
  return build(options, resolve, handler, checkWorkspaceId);
}

/** Support or on-call staff (optionally only some staff roles). */
export function staffAction<S extends z.ZodType, T extends object = object>(
  options: Options<S> & { roles?: StaffRole[] },
  handler: Handler<S, { user: StaffUser }, T>,
): ServerAction<T> {
  const resolve = async (): Promise<ContextResult<{ user: StaffUser }>> => {
    const user = await getCurrentUser();
    if (!user) return { ok: false, formError: SIGNED_OUT };
    if (!isStaff(user, options.roles)) return { ok: false, formError: NOT_ALLOWED };
    return { ok: true, context: { user } };
  };
  return build(options, resolve, handler);
}

async function resolveUser(): Promise<ContextResult<{ user: CurrentUser }>> {
  const user = await getCurrentUser();
  return user ? { ok: true, context: { user } } : { ok: false, formError: SIGNED_OUT };
}
