"use client";

import Link from "next/link";
import { useActionState } from "react";
import { FormError, FormField } from "@/components/ui/form-field";
import { Input } from "@/components/ui/input";
import { SubmitButton } from "@/components/ui/submit-button";
import { IDLE_STATE } from "@/lib/actions/action-state";
import { logIn } from "./actions";

export function LoginForm({ next }: { next?: string }) {
  const [state, formAction] = useActionState(logIn, IDLE_STATE);
  const error = state.status === "error" ? state : undefined;
  return (
    <form action={formAction} noValidate className="space-y-4">
      {next && <input type="hidden" name="next" value={next} />}
      <FormError message={error?.formError} />
      <FormField name="email" label="Email" errors={error?.fieldErrors?.email}>
        <Input name="email" type="email" autoComplete="email" required defaultValue={error?.values?.email} autoFocus />
      </FormField>
      <FormField name="password" label="Password" errors={error?.fieldErrors?.password}>
        <Input name="password" type="password" autoComplete="current-password" required />
      </FormField>
      <div className="flex justify-end text-sm">
        <Link href="/forgot-password" className="font-medium text-brand-600 hover:underline">
          Forgot password?
        </Link>
      </div>
      <SubmitButton className="w-full" pendingLabel="Signing in…">
        Sign in
      </SubmitButton>
    </form>
  );
}
