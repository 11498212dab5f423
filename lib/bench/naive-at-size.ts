// The naive baseline on an account of n registrations, the same four situations as the engine. Its cost
// is a fixed number of calls per record whatever the limits, so it runs against a simulator without
// latency or rate limits (at Marketo's real limits, 3 calls per record would take hours at 10,000).
import { createMarketoClient, type MarketoClient } from "@/lib/marketo/client";
import { createMarketoLimiter } from "@/lib/marketo/limiter";
import { createOn24Client } from "@/lib/on24/client";
import { describeObject } from "@/lib/sandbox/marketo/co-schemas";
import { SANDBOX_MARKETO_CLIENT_SECRET } from "@/lib/sandbox/marketo/constants";
import { startMarketoSandboxServer } from "@/lib/sandbox/marketo/server";
import type { CustomObjectDescribe } from "@/lib/sync/mapping/types";
import { createCallTally, type CallTally } from "./call-tally";
import { indexLeadsByEmail } from "./lead-index";
import { naiveSync } from "./naive";
import { seedLeadsFor, type Measured, type ScenarioKey } from "./scenarios";
import { startSizedAccount } from "./sized-account";

const NEW_ID = "naive-new";
const EXISTING_ID = "naive-existing";
const UNLIMITED = { rateLimit: { maxCalls: 1e9, windowMs: 20_000 }, maxConcurrent: 10, dailyQuota: 1e9, latencyMs: 0 };

export async function measureNaiveAtSize(n: number): Promise<Record<ScenarioKey, Measured>> {
  const account = await startSizedAccount(n);
  const marketo = await startMarketoSandboxServer({
    defaults: UNLIMITED,
    instances: { [NEW_ID]: {}, [EXISTING_ID]: { seedLeads: seedLeadsFor(account.people.map((p) => p.email)) } },
  });
  [NEW_ID, EXISTING_ID].forEach((id) => indexLeadsByEmail(marketo.state.instance(id)));
  const { clientId, tokenKey, tokenSecret } = account.server.state;
  const tally = createCallTally();
  const on24 = createOn24Client({ clientId, tokenKey, tokenSecret, baseUrl: account.server.url, onCall: (info) => tally.on24(info.operationId) });
  const describe = describeObject(marketo.state.instance(NEW_ID).objectDefinition!) as unknown as CustomObjectDescribe;
  const clientOf = (id: string) => naiveClient(marketo.url, id, tally);
  const run = async (client: MarketoClient): Promise<Measured> => {
    tally.take();
    const started = Date.now();
    const result = await naiveSync(client, on24, account.window, describe);
    const calls = tally.take();
    return { records: result.records, calls, leadsCreated: calls.quota.syncLeads ?? 0, written: result.records - result.failed, failed: result.failed, seconds: (Date.now() - started) / 1000 };
  };
  try {
    const fresh = clientOf(NEW_ID);
    const results = {} as Record<ScenarioKey, Measured>;
    results.new = await run(fresh);
    results.unchanged = await run(fresh);
    results.existing = await run(clientOf(EXISTING_ID));
    account.attend(10);
    results.changed = await run(fresh);
    return results;
  } finally {
    await Promise.all([account.close(), marketo.close()]);
  }
}

function naiveClient(origin: string, clientId: string, tally: CallTally): MarketoClient {
  return createMarketoClient({
    origin,
    clientId,
    clientSecret: SANDBOX_MARKETO_CLIENT_SECRET,
    limiter: createMarketoLimiter({ maxCalls: 1e9, maxConcurrent: 10 }),
    allowTestEndpoints: true,
    onCall: (info) => tally.marketo(info),
  });
}
