"use client";

import { useFormStatus } from "react-dom";
import { LoaderCircle } from "lucide-react";
import { Button, type ButtonProps } from "./button";

/** A submit button that is disabled, with a spinner, while its form's action runs. */
export function SubmitButton({ children, pendingLabel, disabled, ...props }: Omit<ButtonProps, "type" | "asChild"> & { pendingLabel?: string }) {
  const { pending } = useFormStatus();
  return (
    <Button type="submit" disabled={pending || disabled} aria-disabled={pending || disabled} {...props}>
      {pending && <LoaderCircle className="animate-spin" aria-hidden />}
      {pending && pendingLabel ? pendingLabel : children}
    </Button>
  );
}
