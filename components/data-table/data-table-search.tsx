"use client";

import { useState } from "react";
import { Search, X } from "lucide-react";
import { cn } from "@/components/ui/cn";
import { Input } from "@/components/ui/input";
import { useDebouncedCallback } from "./use-debounced-callback";
import { useTableUrl } from "./use-table-url";

/** Long enough not to search on every keystroke, short enough to feel immediate. */
const DEBOUNCE_MS = 350;

type Props = {
  /** The URL key holding the search text. */
  param?: string;
  /** The page key to reset when the search changes (results start at page 1). */
  pageParam?: string;
  label: string;
  placeholder?: string;
  className?: string;
};

/** A search box whose text lives in the URL, written a moment after typing stops. */
export function DataTableSearch({ param = "q", pageParam = "page", label, placeholder, className }: Props) {
  const { searchParams, setParams, isPending } = useTableUrl();
  const current = searchParams.get(param) ?? "";
  const [text, setText] = useState(current);
  const [lastUrlValue, setLastUrlValue] = useState(current);
  // The URL changed from elsewhere (a reset link, back button): show its value.
  if (current !== lastUrlValue) {
    setLastUrlValue(current);
    setText(current);
  }
  const write = useDebouncedCallback((value: string) => setParams({ [param]: value.trim() || null, [pageParam]: null }), DEBOUNCE_MS);

  return (
    <div className={cn("relative w-full sm:max-w-xs", className)}>
      <Search className="pointer-events-none absolute left-2.5 top-1/2 size-4 -translate-y-1/2 text-slate-400" aria-hidden />
      <Input
        type="search"
        aria-label={label}
        placeholder={placeholder ?? label}
        value={text}
        onChange={(e) => {
          setText(e.target.value);
          write(e.target.value);
        }}
        onKeyDown={(e) => {
          if (e.key === "Enter") setParams({ [param]: text.trim() || null, [pageParam]: null });
        }}
        className="pl-8 pr-8 [&::-webkit-search-cancel-button]:hidden"
        aria-busy={isPending || undefined}
      />
      {text && (
        <button
          type="button"
          aria-label="Clear the search"
          className="absolute right-2 top-1/2 -translate-y-1/2 rounded p-0.5 text-slate-400 hover:text-slate-700"
          onClick={() => {
            setText("");
            setParams({ [param]: null, [pageParam]: null });
          }}
        >
          <X className="size-4" aria-hidden />
        </button>
      )}
    </div>
  );
}
