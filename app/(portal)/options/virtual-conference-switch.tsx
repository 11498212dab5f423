"use client";

import { startTransition, useActionState, useState } from "react";
import { ShieldCheck } from "lucide-react";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { Label } from "@/components/ui/label";
import { Switch } from "@/components/ui/switch";
import { IDLE_STATE } from "@/lib/actions/action-state";
import { setVirtualConferenceAction } from "./actions";

/** Support staff only: whether this workspace's Virtual Conference events are synced (the guide's note). */
export function VirtualConferenceSwitch({ workspaceId, workspaceName, enabled }: { workspaceId: string; workspaceName: string; enabled: boolean }) {
  const [state, dispatch, pending] = useActionState(setVirtualConferenceAction, IDLE_STATE);
  const [checked, setChecked] = useState(enabled);
  const onChange = (next: boolean) => {
    setChecked(next);
    const data = { targetWorkspaceId: workspaceId, enabled: next ? "on" : "" };
    startTransition(() => (dispatch as (payload: Record<string, string>) => void)(data));
  };
  return (
    <Card aria-labelledby="vc-title" className="border-dashed">
      <CardHeader>
        <CardTitle id="vc-title" className="flex items-center gap-2">
          <ShieldCheck className="size-4 text-brand-600" aria-hidden />
          Support staff: Virtual Conference
        </CardTitle>
        <CardDescription>Only our support staff see this. The customer asks integration support to enable their account first.</CardDescription>
      </CardHeader>
      <CardContent className="space-y-2">
        <div className="flex items-center gap-3">
          <Switch id="virtual-conference" checked={checked} onCheckedChange={onChange} disabled={pending} />
          <Label htmlFor="virtual-conference">Sync Virtual Conference events for {workspaceName}</Label>
        </div>
        {state.status === "success" && <p className="text-sm text-emerald-700">{state.message}</p>}
        {state.status === "error" && (
          <p role="alert" className="text-sm text-red-700">
            {state.formError}
          </p>
        )}
      </CardContent>
    </Card>
  );
}
