"use client";

import { useState, useTransition } from "react";
import { Building2, ChevronsUpDown } from "lucide-react";
import {
  DropdownMenu,
  DropdownMenuContent,
  DropdownMenuLabel,
  DropdownMenuRadioGroup,
  DropdownMenuRadioItem,
  DropdownMenuTrigger,
} from "@/components/ui/dropdown-menu";
import { ROLE_LABELS } from "@/lib/auth/roles";
import type { Role } from "@/db/schema";
import { switchWorkspace } from "./actions";

type Workspace = { workspaceId: string; workspaceName: string; role: Role };

/** The active workspace's name; a menu to switch when the user belongs to several. */
export function WorkspaceSwitcher({ current, workspaces }: { current: Workspace; workspaces: Workspace[] }) {
  const [pending, startTransition] = useTransition();
  const [error, setError] = useState<string | null>(null);
  const label = (
    <>
      <Building2 className="size-4 text-slate-500" aria-hidden />
      <span className="max-w-48 truncate font-medium text-slate-900" data-testid="active-workspace" data-workspace-id={current.workspaceId}>
        {current.workspaceName}
      </span>
    </>
  );
  if (workspaces.length < 2) return <div className="flex items-center gap-2 px-2 text-sm">{label}</div>;

  const choose = (workspaceId: string) => {
    if (workspaceId === current.workspaceId) return;
    setError(null);
    startTransition(async () => {
      const result = await switchWorkspace(undefined, { targetWorkspaceId: workspaceId });
      if (result.status === "error") setError(result.formError ?? "Could not switch workspace.");
    });
  };

  return (
    <div className="flex items-center gap-2">
      <DropdownMenu>
        <DropdownMenuTrigger
          disabled={pending}
          className="flex items-center gap-2 rounded-md border border-slate-200 bg-white px-2.5 py-1.5 text-sm shadow-sm hover:bg-slate-50 focus-visible:outline-2 focus-visible:outline-brand-500 disabled:opacity-60"
          aria-label={`Workspace: ${current.workspaceName}. Switch workspace`}
        >
          {label}
          <ChevronsUpDown className="size-4 text-slate-400" aria-hidden />
        </DropdownMenuTrigger>
        <DropdownMenuContent align="start">
          <DropdownMenuLabel>Switch workspace</DropdownMenuLabel>
          <DropdownMenuRadioGroup value={current.workspaceId} onValueChange={choose}>
            {workspaces.map((w) => (
              <DropdownMenuRadioItem key={w.workspaceId} value={w.workspaceId}>
                <span className="flex-1 truncate">{w.workspaceName}</span>
                <span className="text-xs text-slate-500">{ROLE_LABELS[w.role]}</span>
              </DropdownMenuRadioItem>
            ))}
          </DropdownMenuRadioGroup>
        </DropdownMenuContent>
      </DropdownMenu>
      {error && (
        <span role="alert" className="text-xs text-red-700">
          {error}
        </span>
      )}
    </div>
  );
}
