"use client";

import { useActionState } from "react";
import { SubmitButton } from "@/components/ui/submit-button";
import { IDLE_STATE } from "@/lib/actions/action-state";
import { revokeInvitationAction } from "./actions";

export function RevokeInvitationButton({ invitationId, email }: { invitationId: string; email: string }) {
  const [state, formAction] = useActionState(revokeInvitationAction, IDLE_STATE);
  return (
    <form action={formAction} className="flex items-center justify-end gap-2">
      <input type="hidden" name="invitationId" value={invitationId} />
      {state.status === "error" && (
        <span role="alert" className="text-xs text-red-700">
          {state.formError}
        </span>
      )}
      <SubmitButton variant="ghost" size="sm" aria-label={`Withdraw the invitation to ${email}`} pendingLabel="Withdrawing…">
        Withdraw
      </SubmitButton>
    </form>
  );
}
