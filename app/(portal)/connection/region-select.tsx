"use client";

import { Select, SelectContent, SelectItem, SelectTrigger, SelectValue } from "@/components/ui/select";
import type { Region } from "@/db/schema";

export const REGION_LABELS: Record<Region, string> = { na: "North America", eu: "Europe and Global" };

/** FormField passes id/aria props here; they belong on the focusable trigger. */
export function RegionSelect({ defaultValue, disabled, ...props }: { defaultValue: Region; disabled?: boolean } & React.ComponentProps<typeof SelectTrigger>) {
  return (
    <Select name="on24Region" defaultValue={defaultValue} disabled={disabled}>
      <SelectTrigger {...props}>
        <SelectValue />
      </SelectTrigger>
      <SelectContent>
        {(Object.keys(REGION_LABELS) as Region[]).map((region) => (
          <SelectItem key={region} value={region}>
            {REGION_LABELS[region]}
          </SelectItem>
        ))}
      </SelectContent>
    </Select>
  );
}
