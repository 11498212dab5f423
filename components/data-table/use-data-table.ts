"use client";

import { useCallback, useMemo, useState } from "react";
import {
  functionalUpdate,
  useTable,
  type ColumnDef,
  type PaginationState,
  type Row,
  type RowData,
  type RowSelectionState,
  type SortingState,
  type Updater,
} from "@tanstack/react-table";
import { DEFAULT_PAGE_SIZE, formatSort, tableKeys, type SortState } from "@/lib/search/table-params";
import { dataTableFeatures, type DataTableFeatures } from "./features";
import { useTableUrl } from "./use-table-url";

export type DataTableColumns<TData extends RowData> = ColumnDef<DataTableFeatures, TData>[];

type UseDataTableProps<TData extends RowData> = {
  data: TData[];
  columns: DataTableColumns<TData>;
  /** Rows matching the filters on the server (all pages). */
  rowCount: number;
  /** The state the server rendered with, parsed from the URL. */
  page: number;
  pageSize: number;
  sort: SortState;
  defaultSort: SortState;
  defaultPageSize?: number;
  /** Distinguishes two tables on one page in the URL ("r" → rpage, rsize, rsort). */
  paramPrefix?: string;
  getRowId: (row: TData) => string;
  /** Rows that can be ticked; without it no row can. */
  canSelectRow?: (row: TData) => boolean;
};

/**
 * A TanStack Table (v9 `useTable`) whose sorting and pagination live in the URL, as in tablecn's
 * use-data-table: the table is controlled by the URL state the server rendered with, and every change
 * writes the URL, which renders the server page again. Selection stays local (it is not a view).
 */
export function useDataTable<TData extends RowData>(props: UseDataTableProps<TData>) {
  const { data, columns, rowCount, page, pageSize, sort, defaultSort, paramPrefix = "", getRowId, canSelectRow } = props;
  const defaultPageSize = props.defaultPageSize ?? DEFAULT_PAGE_SIZE;
  const { setParams, isPending } = useTableUrl();
  const keys = tableKeys(paramPrefix);

  const pagination = useMemo<PaginationState>(() => ({ pageIndex: page - 1, pageSize }), [page, pageSize]);
  const sorting = useMemo<SortingState>(() => [{ id: sort.id, desc: sort.desc }], [sort.id, sort.desc]);
  const [rowSelection, setRowSelection] = useState<RowSelectionState>({});

  const onPaginationChange = useCallback(
    (updater: Updater<PaginationState>) => {
      const next = functionalUpdate(updater, pagination);
      const sizeChanged = next.pageSize !== pagination.pageSize;
      setParams({
        [keys.page]: sizeChanged || next.pageIndex === 0 ? null : String(next.pageIndex + 1),
        [keys.size]: next.pageSize === defaultPageSize ? null : String(next.pageSize),
      });
    },
    [pagination, setParams, keys.page, keys.size, defaultPageSize],
  );

  const onSortingChange = useCallback(
    (updater: Updater<SortingState>) => {
      const [next] = functionalUpdate(updater, sorting);
      const isDefault = !next || (next.id === defaultSort.id && next.desc === defaultSort.desc);
      setParams({ [keys.sort]: isDefault ? null : formatSort(next), [keys.page]: null });
    },
    [sorting, setParams, keys.sort, keys.page, defaultSort],
  );

  const enableRowSelection = useCallback((row: Row<DataTableFeatures, TData>) => canSelectRow?.(row.original) ?? false, [canSelectRow]);

  const table = useTable({
    features: dataTableFeatures,
    columns,
    data,
    rowCount,
    getRowId,
    state: { pagination, sorting, rowSelection },
    onPaginationChange,
    onSortingChange,
    onRowSelectionChange: setRowSelection,
    enableRowSelection,
    manualPagination: true,
    manualSorting: true,
    enableMultiSort: false,
    enableSortingRemoval: false,
  });

  return { table, isPending };
}

export type DataTableInstance<TData extends RowData> = ReturnType<typeof useDataTable<TData>>["table"];
