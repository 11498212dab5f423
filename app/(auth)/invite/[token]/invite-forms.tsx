"use client";

import { useActionState } from "react";
import { FormError, FormField } from "@/components/ui/form-field";
import { Input } from "@/components/ui/input";
import { SubmitButton } from "@/components/ui/submit-button";
import { IDLE_STATE } from "@/lib/actions/action-state";
import { PASSWORD_MIN_LENGTH } from "@/lib/auth/password-rules";
import { acceptAsNewUser, acceptSignedIn, acceptWithPassword } from "./actions";

function EmailField({ email }: { email: string }) {
  return (
    <FormField name="email" label="Email" description="The invitation was sent to this address.">
      <Input value={email} readOnly disabled />
    </FormField>
  );
}

export function NewUserForm({ token, email }: { token: string; email: string }) {
  const [state, formAction] = useActionState(acceptAsNewUser, IDLE_STATE);
  const error = state.status === "error" ? state : undefined;
  return (
    <form action={formAction} noValidate className="space-y-4">
      <input type="hidden" name="token" value={token} />
      <FormError message={error?.formError} />
      <EmailField email={email} />
      <FormField name="name" label="Your name" errors={error?.fieldErrors?.name}>
        <Input name="name" autoComplete="name" required defaultValue={error?.values?.name} autoFocus />
      </FormField>
      <FormField name="password" label="Choose a password" description={`At least ${PASSWORD_MIN_LENGTH} characters.`} errors={error?.fieldErrors?.password}>
        <Input name="password" type="password" autoComplete="new-password" required />
      </FormField>
      <SubmitButton className="w-full" pendingLabel="Joining…">
        Create account and join
      </SubmitButton>
    </form>
  );
}

export function ExistingUserForm({ token, email }: { token: string; email: string }) {
  const [state, formAction] = useActionState(acceptWithPassword, IDLE_STATE);
  const error = state.status === "error" ? state : undefined;
  return (
    <form action={formAction} noValidate className="space-y-4">
      <input type="hidden" name="token" value={token} />
      <FormError message={error?.formError} />
      <EmailField email={email} />
      <FormField name="password" label="Your password" errors={error?.fieldErrors?.password}>
        <Input name="password" type="password" autoComplete="current-password" required autoFocus />
      </FormField>
      <SubmitButton className="w-full" pendingLabel="Joining…">
        Sign in and join
      </SubmitButton>
    </form>
  );
}

export function SignedInForm({ token, workspaceName }: { token: string; workspaceName: string }) {
  const [state, formAction] = useActionState(acceptSignedIn, IDLE_STATE);
  return (
    <form action={formAction} className="space-y-4">
      <input type="hidden" name="token" value={token} />
      <FormError message={state.status === "error" ? state.formError : undefined} />
      <SubmitButton className="w-full" pendingLabel="Joining…">
        Join {workspaceName}
      </SubmitButton>
    </form>
  );
}
