import { CircleAlert, CircleCheck, CircleX } from "lucide-react";
import { Alert } from "@/components/ui/alert";
import { cn } from "@/components/ui/cn";
import { formatDateTime } from "@/components/ui/format-date";
import type { ConnectionTestResult } from "@/lib/connection/test-connection";
import type { CheckStatus } from "@/lib/sync/fields/check";

const ICONS: Record<CheckStatus, { icon: typeof CircleCheck; className: string; label: string }> = {
  pass: { icon: CircleCheck, className: "text-emerald-600", label: "Passed" },
  warning: { icon: CircleAlert, className: "text-amber-600", label: "Warning" },
  fail: { icon: CircleX, className: "text-red-600", label: "Failed" },
};

/** The last Test Connection result: one line per check, each with what to do about it. */
export function TestChecklist({ result }: { result: ConnectionTestResult }) {
  const failed = result.checks.filter((c) => c.status === "fail").length;
  const warnings = result.checks.filter((c) => c.status === "warning").length;
  return (
    <div className="space-y-3" data-testid="test-checklist">
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <h3 className="text-sm font-semibold text-slate-900">
          {failed === 0 ? "Successful Connection" : `${failed} of ${result.checks.length} checks failed`}
          {warnings > 0 && <span className="font-normal text-slate-500"> · {warnings} {warnings === 1 ? "warning" : "warnings"}</span>}
        </h3>
        <p className="text-xs text-slate-500">
          Tested {formatDateTime(new Date(result.ranAt))} · region {result.region === "eu" ? "Europe and Global" : "North America"}
        </p>
      </div>
      {!result.canSave && result.saveBlockedReason && (
        <Alert tone="danger" title="Save is not possible yet" data-testid="save-blocked">
          {result.saveBlockedReason}
        </Alert>
      )}
      <ul className="divide-y divide-slate-100 rounded-md border border-slate-200">
        {result.checks.map((check) => {
          const { icon: Icon, className, label } = ICONS[check.status];
          return (
            <li key={check.id} className="flex gap-3 px-4 py-3" data-testid={`check-${check.id}`} data-status={check.status}>
              <Icon className={cn("mt-0.5 size-5 shrink-0", className)} aria-label={label} role="img" />
              <div className="min-w-0 space-y-1">
                <p className="text-sm font-medium text-slate-900">{check.title}</p>
                <p className="text-sm text-slate-700">{check.message}</p>
                {check.details && check.details.length > 0 && (
                  <ul className="list-disc space-y-0.5 pl-5 text-xs text-slate-600">
                    {check.details.map((detail) => (
                      <li key={detail}>{detail}</li>
                    ))}
                  </ul>
                )}
              </div>
            </li>
          );
        })}
      </ul>
    </div>
  );
}
