"use client";

import { useActionState, useEffect } from "react";
import { useRouter } from "next/navigation";
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
import { cancelBackfillAction } from "./backfill-actions";

/** How often the page re-reads progress while a backfill is open: fresh enough to watch, light on the server. */
const REFRESH_EVERY_MS = 10_000;

export function CancelBackfillButton({ jobId, days, running }: { jobId: string; days: string; running: boolean }) {
  const [state, formAction] = useActionState(cancelBackfillAction, IDLE_STATE);
  return (
    <AlertDialog>
      <AlertDialogTrigger asChild>
        <Button variant="ghost" size="sm" aria-label={`Cancel the backfill of ${days}`}>
          Cancel
        </Button>
      </AlertDialogTrigger>
      <AlertDialogContent>
        <form action={formAction} className="space-y-4">
          <AlertDialogHeader>
            <AlertDialogTitle>Cancel the backfill of {days}?</AlertDialogTitle>
            <AlertDialogDescription>
              {running
                ? "It stops after the batch it is writing now. Records already written stay in Marketo; you can request the same days again later."
                : "It has not started yet and will not run. You can request the same days again later."}
            </AlertDialogDescription>
          </AlertDialogHeader>
          <input type="hidden" name="jobId" value={jobId} />
          <FormError message={state.status === "error" ? state.formError : undefined} />
          <AlertDialogFooter>
            <AlertDialogCancel>Keep it</AlertDialogCancel>
            <SubmitButton variant="destructive" pendingLabel="Cancelling…">
              Cancel backfill
            </SubmitButton>
          </AlertDialogFooter>
        </form>
      </AlertDialogContent>
    </AlertDialog>
  );
}

/** Re-renders the page on an interval while some backfill is queued or running, so progress moves on its own. */
export function BackfillProgressRefresh() {
  const router = useRouter();
  useEffect(() => {
    const timer = setInterval(() => router.refresh(), REFRESH_EVERY_MS);
    return () => clearInterval(timer);
  }, [router]);
  return null;
}
