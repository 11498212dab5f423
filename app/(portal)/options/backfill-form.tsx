"use client";

import { startTransition, useActionState, useState } from "react";
import { History } from "lucide-react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { FormError, FormField } from "@/components/ui/form-field";
import { Input } from "@/components/ui/input";
import { SubmitButton } from "@/components/ui/submit-button";
import { IDLE_STATE } from "@/lib/actions/action-state";
import { checkBackfillRange, daysInRange, isIsoDate, latestToday, MAX_BACKFILL_DAYS, splitRange } from "@/lib/validations/backfill";
import { requestBackfillAction } from "./actions";

/**
 * Start and end date of activity to bring into Marketo. More than 31 days is refused with a suggestion,
 * and the refusal offers to queue the range as consecutive 31-day runs in one click.
 */
export function BackfillForm({ canEdit }: { canEdit: boolean }) {
  const [state, formAction, pending] = useActionState(requestBackfillAction, IDLE_STATE);
  const error = state.status === "error" ? state : undefined;
  const [startDate, setStartDate] = useState("");
  const [endDate, setEndDate] = useState("");
  const range = isIsoDate(startDate) && isIsoDate(endDate) ? { startDate, endDate } : null;
  const days = range && endDate >= startDate ? daysInRange(range) : null;
  const runs = range && days && days > MAX_BACKFILL_DAYS && checkBackfillRange(range, { split: true }).length === 0 ? splitRange(range) : null;
  const today = latestToday();

  const queueRuns = () => {
    const data = new FormData();
    data.set("startDate", startDate);
    data.set("endDate", endDate);
    data.set("split", "on");
    startTransition(() => (formAction as (payload: FormData) => void)(data));
  };

  return (
    <Card aria-labelledby="backfill-title">
      <CardHeader>
        <CardTitle id="backfill-title">Backfill in Marketo</CardTitle>
        <CardDescription>
          Pass data to Marketo for activity that happened before the integration was set up, or outside the regular sync window. At most{" "}
          {MAX_BACKFILL_DAYS} days per run.
        </CardDescription>
      </CardHeader>
      <CardContent>
        <form action={formAction} noValidate className="space-y-4">
          <fieldset disabled={!canEdit || pending} className="contents">
            {state.status === "success" && <Alert tone="success">{state.message}</Alert>}
            <FormError message={error && !error.fieldErrors ? error.formError : undefined} />
            <div className="grid max-w-3xl gap-4 sm:grid-cols-[1fr_1fr_auto] sm:items-start">
              <FormField name="startDate" label="Start date" errors={error?.fieldErrors?.startDate}>
                <Input name="startDate" type="date" max={today} value={startDate} onChange={(e) => setStartDate(e.target.value)} />
              </FormField>
              <FormField name="endDate" label="End date" errors={error?.fieldErrors?.endDate}>
                <Input name="endDate" type="date" max={today} value={endDate} onChange={(e) => setEndDate(e.target.value)} />
              </FormField>
              {canEdit && (
                <SubmitButton className="sm:mt-6 sm:justify-self-start" variant="secondary" pendingLabel="Queueing…">
                  <History aria-hidden />
                  Request backfill
                </SubmitButton>
              )}
            </div>
            {days !== null && <p className="text-xs text-slate-500">{days === 1 ? "1 day" : `${days} days`} selected.</p>}
            {canEdit && runs && error?.fieldErrors?.endDate && (
              <div className="flex flex-wrap items-center gap-3 rounded-md border border-slate-200 bg-slate-50 px-4 py-3 text-sm">
                <span className="text-slate-700">
                  Or queue {runs.length} consecutive runs: {runs.map((r) => `${r.startDate} – ${r.endDate}`).join(", ")}.
                </span>
                <Button size="sm" onClick={queueRuns} disabled={pending}>
                  Queue {runs.length} runs
                </Button>
              </div>
            )}
          </fieldset>
        </form>
      </CardContent>
    </Card>
  );
}
