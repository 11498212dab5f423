"use client";

import { useActionState, useState, useTransition } from "react";
import { Trash2 } from "lucide-react";
import {
  AlertDialog,
  AlertDialogCancel,
  AlertDialogContent,
  AlertDialogDescription,
  AlertDialogFooter,
  AlertDialogHeader,
  AlertDialogTitle,
  AlertDialogTrigger,
} from "@/components/ui/alert-dialog";
import { Button } from "@/components/ui/button";
import { FormError } from "@/components/ui/form-field";
import { Select, SelectContent, SelectItem, SelectTrigger, SelectValue } from "@/components/ui/select";
import { SubmitButton } from "@/components/ui/submit-button";
import { IDLE_STATE } from "@/lib/actions/action-state";
import { ROLE_LABELS } from "@/lib/auth/roles";
import { ROLES, type Role } from "@/db/schema";
import { changeRoleAction, removeMemberAction } from "./actions";

type Member = { userId: string; name: string; email: string; role: Role };

/** Changes the role as soon as another is picked; a refusal (last admin) shows under the select. */
export function RoleSelect({ member }: { member: Member }) {
  const [pending, startTransition] = useTransition();
  const [error, setError] = useState<string | undefined>();
  const errorId = `role-error-${member.userId}`;
  const onChange = (role: string) => {
    setError(undefined);
    startTransition(async () => {
      const result = await changeRoleAction(undefined, { userId: member.userId, role });
      if (result.status === "error") setError(result.formError);
    });
  };
  return (
    <div className="space-y-1">
      <Select value={member.role} onValueChange={onChange} disabled={pending}>
        <SelectTrigger
          className="h-8 w-32"
          aria-label={`Role of ${member.name || member.email}`}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? errorId : undefined}
        >
          <SelectValue />
        </SelectTrigger>
        <SelectContent>
          {ROLES.map((role) => (
            <SelectItem key={role} value={role}>
              {ROLE_LABELS[role]}
            </SelectItem>
          ))}
        </SelectContent>
      </Select>
      {error && (
        <p id={errorId} role="alert" className="max-w-64 text-xs text-red-700">
          {error}
        </p>
      )}
    </div>
  );
}

export function RemoveMemberButton({ member, isSelf }: { member: Member; isSelf: boolean }) {
  const [state, formAction] = useActionState(removeMemberAction, IDLE_STATE);
  const who = member.name || member.email;
  return (
    <AlertDialog>
      <AlertDialogTrigger asChild>
        <Button variant="ghost" size="sm" aria-label={`Remove ${who}`}>
          <Trash2 aria-hidden className="text-slate-500" />
          <span className="sr-only sm:not-sr-only">Remove</span>
        </Button>
      </AlertDialogTrigger>
      <AlertDialogContent>
        <form action={formAction} className="space-y-4">
          <AlertDialogHeader>
            <AlertDialogTitle>{isSelf ? "Leave this workspace?" : `Remove ${who}?`}</AlertDialogTitle>
            <AlertDialogDescription>
              {isSelf
                ? "You will lose access to this workspace right away. An admin can invite you again."
                : `${member.email} will lose access to this workspace right away. Their account stays, and you can invite them again later.`}
            </AlertDialogDescription>
          </AlertDialogHeader>
          <input type="hidden" name="userId" value={member.userId} />
          <FormError message={state.status === "error" ? state.formError : undefined} />
          <AlertDialogFooter>
            <AlertDialogCancel>Cancel</AlertDialogCancel>
            <SubmitButton variant="destructive" pendingLabel="Removing…">
              {isSelf ? "Leave workspace" : "Remove member"}
            </SubmitButton>
          </AlertDialogFooter>
        </form>
      </AlertDialogContent>
    </AlertDialog>
  );
}
