"use client";

import { useActionState } from "react";
import { KeyRound } from "lucide-react";
import { Alert } from "@/components/ui/alert";
import { Badge } from "@/components/ui/badge";
import { Card, CardContent, CardDescription, CardFooter, CardHeader, CardTitle } from "@/components/ui/card";
import { formatDateTime } from "@/components/ui/format-date";
import { FormError, FormField } from "@/components/ui/form-field";
import { Input } from "@/components/ui/input";
import { SubmitButton } from "@/components/ui/submit-button";
import type { Region } from "@/db/schema";
import { IDLE_STATE } from "@/lib/actions/action-state";
import { associateOn24Action } from "./actions";
import { DisassociateButton } from "./disassociate-button";
import { RegionSelect } from "./region-select";

/** ON24 disables a token after 60 idle days; warn ten days before. */
export const IDLE_WARNING_DAYS = 50;

export type On24CardProps = {
  canEdit: boolean;
  allowTestEndpoints: boolean;
  sandboxBaseUrl: string | null;
  clientId: string | null;
  region: Region;
  tokenHint: string | null;
  baseUrl: string | null;
  verifiedAt: Date | null;
  lastUsedAt: Date | null;
  idleDays: number | null;
};

export function On24Card(props: On24CardProps) {
  const [state, formAction] = useActionState(associateOn24Action, IDLE_STATE);
  const error = state.status === "error" ? state : undefined;
  const values = error?.values;
  const associated = props.tokenHint !== null;
  const keep = (what: string) => (associated ? `Saved — leave empty to keep the stored ${what}.` : undefined);
  return (
    <Card aria-labelledby="on24-title">
      <CardHeader>
        <div className="flex items-center justify-between gap-3">
          <CardTitle id="on24-title">ON24</CardTitle>
          {associated ? <Badge tone="success">Token associated</Badge> : <Badge tone="warning">No token</Badge>}
        </div>
        <CardDescription>
          An ON24 API access token connects this workspace to your ON24 account. Create one in ON24 under Analytics › API Dashboard ›
          Provision a New API Access Token (name it “Marketo ON24 Connect”), then associate it here.
        </CardDescription>
      </CardHeader>
      {associated && (
        <div className="flex flex-wrap items-center justify-between gap-3 border-b border-slate-100 bg-slate-50/60 px-5 py-3">
          <p className="text-sm text-slate-700" data-testid="on24-token-status">
            Token <span className="font-mono">{props.tokenHint}</span> for client {props.clientId}
            {props.verifiedAt && <> · verified {formatDateTime(props.verifiedAt)}</>}
            {props.lastUsedAt && <> · last used {formatDateTime(props.lastUsedAt)}</>}
          </p>
          {/* Outside the form below: the dialog holds a form of its own. */}
          {props.canEdit && <DisassociateButton hint={props.tokenHint} />}
        </div>
      )}
      {/* Keyed by the verification time so a new association (or the sandbox fill) shows the stored values. */}
      <form key={props.verifiedAt?.toISOString() ?? "none"} action={formAction} noValidate>
        <fieldset disabled={!props.canEdit} className="contents">
          <CardContent className="space-y-4">
            {state.status === "success" && <Alert tone="success">{state.message}</Alert>}
            {props.idleDays !== null && props.idleDays >= IDLE_WARNING_DAYS && (
              <Alert tone="warning" title={`This token has not been used for ${props.idleDays} days`}>
                ON24 disables access tokens that go unused for 60 days. Run Test Connection (or let a sync run) to keep it active, or
                associate a new token.
              </Alert>
            )}
            <FormError message={error?.formError} />
            <div className="grid gap-4 sm:grid-cols-2">
              <FormField name="on24ClientId" label="ON24 client ID" description="A number, shown with the token in ON24's API Dashboard." errors={error?.fieldErrors?.on24ClientId}>
                <Input name="on24ClientId" inputMode="numeric" autoComplete="off" defaultValue={values?.on24ClientId ?? props.clientId ?? ""} required />
              </FormField>
              <FormField name="on24Region" label="Region" description="Where your ON24 account is hosted." errors={error?.fieldErrors?.on24Region}>
                <RegionSelect defaultValue={(values?.on24Region as Region | undefined) ?? props.region} />
              </FormField>
              <FormField name="on24TokenKey" label="Access token key" description={keep("key")} errors={error?.fieldErrors?.on24TokenKey}>
                <Input name="on24TokenKey" type="password" autoComplete="off" spellCheck={false} />
              </FormField>
              <FormField name="on24TokenSecret" label="Access token secret" description={keep("secret")} errors={error?.fieldErrors?.on24TokenSecret}>
                <Input name="on24TokenSecret" type="password" autoComplete="off" spellCheck={false} />
              </FormField>
              {props.allowTestEndpoints && (
                <FormField
                  name="on24BaseUrl"
                  className="sm:col-span-2"
                  label="ON24 base URL (test deployments only)"
                  description={`Leave empty to follow the region. The sandbox's is ${props.sandboxBaseUrl ?? "not available here"}.`}
                  errors={error?.fieldErrors?.on24BaseUrl}
                >
                  <Input name="on24BaseUrl" autoComplete="off" spellCheck={false} defaultValue={values?.on24BaseUrl ?? props.baseUrl ?? ""} />
                </FormField>
              )}
            </div>
          </CardContent>
          {props.canEdit && (
            <CardFooter>
              <SubmitButton pendingLabel="Checking the token with ON24…">
                <KeyRound aria-hidden />
                Associate Access Token
              </SubmitButton>
            </CardFooter>
          )}
        </fieldset>
      </form>
    </Card>
  );
}
