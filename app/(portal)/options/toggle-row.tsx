"use client";

import { Label } from "@/components/ui/label";
import { Switch } from "@/components/ui/switch";

type ToggleRowProps = {
  name: string;
  label: string;
  description: string;
  checked: boolean;
  onCheckedChange: (checked: boolean) => void;
  disabled?: boolean;
  children?: React.ReactNode;
};

/** One option: a labelled switch with its description (announced with it), and what it reveals when on. */
export function ToggleRow({ name, label, description, checked, onCheckedChange, disabled, children }: ToggleRowProps) {
  const id = `option-${name}`;
  return (
    <div className="py-4 first:pt-0 last:pb-0">
      <div className="flex items-start gap-3">
        <Switch id={id} name={name} checked={checked} onCheckedChange={onCheckedChange} disabled={disabled} aria-describedby={`${id}-description`} className="mt-0.5" />
        <div className="space-y-0.5">
          <Label htmlFor={id}>{label}</Label>
          <p id={`${id}-description`} className="text-sm text-slate-600">
            {description}
          </p>
        </div>
      </div>
      {children && <div className="mt-3 pl-12">{children}</div>}
    </div>
  );
}
