"use client";

import { DropdownMenu as MenuPrimitive } from "radix-ui";
import { Check, ChevronDown } from "lucide-react";
import { Button } from "@/components/ui/button";
import { DropdownMenu, DropdownMenuContent, DropdownMenuItem, DropdownMenuLabel, DropdownMenuSeparator, DropdownMenuTrigger } from "@/components/ui/dropdown-menu";
import { useTableUrl } from "./use-table-url";

export type FilterOption = { value: string; label: string; count?: number };

type Props = {
  title: string;
  /** The URL key holding the chosen values, comma-separated. */
  param: string;
  pageParam?: string;
  options: readonly FilterOption[];
};

const NUMBER = new Intl.NumberFormat("en");

/** A multiple-choice filter (status, kind, outcome, code) kept in the URL. */
export function DataTableFilter({ title, param, pageParam = "page", options }: Props) {
  const { searchParams, setParams } = useTableUrl();
  const selected = new Set((searchParams.get(param) ?? "").split(",").filter(Boolean));
  const write = (values: Set<string>) => {
    const ordered = options.map((o) => o.value).filter((v) => values.has(v));
    setParams({ [param]: ordered.length ? ordered.join(",") : null, [pageParam]: null });
  };
  const chosen = options.filter((o) => selected.has(o.value));

  return (
    <DropdownMenu>
      <DropdownMenuTrigger asChild>
        <Button variant="secondary" size="sm" className="border-dashed">
          {title}
          {chosen.length > 0 && (
            <span className="rounded bg-brand-50 px-1.5 text-xs font-medium text-brand-700">
              {chosen.length > 2 ? `${chosen.length} selected` : chosen.map((o) => o.label).join(", ")}
            </span>
          )}
          <ChevronDown className="text-slate-400" aria-hidden />
        </Button>
      </DropdownMenuTrigger>
      <DropdownMenuContent align="start">
        <DropdownMenuLabel>{title}</DropdownMenuLabel>
        {options.map((option) => (
          <MenuPrimitive.CheckboxItem
            key={option.value}
            checked={selected.has(option.value)}
            onSelect={(e) => e.preventDefault()} // keep the menu open to tick several
            onCheckedChange={(checked) => {
              const next = new Set(selected);
              if (checked) next.add(option.value);
              else next.delete(option.value);
              write(next);
            }}
            className="relative flex cursor-default select-none items-center gap-2 rounded-sm py-1.5 pl-8 pr-2 outline-none data-[highlighted]:bg-slate-100"
          >
            <span className="absolute left-2 flex size-4 items-center justify-center">
              <MenuPrimitive.ItemIndicator>
                <Check className="size-4" aria-hidden />
              </MenuPrimitive.ItemIndicator>
            </span>
            <span className="flex-1">{option.label}</span>
            {option.count !== undefined && <span className="text-xs tabular-nums text-slate-500">{NUMBER.format(option.count)}</span>}
          </MenuPrimitive.CheckboxItem>
        ))}
        {chosen.length > 0 && (
          <>
            <DropdownMenuSeparator />
            <DropdownMenuItem onSelect={() => write(new Set())}>Clear filter</DropdownMenuItem>
          </>
        )}
      </DropdownMenuContent>
    </DropdownMenu>
  );
}
