"use client";

import { useMemo } from "react";
import { DataTable } from "@/components/data-table/data-table";
import { DataTablePagination } from "@/components/data-table/data-table-pagination";
import { useDataTable } from "@/components/data-table/use-data-table";
import type { SortState } from "@/lib/search/table-params";
import { processColumns, type ProcessRow } from "./process-columns";

type Props = {
  rows: ProcessRow[];
  total: number;
  page: number;
  pageSize: number;
  sort: SortState;
  defaultSort: SortState;
  /** Where a process opens: /activity or /support/processes. */
  basePath: string;
  showWorkspace?: boolean;
  paramPrefix?: string;
  empty: React.ReactNode;
};

/** The list of processes, sorted and paged on the server through the URL. */
export function ProcessTable({ rows, total, page, pageSize, sort, defaultSort, basePath, showWorkspace, paramPrefix, empty }: Props) {
  const columns = useMemo(() => processColumns({ basePath, showWorkspace }), [basePath, showWorkspace]);
  const { table, isPending } = useDataTable({
    data: rows,
    columns,
    rowCount: total,
    page,
    pageSize,
    sort,
    defaultSort,
    paramPrefix,
    getRowId: (row) => String(row.id),
  });
  return (
    <>
      <DataTable table={table} empty={empty} pending={isPending} caption="Sync processes" rowTestId="process-row" />
      <DataTablePagination table={table} className="border-t border-slate-100" />
    </>
  );
}
