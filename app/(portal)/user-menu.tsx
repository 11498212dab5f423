"use client";

import { useTransition } from "react";
import { ChevronDown, LogOut } from "lucide-react";
import {
  DropdownMenu,
  DropdownMenuContent,
  DropdownMenuItem,
  DropdownMenuLabel,
  DropdownMenuSeparator,
  DropdownMenuTrigger,
} from "@/components/ui/dropdown-menu";
import { signOutAction } from "./actions";

type UserMenuProps = { name: string; email: string; roleLabel: string | null };

function initials(name: string, email: string): string {
  const source = name.trim() || email;
  const parts = source.split(/[\s@.]+/).filter(Boolean);
  return ((parts[0]?.[0] ?? "") + (parts[1]?.[0] ?? "")).toUpperCase() || "?";
}

export function UserMenu({ name, email, roleLabel }: UserMenuProps) {
  const [pending, startTransition] = useTransition();
  return (
    <DropdownMenu>
      <DropdownMenuTrigger
        className="flex items-center gap-2 rounded-md px-2 py-1.5 text-sm text-slate-700 hover:bg-slate-100 focus-visible:outline-2 focus-visible:outline-brand-500"
        aria-label={`Account menu for ${name || email}`}
      >
        <span aria-hidden className="flex size-7 items-center justify-center rounded-full bg-slate-200 text-xs font-semibold text-slate-700">
          {initials(name, email)}
        </span>
        <span className="hidden max-w-40 truncate md:inline">{name || email}</span>
        <ChevronDown className="size-4 text-slate-500" aria-hidden />
      </DropdownMenuTrigger>
      <DropdownMenuContent align="end">
        <DropdownMenuLabel className="font-normal">
          <span className="block truncate text-sm font-medium text-slate-900">{name || email}</span>
          <span className="block truncate text-xs text-slate-500">{email}</span>
          {roleLabel && <span className="mt-1 block text-xs text-slate-500">{roleLabel}</span>}
        </DropdownMenuLabel>
        <DropdownMenuSeparator />
        <DropdownMenuItem
          disabled={pending}
          onSelect={(event) => {
            event.preventDefault(); // keep the menu open while signing out, so the pending state shows
            startTransition(() => signOutAction(undefined, { redirectTo: "/login" }).then(() => undefined));
          }}
        >
          <LogOut aria-hidden />
          {pending ? "Signing out…" : "Sign out"}
        </DropdownMenuItem>
      </DropdownMenuContent>
    </DropdownMenu>
  );
}
