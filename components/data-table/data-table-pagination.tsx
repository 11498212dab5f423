"use client";

import { ChevronLeft, ChevronRight, ChevronsLeft, ChevronsRight } from "lucide-react";
import type { RowData } from "@tanstack/react-table";
import { Button } from "@/components/ui/button";
import { cn } from "@/components/ui/cn";
import { PAGE_SIZES } from "@/lib/search/table-params";
import type { DataTableInstance } from "./use-data-table";

const NUMBER = new Intl.NumberFormat("en");

type Props<TData extends RowData> = {
  table: DataTableInstance<TData>;
  /** The server stopped counting at `rowCount`: show "10,000+" and no last page. */
  capped?: boolean;
  className?: string;
};

/** "Showing 26–50 of 1,234", rows per page, and first/previous/next/last buttons. */
export function DataTablePagination<TData extends RowData>({ table, capped, className }: Props<TData>) {
  const { pageIndex, pageSize } = table.state.pagination;
  const total = table.getRowCount();
  if (total === 0) return null;
  const first = pageIndex * pageSize + 1;
  const last = Math.min(total, first + table.getRowModel().rows.length - 1);
  const pages = table.getPageCount();
  return (
    <nav aria-label="Pagination" className={cn("flex flex-wrap items-center justify-between gap-3 px-4 py-3 text-sm text-slate-600", className)}>
      <p aria-live="polite">
        Showing <span className="font-medium text-slate-900">{NUMBER.format(first)}</span>–
        <span className="font-medium text-slate-900">{NUMBER.format(last)}</span> of{" "}
        <span className="font-medium text-slate-900">
          {NUMBER.format(total)}
          {capped && "+"}
        </span>
      </p>
      <div className="flex items-center gap-3">
        <label className="flex items-center gap-2">
          <span>Rows per page</span>
          <select
            className="h-8 rounded-md border border-slate-300 bg-white px-2 text-sm text-slate-900 focus-visible:outline-2 focus-visible:outline-brand-500"
            value={pageSize}
            onChange={(e) => table.setPageSize(Number(e.target.value))}
          >
            {PAGE_SIZES.map((size) => (
              <option key={size} value={size}>
                {size}
              </option>
            ))}
          </select>
        </label>
        <span className="whitespace-nowrap">
          Page {NUMBER.format(pageIndex + 1)} of {NUMBER.format(pages)}
          {capped && "+"}
        </span>
        <div className="flex gap-1">
          <Button variant="secondary" size="icon" className="size-8" aria-label="First page" disabled={!table.getCanPreviousPage()} onClick={() => table.firstPage()}>
            <ChevronsLeft aria-hidden />
          </Button>
          <Button variant="secondary" size="icon" className="size-8" aria-label="Previous page" disabled={!table.getCanPreviousPage()} onClick={() => table.previousPage()}>
            <ChevronLeft aria-hidden />
          </Button>
          <Button variant="secondary" size="icon" className="size-8" aria-label="Next page" disabled={!table.getCanNextPage()} onClick={() => table.nextPage()}>
            <ChevronRight aria-hidden />
          </Button>
          {!capped && (
            <Button variant="secondary" size="icon" className="size-8" aria-label="Last page" disabled={!table.getCanNextPage()} onClick={() => table.lastPage()}>
              <ChevronsRight aria-hidden />
            </Button>
          )}
        </div>
      </div>
    </nav>
  );
}
