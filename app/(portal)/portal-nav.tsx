"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";
import { Activity, BookOpen, Inbox, LifeBuoy, Plug, ScrollText, SlidersHorizontal, Users, type LucideIcon } from "lucide-react";
import { cn } from "@/components/ui/cn";
import type { NavIcon, NavItem } from "./nav-items";

const ICONS: Record<NavIcon, LucideIcon> = {
  connection: Plug,
  options: SlidersHorizontal,
  activity: Activity,
  guide: BookOpen,
  members: Users,
  outbox: Inbox,
  audit: ScrollText,
  support: LifeBuoy,
};

export function PortalNav({ items }: { items: NavItem[] }) {
  const pathname = usePathname();
  return (
    <nav aria-label="Main" className="flex gap-1 overflow-x-auto md:flex-col">
      {items.map((item) => {
        const Icon = ICONS[item.icon];
        // The most specific link wins, so /support/outbox does not also light up /support.
        const matches = (href: string) => pathname === href || pathname.startsWith(`${href}/`);
        const active = matches(item.href) && !items.some((other) => other.href.length > item.href.length && matches(other.href));
        return (
          <Link
            key={item.href}
            href={item.href}
            aria-current={active ? "page" : undefined}
            className={cn(
              "flex shrink-0 items-center gap-2.5 rounded-md px-3 py-2 text-sm font-medium transition-colors",
              active ? "bg-brand-50 text-brand-700" : "text-slate-600 hover:bg-slate-100 hover:text-slate-900",
            )}
          >
            <Icon className={cn("size-4", active ? "text-brand-600" : "text-slate-400")} aria-hidden />
            {item.label}
          </Link>
        );
      })}
    </nav>
  );
}
