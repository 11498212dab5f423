"use client";

import { useMemo } from "react";
import { Download, SearchX } from "lucide-react";
import { DataTable } from "@/components/data-table/data-table";
import { DataTableFilter, type FilterOption } from "@/components/data-table/data-table-filter";
import { DataTablePagination } from "@/components/data-table/data-table-pagination";
import { DataTableReset } from "@/components/data-table/data-table-reset";
import { DataTableSearch } from "@/components/data-table/data-table-search";
import { useDataTable } from "@/components/data-table/use-data-table";
import { buttonVariants } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { OUTCOMES } from "@/db/schema";
import type { ServerAction } from "@/lib/actions/safe-action";
import { explainCode } from "@/lib/activity/explain-code";
import type { SortState } from "@/lib/search/table-params";
import { outcomeColumns, type OutcomeTableRow } from "./outcome-columns";
import { ReplayControls } from "./replay-controls";
import { OUTCOME_LABELS } from "./status-badges";

const OUTCOME_OPTIONS: FilterOption[] = OUTCOMES.map((value) => ({ value, label: OUTCOME_LABELS[value] }));
export const OUTCOME_FILTER_KEYS = ["q", "outcome", "code", "page"] as const;

type Props = {
  processId: number;
  rows: OutcomeTableRow[];
  total: number;
  page: number;
  pageSize: number;
  sort: SortState;
  defaultSort: SortState;
  /** Every code of the process (for the filter) and those of its failures (for replay). */
  codes: { code: string; total: number }[];
  failureCodes: { code: string; total: number }[];
  /** Present when the viewer may replay and the process has finished with failures. */
  replayAction?: ServerAction;
  exportHref?: string;
};

/** The records of one process with their outcome, code, explanation and fix; failures can be ticked and replayed. */
export function OutcomeTable(props: Props) {
  const { processId, rows, total, page, pageSize, sort, defaultSort, codes, failureCodes, replayAction, exportHref } = props;
  const selectable = Boolean(replayAction);
  const columns = useMemo(() => outcomeColumns(selectable), [selectable]);
  const { table, isPending } = useDataTable({
    data: rows,
    columns,
    rowCount: total,
    page,
    pageSize,
    sort,
    defaultSort,
    getRowId: (row) => String(row.id),
    canSelectRow: (row) => row.outcome === "failed",
  });
  const codeOptions = useMemo<FilterOption[]>(
    () => codes.map((c) => ({ value: c.code, label: c.code === "none" ? "No code" : `${c.code} · ${explainCode(c.code)?.title ?? ""}`, count: c.total })),
    [codes],
  );

  return (
    <>
      {replayAction && failureCodes.length > 0 && (
        <ReplayControls processId={processId} selectedIds={table.getSelectedRowIds()} codes={failureCodes} action={replayAction} />
      )}
      <div className="flex flex-wrap items-center gap-2 border-b border-slate-100 px-4 py-3">
        <DataTableSearch label="Search records" placeholder="Email, eventuserid or event ID" />
        <DataTableFilter title="Outcome" param="outcome" options={OUTCOME_OPTIONS} />
        {codeOptions.length > 0 && <DataTableFilter title="Code" param="code" options={codeOptions} />}
        <DataTableReset params={OUTCOME_FILTER_KEYS} />
        {exportHref && (
          <a href={exportHref} className={buttonVariants({ variant: "secondary", size: "sm", className: "ml-auto" })} download>
            <Download aria-hidden /> Failures as CSV
          </a>
        )}
      </div>
      <DataTable
        table={table}
        pending={isPending}
        caption="Record outcomes"
        rowTestId="outcome-row"
        empty={<EmptyState icon={SearchX} title="No records here" description="No record of this process matches. Clear the search and filters, or wait: a running process adds records as it goes." />}
      />
      <DataTablePagination table={table} className="border-t border-slate-100" />
    </>
  );
}
