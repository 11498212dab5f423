"use client";

import { useMemo } from "react";
import Link from "next/link";
import { DataTable } from "@/components/data-table/data-table";
import { DataTablePagination } from "@/components/data-table/data-table-pagination";
import { LocalTime } from "@/components/data-table/local-time";
import { useDataTable, type DataTableColumns } from "@/components/data-table/use-data-table";
import type { Outcome, ProcessKind } from "@/db/schema";
import type { SortState } from "@/lib/search/table-params";
import { CodeReason } from "./code-reason";
import { KIND_LABELS, OutcomeBadge } from "./status-badges";

export type PersonResultRow = {
  id: number;
  processId: number;
  processKind?: ProcessKind;
  workspaceName?: string;
  email: string | null;
  eventId: string | null;
  eventUserId: string | null;
  leadId: string | null;
  outcome: Outcome;
  code: string | null;
  message: string | null;
  createdAt: Date;
};

/** Results are always newest first: the order is not a choice, so there is no sort in the URL. */
const NEWEST: SortState = { id: "createdAt", desc: true };

function columns(basePath: string, showWorkspace: boolean): DataTableColumns<PersonResultRow> {
  const list: DataTableColumns<PersonResultRow> = [
    {
      id: "person",
      header: "Person",
      enableSorting: false,
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
  ];
  list.push(
    { id: "event", header: "Event ID", enableSorting: false, cell: ({ row }) => <span className="font-mono">{row.original.eventId ?? "—"}</span> },
    {
      id: "process",
      header: showWorkspace ? "Process · workspace" : "Process",
      enableSorting: false,
      cell: ({ row }) => (
        <div>
          <Link href={`${basePath}/${row.original.processId}`} className="font-mono font-medium text-brand-700 hover:underline">
            {row.original.processId}
          </Link>
          {row.original.processKind && <div className="text-xs text-slate-500">{KIND_LABELS[row.original.processKind]}</div>}
          {showWorkspace && <div className="max-w-40 text-xs font-medium text-slate-700">{row.original.workspaceName}</div>}
        </div>
      ),
    },
    { id: "outcome", header: "Outcome", enableSorting: false, cell: ({ row }) => <OutcomeBadge outcome={row.original.outcome} /> },
    { id: "reason", header: "Reason", enableSorting: false, cell: ({ row }) => <CodeReason code={row.original.code} message={row.original.message} detail="folded" /> },
    { id: "createdAt", header: "When", enableSorting: false, cell: ({ row }) => <LocalTime value={row.original.createdAt} stacked /> },
  );
  return list;
}

type Props = {
  rows: PersonResultRow[];
  total: number;
  capped: boolean;
  page: number;
  pageSize: number;
  paramPrefix: string;
  basePath: string;
  showWorkspace?: boolean;
  empty: React.ReactNode;
};

/** Record outcomes found for a person, each with its process, outcome and reason. */
export function PersonResults({ rows, total, capped, page, pageSize, paramPrefix, basePath, showWorkspace = false, empty }: Props) {
  const cols = useMemo(() => columns(basePath, showWorkspace), [basePath, showWorkspace]);
  const { table, isPending } = useDataTable({
    data: rows,
    columns: cols,
    rowCount: total,
    page,
    pageSize,
    sort: NEWEST,
    defaultSort: NEWEST,
    paramPrefix,
    getRowId: (row) => String(row.id),
  });
  return (
    <>
      <DataTable table={table} empty={empty} pending={isPending} caption="Records found" rowTestId="person-row" />
      <DataTablePagination table={table} capped={capped} className="border-t border-slate-100" />
    </>
  );
}
