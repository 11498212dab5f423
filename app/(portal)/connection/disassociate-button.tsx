"use client";

import { useActionState } from "react";
import { Unlink } from "lucide-react";
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
import { SubmitButton } from "@/components/ui/submit-button";
import { IDLE_STATE } from "@/lib/actions/action-state";
import { disassociateOn24Action } from "./actions";

export function DisassociateButton({ hint }: { hint: string | null }) {
  const [state, formAction] = useActionState(disassociateOn24Action, IDLE_STATE);
  return (
    <AlertDialog>
      <AlertDialogTrigger asChild>
        <Button variant="secondary">
          <Unlink aria-hidden />
          Disassociate Access Token
        </Button>
      </AlertDialogTrigger>
      <AlertDialogContent>
        <form action={formAction} className="space-y-4">
          <AlertDialogHeader>
            <AlertDialogTitle>Disassociate the ON24 access token?</AlertDialogTitle>
            <AlertDialogDescription>
              The token {hint ? <span className="font-mono">{hint}</span> : null} is removed from this workspace and syncing stops at once. The
              token itself stays active in ON24; associate it (or another one) again to resume, then Test Connection and Save.
            </AlertDialogDescription>
          </AlertDialogHeader>
          <FormError message={state.status === "error" ? state.formError : undefined} />
          <AlertDialogFooter>
            <AlertDialogCancel>Cancel</AlertDialogCancel>
            <SubmitButton variant="destructive" pendingLabel="Disassociating…">
              Disassociate
            </SubmitButton>
          </AlertDialogFooter>
        </form>
      </AlertDialogContent>
    </AlertDialog>
  );
}
