import { cloneElement, isValidElement } from "react";
import { cn } from "./cn";
import { Label } from "./label";

type FormFieldProps = {
  /** The field's name; ids are derived from it unless `id` is given. */
  name: string;
  id?: string;
  label: React.ReactNode;
  /** Help shown under the label, tied to the control with aria-describedby. */
  description?: React.ReactNode;
  /** Messages from `state.fieldErrors[name]`; the first one is shown and announced. */
  errors?: string[];
  /** The control (Input, Textarea, SelectTrigger…); it receives id, aria-invalid and aria-describedby. */
  children: React.ReactElement<Record<string, unknown>>;
  className?: string;
};

/** Label + control + help + error text, wired for screen readers. */
export function FormField({ name, id = `field-${name}`, label, description, errors, children, className }: FormFieldProps) {
  const error = errors?.[0];
  const descriptionId = description ? `${id}-description` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  const describedBy = [descriptionId, errorId].filter(Boolean).join(" ") || undefined;
  const control = isValidElement(children)
    ? cloneElement(children, { id, "aria-invalid": error ? true : undefined, "aria-describedby": describedBy })
    : children;
  return (
    <div className={cn("space-y-1.5", className)}>
      <Label htmlFor={id}>{label}</Label>
      {description && (
        <p id={descriptionId} className="text-xs text-slate-500">
          {description}
        </p>
      )}
      {control}
      {error && (
        <p id={errorId} className="text-sm text-red-700">
          {error}
        </p>
      )}
    </div>
  );
}

/** The form-level message of an action state (`formError`), announced when it appears. */
export function FormError({ message, className }: { message?: string; className?: string }) {
  if (!message) return null;
  return (
    <p role="alert" className={cn("rounded-md border border-red-200 bg-red-50 px-3 py-2 text-sm text-red-800", className)}>
      {message}
    </p>
  );
}
