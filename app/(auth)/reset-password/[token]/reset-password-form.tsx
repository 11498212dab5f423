"use client";

import { useActionState } from "react";
import { FormError, FormField } from "@/components/ui/form-field";
import { Input } from "@/components/ui/input";
import { SubmitButton } from "@/components/ui/submit-button";
import { IDLE_STATE } from "@/lib/actions/action-state";
import { PASSWORD_MIN_LENGTH } from "@/lib/auth/password-rules";
import { setNewPassword } from "./actions";

export function ResetPasswordForm({ token }: { token: string }) {
  const [state, formAction] = useActionState(setNewPassword, IDLE_STATE);
  const error = state.status === "error" ? state : undefined;
  return (
    <form action={formAction} noValidate className="space-y-4">
      <input type="hidden" name="token" value={token} />
      <FormError message={error?.formError} />
      <FormField name="password" label="New password" description={`At least ${PASSWORD_MIN_LENGTH} characters.`} errors={error?.fieldErrors?.password}>
        <Input name="password" type="password" autoComplete="new-password" required autoFocus />
      </FormField>
      <FormField name="confirmPassword" label="Repeat the new password" errors={error?.fieldErrors?.confirmPassword}>
        <Input name="confirmPassword" type="password" autoComplete="new-password" required />
      </FormField>
      <SubmitButton className="w-full" pendingLabel="Saving…">
        Set password and sign in
      </SubmitButton>
    </form>
  );
}
