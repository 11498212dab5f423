"use client";

import { useActionState } from "react";
import { Alert } from "@/components/ui/alert";
import { FormError, FormField } from "@/components/ui/form-field";
import { Input } from "@/components/ui/input";
import { SubmitButton } from "@/components/ui/submit-button";
import { IDLE_STATE } from "@/lib/actions/action-state";
import { requestReset } from "./actions";

export function ForgotPasswordForm() {
  const [state, formAction] = useActionState(requestReset, IDLE_STATE);
  if (state.status === "success") return <Alert tone="success" title="Check your email">{state.message}</Alert>;
  const error = state.status === "error" ? state : undefined;
  return (
    <form action={formAction} noValidate className="space-y-4">
      <FormError message={error?.formError} />
      <FormField name="email" label="Email" errors={error?.fieldErrors?.email}>
        <Input name="email" type="email" autoComplete="email" required defaultValue={error?.values?.email} autoFocus />
      </FormField>
      <SubmitButton className="w-full" pendingLabel="Sending…">
        Email me a reset link
      </SubmitButton>
    </form>
  );
}
