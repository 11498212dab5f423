// The engine on an account of exactly n registrations, under Marketo's real limits and latency: all new
// people, an unchanged re-sync, all existing people (another instance where everyone is a lead), and a
// re-sync after 10% of the people attended. Each is a backfill job over the same days, run in chunks.
import type { Db } from "@/db";
import { createMarketoLimiter, type LimiterConfig } from "@/lib/marketo/limiter";
import { SANDBOX_MARKETO_CLIENT_SECRET } from "@/lib/sandbox/marketo/constants";
import { startMarketoSandboxServer } from "@/lib/sandbox/marketo/server";
import { openBenchDb } from "./bench-db";
import { benchClients, createBenchWorkspace, queueBackfill, savedDescribes, type Endpoints } from "./bench-workspace";
import { createCallTally } from "./call-tally";
import { indexLeadsByEmail } from "./lead-index";
import { MARKETO_LATENCY_MS, MARKETO_LIMITS, ON24_LATENCY_MS } from "./profile";
import { runInChunks } from "./run-chunks";
import { seedLeadsFor, type Measured, type ScenarioKey } from "./scenarios";
import { startSizedAccount, type SizedAccount } from "./sized-account";

const NEW_ID = "bench-new";
const EXISTING_ID = "bench-existing";
/** Every 10th person attends before the last re-sync. */
const CHANGED_EVERY = 10;

export type EngineOptions = { limiter: Partial<LimiterConfig>; chunkMs: number; log?: (line: string) => void };

export async function measureEngineAtSize(n: number, o: EngineOptions): Promise<Record<ScenarioKey, Measured>> {
  const bench = await startEngineBench(n, o);
  try {
    const results = {} as Record<ScenarioKey, Measured>;
    results.new = await bench.fresh.sync("new");
    results.unchanged = await bench.fresh.sync("unchanged");
    results.existing = await bench.existing.sync("existing");
    bench.account.attend(CHANGED_EVERY);
    results.changed = await bench.fresh.sync("changed");
    return results;
  } finally {
    await bench.close();
  }
}

async function startEngineBench(n: number, o: EngineOptions) {
  const account = await startSizedAccount(n);
  const marketo = await startMarketoSandboxServer({
    defaults: { ...MARKETO_LIMITS, latencyMs: MARKETO_LATENCY_MS },
    instances: { [NEW_ID]: {}, [EXISTING_ID]: { seedLeads: seedLeadsFor(account.people.map((p) => p.email)) } },
  });
  [NEW_ID, EXISTING_ID].forEach((id) => indexLeadsByEmail(marketo.state.instance(id)));
  const db = await openBenchDb();
  const saved = savedDescribes(marketo.state.instance(NEW_ID));
  const endpointsFor = (clientId: string): Endpoints => ({
    on24: { url: account.server.url, clientId: account.server.state.clientId, tokenKey: account.server.state.tokenKey, tokenSecret: account.server.state.tokenSecret },
    marketo: { url: marketo.url, clientId, clientSecret: SANDBOX_MARKETO_CLIENT_SECRET },
    ...saved,
  });
  return {
    account,
    fresh: await workspaceOn(db.db, endpointsFor(NEW_ID), account, o),
    existing: await workspaceOn(db.db, endpointsFor(EXISTING_ID), account, o),
    async close() {
      await Promise.all([account.close(), marketo.close()]);
      await db.close();
    },
  };
}

async function workspaceOn(db: Db, endpoints: Endpoints, account: SizedAccount, o: EngineOptions) {
  const workspaceId = await createBenchWorkspace(db, endpoints, { createNewPeople: true, on24Registrants: true });
  const tally = createCallTally();
  // One limiter per Marketo instance for the whole process, as production shares one per origin.
  const clients = benchClients(endpoints, { limiter: createMarketoLimiter(o.limiter), on24LatencyMs: ON24_LATENCY_MS, tally });
  return {
    async sync(label: ScenarioKey): Promise<Measured> {
      tally.take();
      const backfillJobId = await queueBackfill(db, workspaceId, account.window);
      const run = await runInChunks({ db, workspaceId, kind: "backfill", backfillJobId, clients, chunkMs: o.chunkMs });
      const c = run.counts;
      const measured: Measured = {
        records: c?.recordsDone ?? 0,
        calls: tally.take(),
        leadsCreated: c?.leadsCreated ?? 0,
        written: c?.coMapped ?? 0,
        failed: c?.coFailed ?? 0,
        seconds: (run.endedAt - run.startedAt) / 1000,
      };
      o.log?.(`  engine n=${account.people.length} ${label}: ${run.status}, ${measured.records} records in ${measured.seconds.toFixed(1)} s, calls ${JSON.stringify(measured.calls.quota)} (+${measured.calls.free} free), ON24 ${measured.calls.on24}`);
      return measured;
    },
  };
}
