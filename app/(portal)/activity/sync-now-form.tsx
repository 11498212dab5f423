"use client";

import { useActionState, useEffect } from "react";
import { useRouter } from "next/navigation";
import { RefreshCw } from "lucide-react";
import { SubmitButton } from "@/components/ui/submit-button";
import { IDLE_STATE } from "@/lib/actions/action-state";
import { syncNowAction } from "./sync-now";

/** The run starts just after the answer; look again shortly so its process row shows up. */
const FIRST_REFRESH_MS = 1_500;

export function SyncNowForm() {
  const [state, formAction] = useActionState(syncNowAction, IDLE_STATE);
  const router = useRouter();
  useEffect(() => {
    if (state.status !== "success") return;
    const timer = setTimeout(() => router.refresh(), FIRST_REFRESH_MS);
    return () => clearTimeout(timer);
  }, [state, router]);
  return (
    <form action={formAction} className="flex flex-col items-end gap-1">
      <SubmitButton pendingLabel="Starting…">
        <RefreshCw aria-hidden />
        Sync now
      </SubmitButton>
      <p role="status" aria-live="polite" className={state.status === "error" ? "max-w-xs text-right text-sm text-red-700" : "max-w-xs text-right text-sm text-slate-600"}>
        {state.status === "error" ? state.formError : state.status === "success" ? state.message : null}
      </p>
    </form>
  );
}
