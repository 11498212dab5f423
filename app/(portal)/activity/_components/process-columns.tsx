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

/**
 * The guide's Activity columns plus kind (under the Process ID, to keep the table within the page),
 * skipped and duration. Short headers carry the guide's full names as titles.
 */
export function processColumns({ basePath, showWorkspace = false }: Options): DataTableColumns<ProcessRow> {
  const columns: DataTableColumns<ProcessRow> = [
    {
      id: "id",
      accessorKey: "id",
      header: ({ header }) => <DataTableColumnHeader header={header} title="Process ID" />,
      cell: ({ row }) => (
        <div className="whitespace-nowrap">
          <Link href={`${basePath}/${row.original.id}`} className="font-mono font-medium text-brand-700 hover:underline">
            {row.original.id}
          </Link>
          <div className="text-xs text-slate-500">
            {KIND_LABELS[row.original.kind]}
            {row.original.replayOf && ` of ${row.original.replayOf}`}
          </div>
        </div>
      ),
    },
  ];
  if (showWorkspace) {
    columns.push({ id: "workspace", header: "Workspace", enableSorting: false, cell: ({ row }) => <span className="font-medium text-slate-900">{row.original.workspaceName}</span> });
  }
  columns.push(
    {
      id: "client",
      header: () => <span title="Client ID and Custom Object name">Client ID · Object</span>,
      enableSorting: false,
      cell: ({ row }) => (
        <div>
          <div>{row.original.on24ClientId ?? <span className="text-slate-400">—</span>}</div>
          <div className="font-mono text-xs text-slate-500">{row.original.customObjectName}</div>
        </div>
      ),
    },
    {
      id: "createdAt",
      accessorFn: (row) => row.createdAt,
      header: ({ header }) => <DataTableColumnHeader header={header} title="Created" />,
      cell: ({ row }) => <LocalTime value={row.original.createdAt} stacked />,
    },
    {
      id: "status",
      accessorFn: (row) => row.status,
      header: ({ header }) => <DataTableColumnHeader header={header} title="Status" />,
      cell: ({ row }) => <ProcessStatusBadge status={row.original.status} />,
    },
    numeric("leadsCreated", "Leads", "Number of leads successfully created", (r) => r.leadsCreated, (r) => count(r.leadsCreated)),
    numeric("coMapped", "Mapped", "Number of successfully mapped custom objects", (r) => r.coMapped, (r) => count(r.coMapped)),
    numeric("coFailed", "Failed", "Number of custom objects failed", (r) => r.coFailed, (r) => count(r.coFailed, true)),
    numeric("coWarnings", "Warnings", "Number of custom objects with warnings", (r) => r.coWarnings, (r) => count(r.coWarnings)),
    numeric("skipped", "Skipped", "People skipped (for example, not in Marketo while Create New People is off)", (r) => r.skipped, (r) => count(r.skipped)),
    numeric(
      "duration",
      "Duration",
      "From start to finish",
      (r) => (r.startedAt && r.finishedAt ? r.finishedAt.getTime() - r.startedAt.getTime() : null),
      (r) => formatDuration(r.startedAt, r.finishedAt) ?? <span className="text-slate-400">—</span>,
    ),
  );
  return columns;
}

/**
 * A right-aligned number column. The accessor is what makes TanStack offer sorting (rows arrive
 * sorted from the server; the column id is the URL's sort key).
 */
function numeric(
  id: string,
  title: string,
  fullName: string,
  value: (row: ProcessRow) => number | null,
  render: (row: ProcessRow) => React.ReactNode,
): DataTableColumns<ProcessRow>[number] {
  return {
    id,
    accessorFn: value,
    meta: { align: "right" },
    header: ({ header }) => (
      <span title={fullName}>
        <DataTableColumnHeader header={header} title={title} />
      </span>
    ),
    cell: ({ row }) => render(row.original),
  };
}
