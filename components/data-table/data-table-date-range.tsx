"use client";

import { useTableUrl } from "./use-table-url";

const inputClass =
  "h-8 rounded-md border border-slate-300 bg-white px-2 text-sm text-slate-900 shadow-sm focus-visible:border-brand-500 focus-visible:outline-2 focus-visible:outline-brand-500/40";

/** From/to days (UTC, both included) kept in the URL as `from` and `to`. */
export function DataTableDateRange({ pageParam = "page" }: { pageParam?: string }) {
  const { searchParams, setParams } = useTableUrl();
  const from = searchParams.get("from") ?? "";
  const to = searchParams.get("to") ?? "";
  return (
    <fieldset className="flex items-center gap-1.5 text-sm text-slate-600">
      <legend className="sr-only">Created between (UTC days)</legend>
      <label className="flex items-center gap-1.5">
        <span>From</span>
        <input type="date" className={inputClass} value={from} max={to || undefined} onChange={(e) => setParams({ from: e.target.value || null, [pageParam]: null })} />
      </label>
      <label className="flex items-center gap-1.5">
        <span>to</span>
        <input type="date" className={inputClass} value={to} min={from || undefined} onChange={(e) => setParams({ to: e.target.value || null, [pageParam]: null })} />
      </label>
    </fieldset>
  );
}
