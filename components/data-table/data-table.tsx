"use client";

import type { RowData } from "@tanstack/react-table";
import { cn } from "@/components/ui/cn";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import type { DataTableInstance } from "./use-data-table";

type DataTableProps<TData extends RowData> = {
  table: DataTableInstance<TData>;
  /** Shown in place of the rows when there are none (say why and what to do). */
  empty: React.ReactNode;
  /** While the server renders the next state, the old rows stay visible but dimmed. */
  pending?: boolean;
  caption?: string;
  rowTestId?: string;
};

/** Renders a server-driven TanStack table with the portal's table parts. */
export function DataTable<TData extends RowData>({ table, empty, pending, caption, rowTestId }: DataTableProps<TData>) {
  const rows = table.getRowModel().rows;
  const columnCount = table.getAllLeafColumns().length;
  return (
    <Table aria-busy={pending || undefined} className={cn("transition-opacity", pending && "opacity-60")}>
      {caption && <caption className="sr-only">{caption}</caption>}
      <TableHeader>
        {table.getHeaderGroups().map((group) => (
          <TableRow key={group.id} className="hover:bg-transparent">
            {group.headers.map((header) => {
              const meta = header.column.columnDef.meta;
              const sorted = header.column.getIsSorted();
              return (
                <TableHead
                  key={header.id}
                  colSpan={header.colSpan}
                  aria-sort={sorted === "asc" ? "ascending" : sorted === "desc" ? "descending" : undefined}
                  className={cn("whitespace-nowrap px-3", meta?.align === "right" && "text-right", meta?.className)}
                >
                  {header.isPlaceholder ? null : <table.FlexRender header={header} />}
                </TableHead>
              );
            })}
          </TableRow>
        ))}
      </TableHeader>
      <TableBody>
        {rows.length === 0 ? (
          <TableRow className="hover:bg-transparent">
            <TableCell colSpan={columnCount} className="p-0">
              {empty}
            </TableCell>
          </TableRow>
        ) : (
          rows.map((row) => (
            <TableRow key={row.id} data-testid={rowTestId} data-state={row.getIsSelected() ? "selected" : undefined} className="data-[state=selected]:bg-brand-50/60">
              {row.getAllCells().map((cell) => {
                const meta = cell.column.columnDef.meta;
                return (
                  <TableCell key={cell.id} className={cn("px-3", meta?.align === "right" && "text-right tabular-nums", meta?.className)}>
                    <table.FlexRender cell={cell} />
                  </TableCell>
                );
              })}
            </TableRow>
          ))
        )}
      </TableBody>
    </Table>
  );
}
