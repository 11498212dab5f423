"use client";

import Link from "next/link";
import { DataTableColumnHeader } from "@/components/data-table/data-table-column-header";
import type { DataTableColumns } from "@/components/data-table/use-data-table";
import { LocalTime } from "@/components/data-table/local-time";
import { cn } from "@/components/ui/cn";
import type { ProcessListItem } from "@/db/queries/processes";
import { formatCount, formatDuration } from "./format";
import { KIND_LABELS, ProcessStatusBadge } from "./status-badges";

export type ProcessRow = ProcessListItem & { workspaceName?: string };

type Options = { basePath: string; showWorkspace?: boolean };

const count = (value: number, alarm = false) => (
  <span className={cn(value === 0 ? "text-slate-400" : alarm ? "font-medium text-red-700" : "text-slate-900")}>{formatCount(value)}</span>
);

/** The guide's Activity columns plus kind, skipped and duration. Headers carry the guide's full names as titles. */
export function processColumns({ basePath, showWorkspace = false }: Options): DataTableColumns<ProcessRow> {
  const columns: DataTableColumns<ProcessRow> = [
    {
      id: "id",
      accessorKey: "id",
      header: ({ header }) => <DataTableColumnHeader header={header} title="Process ID" />,
      cell: ({ row }) => (
        <Link href={`${basePath}/${row.original.id}`} className="font-mono font-medium text-brand-700 hover:underline">
          {row.original.id}
        </Link>
      ),
    },
  ];
  if (showWorkspace) {
    columns.push({ id: "workspace", header: "Workspace", enableSorting: false, cell: ({ row }) => <span className="font-medium text-slate-900">{row.original.workspaceName}</span> });
  }
  columns.push(
    { id: "client", header: "Client ID", enableSorting: false, cell: ({ row }) => row.original.on24ClientId ?? <span className="text-slate-400">—</span> },
    { id: "object", header: "Custom object", enableSorting: false, cell: ({ row }) => <span className="font-mono text-xs">{row.original.customObjectName}</span> },
    {
      id: "createdAt",
      header: ({ header }) => <DataTableColumnHeader header={header} title="Created" />,
      cell: ({ row }) => <LocalTime value={row.original.createdAt} />,
    },
    {
      id: "status",
      header: ({ header }) => <DataTableColumnHeader header={header} title="Status" />,
      cell: ({ row }) => <ProcessStatusBadge status={row.original.status} />,
    },
    {
      id: "kind",
      header: ({ header }) => <DataTableColumnHeader header={header} title="Kind" />,
      cell: ({ row }) => (
        <span className="text-slate-700">
          {KIND_LABELS[row.original.kind]}
          {row.original.replayOf && <span className="block text-xs text-slate-500">of {row.original.replayOf}</span>}
        </span>
      ),
    },
    numeric("leadsCreated", "Leads created", "Number of leads successfully created", (r) => count(r.leadsCreated)),
    numeric("coMapped", "Mapped", "Number of successfully mapped custom objects", (r) => count(r.coMapped)),
    numeric("coFailed", "Failed", "Number of custom objects failed", (r) => count(r.coFailed, true)),
    numeric("coWarnings", "Warnings", "Number of custom objects with warnings", (r) => count(r.coWarnings)),
    numeric("skipped", "Skipped", "People skipped (for example, not in Marketo while Create New People is off)", (r) => count(r.skipped)),
    numeric("duration", "Duration", "From start to finish", (r) => formatDuration(r.startedAt, r.finishedAt) ?? <span className="text-slate-400">—</span>),
  );
  return columns;
}

function numeric(id: string, title: string, fullName: string, render: (row: ProcessRow) => React.ReactNode): DataTableColumns<ProcessRow>[number] {
  return {
    id,
    meta: { align: "right" },
    header: ({ header }) => (
      <span title={fullName}>
        <DataTableColumnHeader header={header} title={title} />
      </span>
    ),
    cell: ({ row }) => render(row.original),
  };
}
