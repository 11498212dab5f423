"use client";

import { ArrowDown, ArrowUp, ArrowUpDown } from "lucide-react";
import type { Header, RowData } from "@tanstack/react-table";
import { cn } from "@/components/ui/cn";
import type { DataTableFeatures } from "./features";

/** A header that sorts its column when clicked; the arrow shows the current order. */
export function DataTableColumnHeader<TData extends RowData>({ header, title }: { header: Header<DataTableFeatures, TData, unknown>; title: string }) {
  const column = header.column;
  if (!column.getCanSort()) return <>{title}</>;
  const sorted = column.getIsSorted();
  const Icon = sorted === "asc" ? ArrowUp : sorted === "desc" ? ArrowDown : ArrowUpDown;
  const right = column.columnDef.meta?.align === "right";
  return (
    <button
      type="button"
      onClick={column.getToggleSortingHandler()}
      className={cn(
        "-mx-1 inline-flex items-center gap-1 rounded px-1 py-0.5 uppercase tracking-wide hover:bg-slate-100 hover:text-slate-800 focus-visible:outline-2 focus-visible:outline-brand-500",
        right && "flex-row-reverse",
        sorted && "text-slate-800",
      )}
    >
      <span>{title}</span>
      <Icon className={cn("size-3.5 shrink-0", !sorted && "opacity-40")} aria-hidden />
      <span className="sr-only">{sorted === "asc" ? ", sorted ascending" : sorted === "desc" ? ", sorted descending" : ", sortable"}</span>
    </button>
  );
}
