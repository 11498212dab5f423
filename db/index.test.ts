import { describe, expect, it } from "vitest";
import { migrate, openDb } from "./index";
import { seedDemo, DEMO_USERS } from "./seed";
import { users } from "./schema";

describe("embedded PGlite", () => {
  it("migrates and seeds the demo accounts once", async () => {
    const handle = await openDb({ driver: "pglite", pgliteDir: "memory://" });
    await migrate(handle);
    await seedDemo(handle.db);
    await seedDemo(handle.db);
    const rows = await handle.db.select().from(users);
    expect(rows.map((r) => r.email).sort()).toEqual(DEMO_USERS.map((u) => u.email).sort());
    await handle.close();
  });
});
