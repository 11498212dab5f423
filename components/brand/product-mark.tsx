import { cn } from "@/components/ui/cn";

export const PRODUCT_NAME = "ON24 Connect for Marketo";

/** The product's mark and name, used in the portal header and on the sign-in pages. */
export function ProductMark({ className, compact = false }: { className?: string; compact?: boolean }) {
  return (
    <span className={cn("inline-flex items-center gap-2 font-semibold text-slate-900", className)}>
      <span aria-hidden className="flex size-7 items-center justify-center rounded-md bg-brand-600 text-[11px] font-bold tracking-tight text-white">
        O24
      </span>
      <span className={cn(compact && "hidden sm:inline")}>
        ON24 Connect <span className="font-normal text-slate-500">for Marketo</span>
      </span>
    </span>
  );
}
