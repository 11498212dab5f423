"use client";

import { useActionState } from "react";
import { FormError, FormField } from "@/components/ui/form-field";
import { Input } from "@/components/ui/input";
import { SubmitButton } from "@/components/ui/submit-button";
import { IDLE_STATE } from "@/lib/actions/action-state";
import { PASSWORD_MIN_LENGTH } from "@/lib/auth/password-rules";
import { signUp } from "./actions";

export function SignupForm() {
  const [state, formAction] = useActionState(signUp, IDLE_STATE);
  const error = state.status === "error" ? state : undefined;
  return (
    <form action={formAction} noValidate className="space-y-4">
      <FormError message={error?.formError} />
      <FormField name="name" label="Your name" errors={error?.fieldErrors?.name}>
        <Input name="name" autoComplete="name" required defaultValue={error?.values?.name} autoFocus />
      </FormField>
      <FormField name="email" label="Work email" errors={error?.fieldErrors?.email}>
        <Input name="email" type="email" autoComplete="email" required defaultValue={error?.values?.email} />
      </FormField>
      <FormField
        name="password"
        label="Password"
        description={`At least ${PASSWORD_MIN_LENGTH} characters.`}
        errors={error?.fieldErrors?.password}
      >
        <Input name="password" type="password" autoComplete="new-password" required minLength={PASSWORD_MIN_LENGTH} />
      </FormField>
      <FormField
        name="workspaceName"
        label="Workspace name"
        description="Usually your company or team. You can invite teammates to it later."
        errors={error?.fieldErrors?.workspaceName}
      >
        <Input name="workspaceName" autoComplete="organization" required defaultValue={error?.values?.workspaceName} />
      </FormField>
      <SubmitButton className="w-full" pendingLabel="Creating your workspace…">
        Create account
      </SubmitButton>
    </form>
  );
}
