import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { migrate, openDb, type Handle } from "@/db";
import { users } from "@/db/schema";

// The configuration under test, switched per case (lib/env is parsed once at import otherwise).
const config = vi.hoisted(() => ({ env: { ONCALL_EMAILS: undefined as string[] | undefined, RESEND_API_KEY: undefined as string | undefined }, isEmbedded: true }));
vi.mock("@/lib/env", async (original) => ({
  ...(await original<object>()),
  get env() {
    return config.env;
  },
  get isEmbedded() {
    return config.isEmbedded;
  },
}));
const { defaultOncallRecipients } = await import("./oncall-recipients");

describe("defaultOncallRecipients", () => {
  let handle: Handle;
  beforeAll(async () => {
    handle = await openDb({ driver: "pglite", pgliteDir: "memory://" });
    await migrate(handle);
    await handle.db.insert(users).values([
      { email: "otto@demo.test", passwordHash: "x", staffRole: "oncall" },
      { email: "sam@demo.test", passwordHash: "x", staffRole: "support" },
      { email: "ada@demo.test", passwordHash: "x" },
    ]);
  });
  afterAll(() => handle.close());
  beforeEach(() => {
    config.env = { ONCALL_EMAILS: undefined, RESEND_API_KEY: undefined };
    config.isEmbedded = true;
  });

  it("uses ONCALL_EMAILS when set", async () => {
    config.env.ONCALL_EMAILS = ["pager@ops.test"];
    expect(await defaultOncallRecipients(handle.db)).toEqual(["pager@ops.test"]);
  });

  it("in the embedded default without a provider, the on-call staff accounts stand in", async () => {
    expect(await defaultOncallRecipients(handle.db)).toEqual(["otto@demo.test"]);
  });

  it("otherwise nobody: with a database configured, or when emails would really be delivered", async () => {
    config.isEmbedded = false;
    expect(await defaultOncallRecipients(handle.db)).toEqual([]);
    config.isEmbedded = true;
    config.env.RESEND_API_KEY = "re_live";
    expect(await defaultOncallRecipients(handle.db)).toEqual([]);
  });
});
