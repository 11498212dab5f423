import Link from "next/link";
import { ProductMark } from "@/components/brand/product-mark";
import { getWorkspaceContext, requireUser } from "@/lib/auth/context";
import { ROLE_LABELS } from "@/lib/auth/roles";
import { navItemsFor } from "./nav-items";
import { PortalNav } from "./portal-nav";
import { UserMenu } from "./user-menu";
import { WorkspaceSwitcher } from "./workspace-switcher";

const STAFF_LABELS = { support: "Support staff", oncall: "On-call staff" } as const;

/** The signed-in shell. Each page still checks its own workspace and role through lib/auth/context. */
export default async function PortalLayout({ children }: { children: React.ReactNode }) {
  const user = await requireUser();
  const context = await getWorkspaceContext(user);
  const items = navItemsFor({ role: context?.role ?? null, isStaff: user.staffRole !== null });
  const roleLabel = context
    ? `${ROLE_LABELS[context.role]} of ${context.workspace.name}`
    : user.staffRole
      ? STAFF_LABELS[user.staffRole]
      : null;

  return (
    <div className="min-h-screen">
      <a href="#main" className="sr-only focus:not-sr-only focus:absolute focus:left-4 focus:top-3 focus:z-50 focus:rounded-md focus:bg-white focus:px-3 focus:py-2 focus:shadow">
        Skip to content
      </a>
      <header className="sticky top-0 z-30 border-b border-slate-200 bg-white/95 backdrop-blur">
        <div className="mx-auto flex h-14 max-w-7xl items-center gap-3 px-4 sm:px-6">
          <Link href="/" className="rounded-md" aria-label="ON24 Connect for Marketo — home">
            <ProductMark compact />
          </Link>
          {context && (
            <>
              <span aria-hidden className="text-slate-300">
                /
              </span>
              <WorkspaceSwitcher
                current={{ workspaceId: context.workspace.id, workspaceName: context.workspace.name, role: context.role }}
                workspaces={context.memberships}
              />
            </>
          )}
          <div className="ml-auto">
            <UserMenu name={user.name} email={user.email} roleLabel={roleLabel} />
          </div>
        </div>
      </header>
      <div className="mx-auto flex max-w-7xl flex-col gap-6 px-4 py-6 sm:px-6 md:flex-row md:py-8">
        {items.length > 0 && (
          <aside className="md:w-52 md:shrink-0">
            <PortalNav items={items} />
          </aside>
        )}
        <main id="main" className="min-w-0 flex-1">
          {children}
        </main>
      </div>
    </div>
  );
}
