"use client";

import { startTransition, useActionState, useState } from "react";
import { FlaskRound } from "lucide-react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { IDLE_STATE } from "@/lib/actions/action-state";
import { fillSandboxAction } from "./actions";
import { MarketoCard, type MarketoCardProps } from "./marketo-card";
import { On24Card, type On24CardProps } from "./on24-card";

type Props = { sandboxOffered: boolean; on24: On24CardProps; marketo: Omit<MarketoCardProps, "preset"> };

/** The two editable sections, plus "Use the sandbox", which fills both (its secrets never leave the server). */
export function ConnectionEditor({ sandboxOffered, on24, marketo }: Props) {
  const [sandbox, fillSandbox, filling] = useActionState(fillSandboxAction, IDLE_STATE);
  const [fills, setFills] = useState(0);
  const preset = sandbox.status === "success" ? { ...sandbox.marketo, nonce: fills } : null;

  return (
    <div className="space-y-6">
      {sandboxOffered && (
        <section aria-labelledby="sandbox-title" className="flex flex-col gap-3 rounded-lg border border-brand-100 bg-brand-50 px-5 py-4 sm:flex-row sm:items-center sm:justify-between">
          <div className="space-y-0.5">
            <h2 id="sandbox-title" className="text-sm font-semibold text-brand-700">
              No ON24 or Marketo account at hand?
            </h2>
            <p className="text-sm text-slate-700">
              This deployment has a built-in sandbox: a simulated ON24 account and Marketo instance. One click fills in their credentials.
            </p>
          </div>
          <Button
            variant="secondary"
            disabled={filling}
            onClick={() => {
              setFills((n) => n + 1);
              startTransition(() => fillSandbox());
            }}
          >
            <FlaskRound aria-hidden />
            {filling ? "Filling in…" : "Use the sandbox"}
          </Button>
        </section>
      )}
      {/* Its "Click Test Connection, then Save" is done once a save turns syncing on (the offer goes away then). */}
      {sandboxOffered && sandbox.status === "success" && <Alert tone="success">{sandbox.message}</Alert>}
      {sandbox.status === "error" && <Alert tone="danger">{sandbox.formError}</Alert>}
      <On24Card {...on24} />
      <MarketoCard {...marketo} preset={preset} />
    </div>
  );
}
