"use client";

import type { ColumnDef, RowData } from "@tanstack/react-table";
import type { DataTableFeatures } from "./features";

/**
 * A checkbox column. The header box ticks every selectable row of the page; rows that cannot be
 * selected show a disabled box, so the column explains itself.
 */
export function selectColumn<TData extends RowData>(label: (row: TData) => string): ColumnDef<DataTableFeatures, TData> {
  return {
    id: "select",
    enableSorting: false,
    meta: { className: "w-10 pr-0" },
    header: ({ table }) => (
      <input
        type="checkbox"
        className="size-4 accent-brand-600"
        aria-label="Select every selectable row on this page"
        checked={table.getIsAllPageRowsSelected()}
        ref={(el) => {
          if (el) el.indeterminate = table.getIsSomePageRowsSelected();
        }}
        onChange={table.getToggleAllPageRowsSelectedHandler()}
        disabled={!table.getRowModel().rows.some((row) => row.getCanSelect())}
      />
    ),
    cell: ({ row }) => (
      <input
        type="checkbox"
        className="size-4 accent-brand-600 disabled:opacity-30"
        aria-label={`Select ${label(row.original)}`}
        checked={row.getIsSelected()}
        disabled={!row.getCanSelect()}
        onChange={row.getToggleSelectedHandler()}
      />
    ),
  };
}
