import { metaHelper, rowPaginationFeature, rowSelectionFeature, rowSortingFeature, tableFeatures } from "@tanstack/react-table";

/** What a column may say about how it is shown. */
export type DataTableColumnMeta = {
  /** Numbers are right-aligned so their digits line up. */
  align?: "left" | "right";
  /** Classes for the column's header and cells (widths, wrapping). */
  className?: string;
};

/**
 * The features every server-driven table registers (TanStack Table v9): sorting, pagination and row
 * selection state only. Rows arrive already sorted and paged by the server, so no client row model
 * is registered (manualSorting / manualPagination).
 */
export const dataTableFeatures = tableFeatures({
  rowSortingFeature,
  rowPaginationFeature,
  rowSelectionFeature,
  columnMeta: metaHelper<DataTableColumnMeta>(),
});

export type DataTableFeatures = typeof dataTableFeatures;
