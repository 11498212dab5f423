"use client";

import { DataTableFilter } from "@/components/data-table/data-table-filter";
import { DataTableReset } from "@/components/data-table/data-table-reset";
import { DataTableSearch } from "@/components/data-table/data-table-search";
import { useTableUrl } from "@/components/data-table/use-table-url";
import { OUTCOMES, PROCESS_STATUSES } from "@/db/schema";
import { OUTCOME_LABELS, STATUS_LABELS } from "../activity/_components/status-badges";

const FIELD_LABELS = {
  all: "Everything",
  email: "Email",
  event_user_id: "eventuserid",
  event_id: "Event ID",
  process_id: "Process ID",
  client_id: "ON24 client ID",
  code: "Error code",
} as const;

const STATUS_OPTIONS = PROCESS_STATUSES.map((value) => ({ value, label: STATUS_LABELS[value] }));
const OUTCOME_OPTIONS = OUTCOMES.map((value) => ({ value, label: OUTCOME_LABELS[value] }));

/** One search across every workspace, narrowed to one kind of identifier if wanted. */
export function SupportToolbar({ resetKeys }: { resetKeys: readonly string[] }) {
  const { searchParams, setParams } = useTableUrl();
  return (
    <div className="flex flex-wrap items-center gap-2">
      <DataTableSearch label="Search all workspaces" placeholder="Email, eventuserid, event ID, process ID, client ID or code" className="sm:max-w-md" />
      <label className="flex items-center gap-2 text-sm text-slate-600">
        <span>in</span>
        <select
          className="h-8 rounded-md border border-slate-300 bg-white px-2 text-sm text-slate-900 focus-visible:outline-2 focus-visible:outline-brand-500"
          value={searchParams.get("field") ?? "all"}
          onChange={(e) => setParams({ field: e.target.value === "all" ? null : e.target.value, page: null, rpage: null })}
        >
          {Object.entries(FIELD_LABELS).map(([value, label]) => (
            <option key={value} value={value}>
              {label}
            </option>
          ))}
        </select>
      </label>
      <DataTableFilter title="Run status" param="status" options={STATUS_OPTIONS} />
      <DataTableFilter title="Record outcome" param="outcome" pageParam="rpage" options={OUTCOME_OPTIONS} />
      <DataTableReset params={resetKeys} />
    </div>
  );
}
