"use client";

import { useActionState, useState } from "react";
import { RotateCcw } from "lucide-react";
import { FormError } from "@/components/ui/form-field";
import { SubmitButton } from "@/components/ui/submit-button";
import { IDLE_STATE } from "@/lib/actions/action-state";
import type { ServerAction } from "@/lib/actions/safe-action";
import { explainCode } from "@/lib/activity/explain-code";

type Props = {
  processId: number;
  selectedIds: string[];
  /** Failure codes of the process with their counts, most frequent first. */
  codes: { code: string; total: number }[];
  action: ServerAction;
};

const selectClass = "h-8 rounded-md border border-slate-300 bg-white px-2 text-sm text-slate-900 focus-visible:outline-2 focus-visible:outline-brand-500";

/** Replay the ticked failures, or every failure with one code, as a new process. */
export function ReplayControls({ processId, selectedIds, codes, action }: Props) {
  const [selectedState, replaySelected] = useActionState(action, IDLE_STATE);
  const [codeState, replayCode] = useActionState(action, IDLE_STATE);
  const [code, setCode] = useState(codes[0]?.code ?? "");
  const error = selectedState.status === "error" ? selectedState.formError : codeState.status === "error" ? codeState.formError : undefined;

  return (
    <div className="space-y-2 border-b border-slate-100 bg-slate-50/60 px-4 py-3">
      <div className="flex flex-wrap items-center gap-x-6 gap-y-2">
        <form action={replaySelected} className="flex items-center gap-2">
          <input type="hidden" name="mode" value="selected" />
          <input type="hidden" name="processId" value={processId} />
          {selectedIds.map((id) => (
            <input key={id} type="hidden" name="outcomeIds" value={id} />
          ))}
          <SubmitButton size="sm" disabled={selectedIds.length === 0} pendingLabel="Queuing…">
            <RotateCcw aria-hidden /> Replay {selectedIds.length || ""} selected
          </SubmitButton>
          {selectedIds.length === 0 && <span className="text-xs text-slate-500">Tick failed records to replay them.</span>}
        </form>
        {codes.length > 0 && (
          <form action={replayCode} className="flex flex-wrap items-center gap-2">
            <input type="hidden" name="mode" value="code" />
            <input type="hidden" name="processId" value={processId} />
            <label className="flex items-center gap-2 text-sm text-slate-700">
              <span>All failures with code</span>
              <select name="code" className={selectClass} value={code} onChange={(e) => setCode(e.target.value)}>
                {codes.map((c) => (
                  <option key={c.code} value={c.code}>
                    {c.code === "none" ? "no code" : `${c.code} — ${explainCode(c.code)?.title ?? ""}`} ({c.total})
                  </option>
                ))}
              </select>
            </label>
            <SubmitButton size="sm" variant="secondary" pendingLabel="Queuing…">
              <RotateCcw aria-hidden /> Replay them
            </SubmitButton>
          </form>
        )}
      </div>
      <p className="text-xs text-slate-500">A replay is a new process, linked to this one, that sends these records to Marketo again. Fix the cause first when the reason says so.</p>
      <FormError message={error} />
    </div>
  );
}
