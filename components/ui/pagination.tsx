import Link from "next/link";
import { ChevronLeft, ChevronRight } from "lucide-react";
import { buttonVariants } from "./button";
import { cn } from "./cn";

type PaginationProps = {
  page: number;
  pageSize: number;
  total: number;
  /** Builds the link for a page, keeping the page's other URL state (filters, sort). */
  hrefFor: (page: number) => string;
  className?: string;
};

/** "Showing 51–100 of 240" with previous/next links; page state lives in the URL. */
export function Pagination({ page, pageSize, total, hrefFor, className }: PaginationProps) {
  const pages = Math.max(1, Math.ceil(total / pageSize));
  if (total === 0) return null;
  const first = (page - 1) * pageSize + 1;
  const last = Math.min(total, page * pageSize);
  const linkClass = cn(buttonVariants({ variant: "secondary", size: "sm" }));
  const disabledClass = cn(linkClass, "pointer-events-none opacity-50");
  return (
    <nav aria-label="Pagination" className={cn("flex items-center justify-between gap-3 px-4 py-3 text-sm text-slate-600", className)}>
      <p>
        Showing <span className="font-medium text-slate-900">{first}</span>–<span className="font-medium text-slate-900">{last}</span> of{" "}
        <span className="font-medium text-slate-900">{total}</span>
      </p>
      {pages > 1 && (
        <div className="flex gap-2">
          {page > 1 ? (
            <Link href={hrefFor(page - 1)} className={linkClass} rel="prev">
              <ChevronLeft aria-hidden /> Newer
            </Link>
          ) : (
            <span className={disabledClass} aria-disabled>
              <ChevronLeft aria-hidden /> Newer
            </span>
          )}
          {page < pages ? (
            <Link href={hrefFor(page + 1)} className={linkClass} rel="next">
              Older <ChevronRight aria-hidden />
            </Link>
          ) : (
            <span className={disabledClass} aria-disabled>
              Older <ChevronRight aria-hidden />
            </span>
          )}
        </div>
      )}
    </nav>
  );
}

/** A 1-based page number from a search param; anything else is page 1. */
export function parsePage(value: string | string[] | undefined): number {
  const n = Number(Array.isArray(value) ? value[0] : value);
  return Number.isInteger(n) && n >= 1 && n <= 100_000 ? n : 1;
}
