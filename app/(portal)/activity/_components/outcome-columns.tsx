"use client";

import { DataTableColumnHeader } from "@/components/data-table/data-table-column-header";
import { selectColumn } from "@/components/data-table/data-table-select-column";
import type { DataTableColumns } from "@/components/data-table/use-data-table";
import { LocalTime } from "@/components/data-table/local-time";
import type { Outcome } from "@/db/schema";
import { CodeReason } from "./code-reason";
import { OutcomeBadge } from "./status-badges";

export type OutcomeTableRow = {
  id: number;
  email: string | null;
  eventId: string | null;
  eventUserId: string | null;
  leadId: string | null;
  outcome: Outcome;
  code: string | null;
  message: string | null;
  createdAt: Date;
};

/** Sortable columns have an accessor (TanStack only offers sorting on those); their ids are the URL's sort keys. */
export function outcomeColumns(selectable: boolean): DataTableColumns<OutcomeTableRow> {
  const columns: DataTableColumns<OutcomeTableRow> = [];
  if (selectable) columns.push(selectColumn<OutcomeTableRow>((row) => `the record of ${row.email ?? row.eventUserId ?? row.id}`));
  columns.push(
    {
      id: "id",
      accessorFn: (row) => row.id,
      header: ({ header }) => <DataTableColumnHeader header={header} title="#" />,
      meta: { align: "right", className: "w-16" },
      cell: ({ row }) => <span className="font-mono text-xs text-slate-500">{row.original.id}</span>,
    },
    {
      id: "email",
      accessorFn: (row) => row.email,
      header: ({ header }) => <DataTableColumnHeader header={header} title="Person" />,
      cell: ({ row }) => (
        <div>
          <div className="font-medium text-slate-900">{row.original.email ?? "No email"}</div>
          <div className="text-xs text-slate-500">
            eventuserid <span className="font-mono">{row.original.eventUserId ?? "—"}</span>
            {row.original.leadId && (
              <>
                {" · "}lead <span className="font-mono">{row.original.leadId}</span>
              </>
            )}
          </div>
        </div>
      ),
    },
    {
      id: "eventId",
      accessorFn: (row) => row.eventId,
      header: ({ header }) => <DataTableColumnHeader header={header} title="Event ID" />,
      cell: ({ row }) => <span className="font-mono">{row.original.eventId ?? "—"}</span>,
    },
    {
      id: "outcome",
      accessorFn: (row) => row.outcome,
      header: ({ header }) => <DataTableColumnHeader header={header} title="Outcome" />,
      cell: ({ row }) => <OutcomeBadge outcome={row.original.outcome} />,
    },
    {
      id: "code",
      accessorFn: (row) => row.code,
      header: ({ header }) => <DataTableColumnHeader header={header} title="Reason and fix" />,
      cell: ({ row }) => (
        // Failures carry their explanation and fix in the row; skips and warnings fold theirs away.
        <CodeReason code={row.original.code} message={row.original.message} detail={row.original.outcome === "failed" ? "full" : "folded"} />
      ),
    },
    {
      id: "createdAt",
      accessorFn: (row) => row.createdAt,
      header: ({ header }) => <DataTableColumnHeader header={header} title="When" />,
      cell: ({ row }) => <LocalTime value={row.original.createdAt} withSeconds />,
    },
  );
  return columns;
}
