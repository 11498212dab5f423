import { unstable_rethrow } from "next/navigation";
import { z } from "zod";
import { ActionError } from "./action-error";
import type { ActionErrorState, ActionState } from "./action-state";
import { formDataToObject } from "./form-data";

export const GENERIC_ERROR = "Something went wrong on our side. Try again; if it keeps happening, contact support.";
export const INVALID_FORM = "Check the highlighted fields.";

export type ActionInput = FormData | Record<string, unknown> | undefined;
/** A resolved context, or a message explaining why the action may not run. */
export type ContextResult<C> = { ok: true; context: C } | { ok: false; formError: string };

type RunOptions<S extends z.ZodType, C, T extends object> = {
  name: string;
  schema: S;
  echo?: readonly string[];
  input: ActionInput;
  resolveContext: () => Promise<ContextResult<C>>;
  /** Inspect the raw input before parsing, e.g. refuse a workspaceId that is not the active one. */
  checkInput?: (raw: Record<string, unknown>, context: C) => string | null;
  handler: (input: z.output<S>, context: C) => Promise<T | void>;
};

/**
 * The core of every server action: context, then input, then the handler, turning failures into
 * the `ActionState` a form shows. Redirects and Next's interrupts (notFound, forbidden) pass through.
 */
export async function runAction<S extends z.ZodType, C, T extends object>(options: RunOptions<S, C, T>): Promise<ActionState<T>> {
  const raw = options.input instanceof FormData ? formDataToObject(options.input) : { ...(options.input ?? {}) };
  const values = echoValues(raw, options.echo);
  const fail = (state: Omit<ActionErrorState, "status">): ActionErrorState => ({ status: "error", ...state, ...(values && { values }) });

  try {
    const resolved = await options.resolveContext();
    if (!resolved.ok) return fail({ formError: resolved.formError });
    const refusal = options.checkInput?.(raw, resolved.context);
    if (refusal) return fail({ formError: refusal });

    const parsed = options.schema.safeParse(raw);
    if (!parsed.success) {
      const { fieldErrors, formErrors } = z.flattenError(parsed.error as z.ZodError<Record<string, unknown>>);
      return fail({ fieldErrors: fieldErrors as Record<string, string[]>, formError: formErrors[0] ?? INVALID_FORM });
    }
    const data = await options.handler(parsed.data, resolved.context);
    return { status: "success", ...(data ?? {}) } as ActionState<T>;
  } catch (error) {
    unstable_rethrow(error);
    if (error instanceof ActionError) return fail({ formError: error.message, fieldErrors: error.fieldErrors });
    // Name and message only: inputs (passwords, secrets) are never logged.
    const err = error instanceof Error ? error : new Error(String(error));
    console.error(`[action ${options.name}] ${err.name}: ${err.message}`);
    return fail({ formError: GENERIC_ERROR });
  }
}

function echoValues(raw: Record<string, unknown>, echo: readonly string[] | undefined): Record<string, string> | undefined {
  if (!echo?.length) return undefined;
  const values: Record<string, string> = {};
  for (const key of echo) if (typeof raw[key] === "string") values[key] = raw[key] as string;
  return values;
}
