/**
 * What every server action returns (STYLE.md §5), and what forms hold in `useActionState`.
 * Safe to import from client components: types and one constant only.
 */
export type FieldErrors = Partial<Record<string, string[]>>;

export type ActionErrorState = {
  status: "error";
  /** A message about the whole form, shown above the submit button. */
  formError?: string;
  /** Messages per field name, shown under each input. */
  fieldErrors?: FieldErrors;
  /** Non-secret values the form should show again (only the fields an action lists in `echo`). */
  values?: Record<string, string>;
};

export type ActionSuccessState<T extends object = object> = { status: "success"; message?: string } & T;

export type ActionState<T extends object = object> = { status: "idle" } | ActionErrorState | ActionSuccessState<T>;

export const IDLE_STATE = { status: "idle" } as const satisfies ActionState;
