// A PGlite folder must be opened by one process only, and PGlite itself does not refuse a second one.
// Before the CLI opens the embedded database it looks for a running portal (next dev/start) of this
// project whose database is the same folder.
import { existsSync, readdirSync, readFileSync, readlinkSync } from "node:fs";
import path from "node:path";

/** Where PGlite marks a folder as open (it removes the file when closed cleanly). */
const PID_FILE = "postmaster.pid";

export type FolderUse = { inUse: false } | { inUse: true; pids: number[] } | { inUse: "unknown" };

export function pgliteFolderUse(dir: string): FolderUse {
  const folder = path.resolve(dir);
  if (!existsSync(path.join(folder, PID_FILE))) return { inUse: false };
  if (!existsSync("/proc")) return { inUse: "unknown" }; // not Linux: only the marker file to go on
  const pids: number[] = [];
  for (const entry of readdirSync("/proc")) {
    const pid = Number(entry);
    if (!Number.isInteger(pid) || pid === process.pid) continue;
    const folderOfPid = portalFolder(pid);
    if (folderOfPid === folder) pids.push(pid);
  }
  // No portal has it open: the marker was left by a process that was stopped; PGlite opens such a folder fine.
  return pids.length > 0 ? { inUse: true, pids } : { inUse: false };
}

/** The embedded database folder of a Next.js process of any project, or null (not Next, or not readable). */
function portalFolder(pid: number): string | null {
  try {
    const cmdline = readFileSync(`/proc/${pid}/cmdline`, "utf8");
    if (!/next(-server|\/dist\/bin\/next| dev| start)/.test(cmdline.replaceAll("\0", " "))) return null;
    const cwd = readlinkSync(`/proc/${pid}/cwd`);
    const env = Object.fromEntries(
      readFileSync(`/proc/${pid}/environ`, "utf8")
        .split("\0")
        .filter(Boolean)
        .map((kv) => [kv.slice(0, kv.indexOf("=")), kv.slice(kv.indexOf("=") + 1)]),
    );
    if (env.DATABASE_URL) return null;
    return path.resolve(cwd, env.PGLITE_DIR ?? path.join(env.DATA_DIR ?? ".data", "pglite"));
  } catch {
    return null; // gone meanwhile, or another user's process
  }
}
