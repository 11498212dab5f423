import { eq } from "drizzle-orm";
import bcrypt from "bcryptjs";
import type { Db } from "./index";
import { appState, memberships, users, workspaceOptions, workspaces } from "./schema";

/** The demo accounts of the embedded default (README states them). Never seeded into a configured database. */
export const DEMO_PASSWORD = "demo-password-1";
export const DEMO_WORKSPACE_NAME = "Demo Workspace";
export const DEMO_USERS = [
  { email: "admin@demo.test", name: "Ada Admin", role: "admin" },
  { email: "marketer@demo.test", name: "Mark Marketer", role: "marketer" },
  { email: "viewer@demo.test", name: "Vera Viewer", role: "viewer" },
  { email: "support@demo.test", name: "Sam Support", staffRole: "support" },
  { email: "oncall@demo.test", name: "Otto On-call", staffRole: "oncall" },
] as const;

const SEED_KEY = "demo_seed_v1";

/** Idempotent: runs once per data folder, marked in app_state; then connects the demo workspace to the sandbox. */
export async function seedDemo(db: Db): Promise<void> {
  await seedDemoAccounts(db);
  const { seedDemoConnection } = await import("./seed-connection");
  await seedDemoConnection(db);
}

async function seedDemoAccounts(db: Db): Promise<void> {
  const done = await db.select().from(appState).where(eq(appState.key, SEED_KEY));
  if (done.length > 0) return;
  const passwordHash = await bcrypt.hash(DEMO_PASSWORD, 10);
  await db.transaction(async (tx) => {
    const [ws] = await tx.insert(workspaces).values({ name: DEMO_WORKSPACE_NAME }).returning();
    await tx.insert(workspaceOptions).values({ workspaceId: ws.id });
    for (const u of DEMO_USERS) {
      const [user] = await tx
        .insert(users)
        .values({ email: u.email, name: u.name, passwordHash, staffRole: "staffRole" in u ? u.staffRole : null })
        .returning();
      if ("role" in u) await tx.insert(memberships).values({ userId: user.id, workspaceId: ws.id, role: u.role });
    }
    await tx.insert(appState).values({ key: SEED_KEY, value: { workspaceId: ws.id } });
  });
}

/** The demo workspace's id, from the marker the first seed wrote (null before it ran). */
export async function demoWorkspaceId(db: Db): Promise<string | null> {
  const [marker] = await db.select().from(appState).where(eq(appState.key, SEED_KEY));
  return (marker?.value as { workspaceId?: string } | undefined)?.workspaceId ?? null;
}
