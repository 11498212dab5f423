"use client";

import { useActionState } from "react";
import { Alert } from "@/components/ui/alert";
import { FormError, FormField } from "@/components/ui/form-field";
import { Input } from "@/components/ui/input";
import { Select, SelectContent, SelectItem, SelectTrigger, SelectValue } from "@/components/ui/select";
import { SubmitButton } from "@/components/ui/submit-button";
import { IDLE_STATE } from "@/lib/actions/action-state";
import { ROLE_DESCRIPTIONS, ROLE_LABELS } from "@/lib/auth/roles";
import { ROLES } from "@/db/schema";
import { inviteMemberAction } from "./actions";

export function InviteForm() {
  const [state, formAction] = useActionState(inviteMemberAction, IDLE_STATE);
  const error = state.status === "error" ? state : undefined;
  return (
    <form action={formAction} noValidate className="space-y-4">
      {state.status === "success" && <Alert tone="success">{state.message}</Alert>}
      <FormError message={error?.formError} />
      <div className="grid gap-4 sm:grid-cols-[1fr_14rem_auto] sm:items-start">
        <FormField name="email" label="Email address" errors={error?.fieldErrors?.email}>
          <Input name="email" type="email" autoComplete="off" placeholder="teammate@company.com" required defaultValue={error?.values?.email} />
        </FormField>
        <FormField name="role" label="Role" errors={error?.fieldErrors?.role}>
          <RoleSelectTrigger />
        </FormField>
        <SubmitButton className="sm:mt-6" pendingLabel="Sending…">
          Send invitation
        </SubmitButton>
      </div>
    </form>
  );
}

/** FormField passes id/aria props to this element; they belong on the focusable trigger. */
function RoleSelectTrigger(props: React.ComponentProps<typeof SelectTrigger>) {
  return (
    <Select name="role" defaultValue="marketer">
      <SelectTrigger {...props}>
        <SelectValue />
      </SelectTrigger>
      <SelectContent>
        {ROLES.map((role) => (
          <SelectItem key={role} value={role} description={ROLE_DESCRIPTIONS[role]}>
            {ROLE_LABELS[role]}
          </SelectItem>
        ))}
      </SelectContent>
    </Select>
  );
}
