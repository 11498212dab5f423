import { Check, CircleAlert } from "lucide-react";
import { Badge } from "@/components/ui/badge";
import { cn } from "@/components/ui/cn";
import type { StepState } from "@/lib/connection/setup-progress";

const STATE: Record<StepState, { label: string; tone: "success" | "danger" | "neutral" | "brand" }> = {
  done: { label: "Done", tone: "success" },
  attention: { label: "Needs attention", tone: "danger" },
  todo: { label: "To do", tone: "neutral" },
  optional: { label: "Optional", tone: "brand" },
};

type GuideStepProps = { number: number; where: "Marketo" | "ON24" | "ON24 Connect"; title: string; state: StepState; children: React.ReactNode };

/** One of the guide's eight steps, with where it is done and how far this workspace has got. */
export function GuideStep({ number, where, title, state, children }: GuideStepProps) {
  const { label, tone } = STATE[state];
  return (
    <li className="relative flex gap-4" data-testid="guide-step" data-state={state}>
      <div
        className={cn(
          "flex size-8 shrink-0 items-center justify-center rounded-full border text-sm font-semibold",
          state === "done" && "border-emerald-300 bg-emerald-50 text-emerald-700",
          state === "attention" && "border-red-300 bg-red-50 text-red-700",
          (state === "todo" || state === "optional") && "border-slate-300 bg-white text-slate-600",
        )}
        aria-hidden
      >
        {state === "done" ? <Check className="size-4" /> : state === "attention" ? <CircleAlert className="size-4" /> : number}
      </div>
      <div className="min-w-0 flex-1 rounded-lg border border-slate-200 bg-white p-5 shadow-sm">
        <div className="mb-2 flex flex-wrap items-center justify-between gap-2">
          <h2 className="text-base font-semibold text-slate-900">
            <span className="sr-only">Step {number}: </span>
            <span className="text-slate-500">{where} ›</span> {title}
          </h2>
          <Badge tone={tone}>{label}</Badge>
        </div>
        <div className="space-y-2 text-sm text-slate-700">{children}</div>
      </div>
    </li>
  );
}

export function Path({ children }: { children: React.ReactNode }) {
  return <span className="font-medium text-slate-900">{children}</span>;
}

export function Code({ children }: { children: React.ReactNode }) {
  return <code className="rounded bg-slate-100 px-1 py-0.5 font-mono text-[0.8125rem] text-slate-900">{children}</code>;
}
