"use client";

import { DataTableDateRange } from "@/components/data-table/data-table-date-range";
import { DataTableFilter } from "@/components/data-table/data-table-filter";
import { DataTableReset } from "@/components/data-table/data-table-reset";
import { DataTableSearch } from "@/components/data-table/data-table-search";
import { PROCESS_KINDS, PROCESS_STATUSES } from "@/db/schema";
import { KIND_LABELS, STATUS_LABELS } from "./_components/status-badges";

const STATUS_OPTIONS = PROCESS_STATUSES.map((value) => ({ value, label: STATUS_LABELS[value] }));
const KIND_OPTIONS = PROCESS_KINDS.map((value) => ({ value, label: KIND_LABELS[value] }));

/** Search and filters of the runs table; each writes the URL. */
export function ActivityToolbar({ resetKeys }: { resetKeys: readonly string[] }) {
  return (
    <div className="flex flex-wrap items-center gap-2 border-b border-slate-100 px-4 py-3">
      <DataTableSearch label="Search runs" placeholder="Process ID, client ID or error…" />
      <DataTableFilter title="Status" param="status" options={STATUS_OPTIONS} />
      <DataTableFilter title="Kind" param="kind" options={KIND_OPTIONS} />
      <DataTableDateRange />
      <DataTableReset params={resetKeys} />
    </div>
  );
}
