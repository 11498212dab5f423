import Link from "next/link";
import { cn } from "@/components/ui/cn";

const TABS = [
  { href: "/support", label: "Search" },
  { href: "/support/health", label: "Connection health" },
] as const;

export function SupportTabs({ current }: { current: (typeof TABS)[number]["href"] }) {
  return (
    <nav aria-label="Support console" className="mb-6 flex gap-1 border-b border-slate-200">
      {TABS.map((tab) => (
        <Link
          key={tab.href}
          href={tab.href}
          aria-current={tab.href === current ? "page" : undefined}
          className={cn(
            "-mb-px border-b-2 px-3 py-2 text-sm font-medium",
            tab.href === current ? "border-brand-600 text-brand-700" : "border-transparent text-slate-600 hover:text-slate-900",
          )}
        >
          {tab.label}
        </Link>
      ))}
    </nav>
  );
}
