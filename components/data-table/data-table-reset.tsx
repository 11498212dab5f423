"use client";

import { X } from "lucide-react";
import { Button } from "@/components/ui/button";
import { useTableUrl } from "./use-table-url";

/** Clears the given URL keys (filters, search, page) when any of them is set. */
export function DataTableReset({ params }: { params: readonly string[] }) {
  const { searchParams, setParams } = useTableUrl();
  if (!params.some((key) => searchParams.has(key))) return null;
  return (
    <Button variant="ghost" size="sm" onClick={() => setParams(Object.fromEntries(params.map((key) => [key, null])))}>
      Reset <X aria-hidden />
    </Button>
  );
}
