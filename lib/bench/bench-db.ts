// The benchmark's throwaway database: PGlite in memory or in a temporary folder (removed afterwards), or
// a throwaway database on the local PostgreSQL (created migrated, dropped afterwards by its creator).
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { migrate, openDb, type Handle } from "@/db";

export type DbChoice = { kind: "pglite-memory" } | { kind: "pglite-folder" } | { kind: "postgres"; url: string };
export type BenchDb = Handle & { where: string };

export async function openBenchDb(choice: DbChoice = { kind: "pglite-memory" }): Promise<BenchDb> {
  if (choice.kind === "postgres") {
    const handle = await openDb({ url: choice.url, driver: "pg" });
    return { ...handle, where: "a throwaway database on the local PostgreSQL" };
  }
  const folder = choice.kind === "pglite-folder" ? mkdtempSync(path.join(os.tmpdir(), "on24-bench-")) : null;
  const handle = await openDb({ driver: "pglite", pgliteDir: folder ?? "memory://" });
  await migrate(handle);
  return {
    ...handle,
    where: folder ? "PGlite in a temporary folder" : "PGlite in memory",
    async close() {
      await handle.close();
      if (folder) rmSync(folder, { recursive: true, force: true });
    },
  };
}
