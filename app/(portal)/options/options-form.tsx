"use client";

import { startTransition, useActionState, useState } from "react";
import { LoaderCircle } from "lucide-react";
import { Alert } from "@/components/ui/alert";
import { Card, CardContent, CardDescription, CardFooter, CardHeader, CardTitle } from "@/components/ui/card";
import { FormError, FormField } from "@/components/ui/form-field";
import { Textarea } from "@/components/ui/input";
import { Button } from "@/components/ui/button";
import { IDLE_STATE } from "@/lib/actions/action-state";
import type { ConnectionOptions } from "@/lib/connection/types";
import { describeConfiguration } from "@/lib/options/configuration";
import { MAX_NOTIFICATION_RECIPIENTS } from "@/lib/validations/options";
import { saveOptionsAction } from "./actions";
import { ToggleRow } from "./toggle-row";

/** The toggles, with the guide's name for the current choice and what it will do, updated as they change. */
export function OptionsForm({ initial, canEdit }: { initial: ConnectionOptions; canEdit: boolean }) {
  const [state, formAction, pending] = useActionState(saveOptionsAction, IDLE_STATE);
  const [createNewPeople, setCreateNewPeople] = useState(initial.createNewPeople);
  const [on24Registrants, setOn24Registrants] = useState(initial.on24Registrants);
  const [notifications, setNotifications] = useState(initial.notificationsEnabled);
  const [notifyEmpty, setNotifyEmpty] = useState(initial.notifyEmptyRuns);
  const [recipients, setRecipients] = useState(initial.notificationRecipients.join("\n"));
  const configuration = describeConfiguration({ createNewPeople, on24Registrants });
  const error = state.status === "error" ? state : undefined;
  const unsaved =
    createNewPeople !== initial.createNewPeople || on24Registrants !== initial.on24Registrants || notifications !== initial.notificationsEnabled;

  // Submitted by hand rather than through `action`: React resets a form after its action, and Radix
  // switches answer a reset by returning to their first value, which would undo the admin's choice.
  function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    startTransition(() => (formAction as (payload: FormData) => void)(data));
  }

  return (
    <Card aria-labelledby="options-title">
      <CardHeader>
        <CardTitle id="options-title">Sync options</CardTitle>
        <CardDescription>What the sync does with ON24 registrants and attendees. Changes apply from the next run.</CardDescription>
      </CardHeader>
      <form onSubmit={onSubmit} noValidate aria-busy={pending}>
        <fieldset disabled={!canEdit || pending} className="contents">
          <CardContent className="grid gap-6 lg:grid-cols-[1fr_18rem]">
            <div className="divide-y divide-slate-100">
              <ToggleRow
                name="createNewPeople"
                label="Create New People"
                description="Create new people in Marketo when ON24 registrants do not exist there yet (first name, last name, company and 12 more standard fields; lead source “ON24”)."
                checked={createNewPeople}
                onCheckedChange={setCreateNewPeople}
              />
              <ToggleRow
                name="on24Registrants"
                label="ON24 Registrants"
                description="Sync ON24 registration activity to Marketo: an ON24 Attendee record for every registrant at registration, updated when they attend."
                checked={on24Registrants}
                onCheckedChange={setOn24Registrants}
              />
              <ToggleRow
                name="notificationsEnabled"
                label="Notifications"
                description="Email a summary of each sync run to the recipients you choose."
                checked={notifications}
                onCheckedChange={setNotifications}
              >
                {/* Turning notifications off keeps the list for later. */}
                {!notifications && <input type="hidden" name="notificationRecipients" value={recipients} />}
                {notifications && (
                  <div className="space-y-3">
                    <FormField
                      name="notificationRecipients"
                      label="Recipients"
                      description={`Up to ${MAX_NOTIFICATION_RECIPIENTS} addresses, one per line or separated by commas.`}
                      errors={error?.fieldErrors?.notificationRecipients}
                    >
                      <Textarea name="notificationRecipients" rows={3} value={recipients} onChange={(e) => setRecipients(e.target.value)} />
                    </FormField>
                    <ToggleRow
                      name="notifyEmptyRuns"
                      label="Also send when a run wrote nothing"
                      description="Otherwise only runs that created, updated, skipped or failed a record send an email."
                      checked={notifyEmpty}
                      onCheckedChange={setNotifyEmpty}
                    />
                  </div>
                )}
              </ToggleRow>
            </div>
            <aside aria-live="polite" className="h-fit rounded-md border border-brand-100 bg-brand-50 px-4 py-3" data-testid="configuration-summary">
              <p className="text-xs font-medium uppercase tracking-wide text-brand-700">{unsaved ? "After saving" : "Current configuration"}</p>
              <p className="mt-1 text-sm font-semibold text-slate-900">{configuration.name}</p>
              <p className="mt-1 text-sm text-slate-700">{configuration.summary}</p>
            </aside>
          </CardContent>
          {canEdit && (
            <CardFooter className="flex-wrap">
              <Button type="submit" disabled={pending}>
                {pending && <LoaderCircle className="animate-spin" aria-hidden />}
                {pending ? "Saving…" : "Save options"}
              </Button>
              {state.status === "success" && <Alert tone="success" className="py-1.5">{state.message}</Alert>}
              <FormError message={error?.formError} />
            </CardFooter>
          )}
        </fieldset>
      </form>
    </Card>
  );
}
