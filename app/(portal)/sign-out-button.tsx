"use client";

import { LogOut } from "lucide-react";
import { SubmitButton } from "@/components/ui/submit-button";
import { signOutAction } from "./actions";

export function SignOutButton({ redirectTo = "/login", className }: { redirectTo?: string; className?: string }) {
  return (
    <form
      action={async (formData) => {
        await signOutAction(undefined, formData);
      }}
    >
      <input type="hidden" name="redirectTo" value={redirectTo} />
      <SubmitButton variant="secondary" className={className} pendingLabel="Signing out…">
        <LogOut aria-hidden />
        Sign out
      </SubmitButton>
    </form>
  );
}
