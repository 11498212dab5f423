import { env } from "@/lib/env";
import { migrate, openDb } from "./index";

/**
 * `npm run db:migrate` (and the first step of `npm run build`): applies committed migrations to the
 * configured database. The embedded PGlite database migrates itself when the portal opens it, so this
 * does nothing without DATABASE_URL (and never opens the folder a running dev server holds).
 */
async function main() {
  if (!env.DATABASE_URL) {
    console.log("db:migrate: no DATABASE_URL — the embedded PGlite database migrates itself on first use.");
    return;
  }
  const handle = await openDb({ url: env.DATABASE_URL });
  try {
    await migrate(handle);
    console.log(`db:migrate: migrations applied (${handle.driver}).`);
  } finally {
    await handle.close();
  }
}

main().catch((err) => {
  console.error(`db:migrate failed: ${err instanceof Error ? err.message : err}`);
  process.exit(1);
});
