"use client";

import { startTransition, useActionState, useState } from "react";
import { FlaskConical, Save } from "lucide-react";
import { Alert } from "@/components/ui/alert";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Card, CardContent, CardDescription, CardFooter, CardHeader, CardTitle } from "@/components/ui/card";
import { formatDateTime } from "@/components/ui/format-date";
import { FormError, FormField } from "@/components/ui/form-field";
import { Input } from "@/components/ui/input";
import { IDLE_STATE, type ActionState } from "@/lib/actions/action-state";
import type { ConnectionTestResult } from "@/lib/connection/test-connection";
import { saveConnectionAction, testConnectionAction } from "./actions";
import { IdentityUrlPreview } from "./identity-url-preview";
import { PendingLabel } from "./pending-label";
import { TestChecklist } from "./test-checklist";

export type MarketoPreset = { clientId: string; identityUrl: string; nonce: number };

export type MarketoCardProps = {
  canEdit: boolean;
  allowTestEndpoints: boolean;
  clientId: string | null;
  secretHint: string | null;
  origin: string | null;
  validatedAt: Date | null;
  objectFieldCount: number | null;
  lastTest: ConnectionTestResult | null;
  /** Values put in by "Use the sandbox"; the secret is supplied on the server. */
  preset: MarketoPreset | null;
};

type Result = ActionState<{ changes?: string[] }>;

/**
 * Client ID, Client Secret and Identity URL, with Test Connection and Save. Both buttons send the form
 * as typed; the form is not reset afterwards, so a secret typed once serves the test and the save.
 */
export function MarketoCard(props: MarketoCardProps) {
  const [testState, testAction, testing] = useActionState(testConnectionAction, IDLE_STATE);
  const [saveState, saveAction, saving] = useActionState(saveConnectionAction, IDLE_STATE);
  const [last, setLast] = useState<"test" | "save" | null>(null);
  const [clientId, setClientId] = useState(props.clientId ?? "");
  const [identityUrl, setIdentityUrl] = useState(props.origin ? `${props.origin}/identity` : "");
  const [presetNonce, setPresetNonce] = useState<number | null>(null);
  const busy = testing || saving;

  // "Use the sandbox" hands new values down once; adopt them when they arrive (no effect needed).
  if (props.preset && props.preset.nonce !== presetNonce) {
    setPresetNonce(props.preset.nonce);
    setClientId(props.preset.clientId);
    setIdentityUrl(props.preset.identityUrl);
  }
  const usingSandboxSecret = presetNonce !== null && props.preset?.clientId === clientId;

  const state: Result = last === "save" ? saveState : last === "test" ? testState : IDLE_STATE;
  const error = state.status === "error" ? state : undefined;

  function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const submitter = (event.nativeEvent as SubmitEvent).submitter as HTMLButtonElement | null;
    const kind = submitter?.value === "save" ? "save" : "test";
    const data = new FormData(event.currentTarget);
    setLast(kind);
    // The wrapped actions take their input as an optional second argument, which hides the payload from the types.
    const dispatch = (kind === "save" ? saveAction : testAction) as (payload: FormData) => void;
    startTransition(() => dispatch(data));
  }

  const keepSecret = props.secretHint ? `Saved (${props.secretHint}) — leave empty to keep it.` : undefined;
  return (
    <Card aria-labelledby="marketo-title">
      <CardHeader>
        <div className="flex items-center justify-between gap-3">
          <CardTitle id="marketo-title">Marketo</CardTitle>
          {props.validatedAt ? <Badge tone="success">Saved {formatDateTime(props.validatedAt)}</Badge> : <Badge>Not saved</Badge>}
        </div>
        <CardDescription>
          From the custom LaunchPoint service of your API-only user: Admin › LaunchPoint › View Details shows the Client ID and Client
          Secret; Admin › Integration › Web Services shows the Identity URL (paste it as it is — we remove “/identity”).
        </CardDescription>
      </CardHeader>
      <form onSubmit={onSubmit} noValidate aria-busy={busy}>
        <fieldset disabled={!props.canEdit || busy} className="contents">
          <CardContent className="space-y-4">
            {state.status === "success" && (
              <Alert tone="success" title={state.message}>
                {state.changes?.length ? <span>Identity URL: {state.changes.join(" ")}</span> : null}
              </Alert>
            )}
            <FormError message={error?.formError} />
            <div className="grid gap-4 sm:grid-cols-2">
              <FormField name="marketoClientId" label="Client ID" errors={error?.fieldErrors?.marketoClientId}>
                <Input name="marketoClientId" autoComplete="off" spellCheck={false} value={clientId} onChange={(e) => setClientId(e.target.value)} />
              </FormField>
              <FormField
                name="marketoClientSecret"
                label="Client Secret"
                description={usingSandboxSecret ? "The sandbox's secret is filled in on the server." : keepSecret}
                errors={error?.fieldErrors?.marketoClientSecret}
              >
                <Input name="marketoClientSecret" type="password" autoComplete="off" spellCheck={false} />
              </FormField>
              <div className="space-y-1.5 sm:col-span-2">
                <FormField
                  name="marketoIdentityUrl"
                  label="Identity URL"
                  description="Paste it as Marketo shows it; the address it will use appears below."
                  errors={error?.fieldErrors?.marketoIdentityUrl}
                >
                  <Input
                    name="marketoIdentityUrl"
                    autoComplete="off"
                    spellCheck={false}
                    placeholder="https://123-ABC-456.mktorest.com/identity"
                    value={identityUrl}
                    onChange={(e) => setIdentityUrl(e.target.value)}
                  />
                </FormField>
                <IdentityUrlPreview value={identityUrl} allowTestEndpoints={props.allowTestEndpoints} />
              </div>
              {usingSandboxSecret && <input type="hidden" name="useSandboxSecret" value="on" />}
            </div>
            {props.lastTest ? (
              <TestChecklist result={props.lastTest} />
            ) : (
              <p className="rounded-md border border-dashed border-slate-300 px-4 py-3 text-sm text-slate-600">
                Test Connection checks the token, the ON24 Attendee custom object and each of its fields, the pEPURL__c person field and
                your ON24 token, and tells you what to fix. Save becomes possible once it passes.
              </p>
            )}
          </CardContent>
          {props.canEdit && (
            <CardFooter className="flex-wrap">
              <Button type="submit" name="intent" value="test" variant="secondary" disabled={busy}>
                <PendingLabel pending={testing} icon={<FlaskConical aria-hidden />} label="Test Connection" pendingLabel="Testing…" />
              </Button>
              <Button type="submit" name="intent" value="save" disabled={busy}>
                <PendingLabel pending={saving} icon={<Save aria-hidden />} label="Save" pendingLabel="Testing and saving…" />
              </Button>
              {props.objectFieldCount !== null && (
                <span className="text-xs text-slate-500">The saved object has {props.objectFieldCount} fields; the sync fills only those.</span>
              )}
            </CardFooter>
          )}
        </fieldset>
      </form>
    </Card>
  );
}
