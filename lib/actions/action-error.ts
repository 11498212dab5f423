import type { FieldErrors } from "./action-state";

/**
 * An expected failure a person can act on ("That email is already a member"). Thrown inside an action
 * handler, it becomes the form's message; anything else is logged and shown as a generic message.
 */
export class ActionError extends Error {
  constructor(
    message: string,
    readonly fieldErrors?: FieldErrors,
  ) {
    super(message);
    this.name = "ActionError";
  }
}
