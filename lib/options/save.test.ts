import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { getDb } from "@/db";
import { auditLog, workspaceOptions, workspaces } from "@/db/schema";
import { newActor } from "@/lib/connection/test-helpers";
import { DEFAULT_OPTIONS } from "@/lib/connection/types";
import { optionsSchema } from "@/lib/validations/options";
import { describeConfiguration } from "./configuration";
import { saveOptions, setVirtualConference } from "./save";

describe("describeConfiguration", () => {
  it.each([
    [true, true, "ON24 registration, option 1", /every ON24 registrant gets an ON24 Attendee record when they register/],
    [true, false, "ON24 registration, option 2", /only from attendee activity/],
    [false, false, "Marketo registration, option 1", /already in Marketo; anyone else is skipped/],
    [false, true, "Marketo registration, option 2", /every registrant already in Marketo/],
  ])("create people %s, registrants %s → %s", (createNewPeople, on24Registrants, name, summary) => {
    const c = describeConfiguration({ createNewPeople, on24Registrants });
    expect(c.name).toBe(name);
    expect(c.summary).toMatch(summary);
  });
});

describe("optionsSchema", () => {
  it("reads switches, splits and de-duplicates recipients", () => {
    const parsed = optionsSchema.parse({ createNewPeople: "on", notificationsEnabled: "on", notificationRecipients: "A@x.com, a@x.com\nb@y.org; " });
    expect(parsed).toEqual({ createNewPeople: true, on24Registrants: false, notificationsEnabled: true, notifyEmptyRuns: false, notificationRecipients: ["a@x.com", "b@y.org"] });
  });

  it("refuses invalid addresses, more than 10, and notifications with nobody to send to", () => {
    const issues = (input: Record<string, string>) => optionsSchema.safeParse(input).error?.issues.map((i) => i.message) ?? [];
    expect(issues({ notificationRecipients: "ok@x.com, nope" })).toEqual(["Not a valid email address: nope."]);
    const eleven = Array.from({ length: 11 }, (_, i) => `p${i}@x.com`).join(",");
    expect(issues({ notificationRecipients: eleven })).toEqual(["Up to 10 recipients (you entered 11)."]);
    expect(issues({ notificationsEnabled: "on" })).toEqual(["Add at least one recipient, or turn notifications off."]);
  });
});

describe("saveOptions", () => {
  it("stores the options and audits only what changed", async () => {
    const db = await getDb();
    const actor = await newActor(db, "opts");
    const changed = await saveOptions(db, actor, { ...DEFAULT_OPTIONS, createNewPeople: false, notificationsEnabled: true, notificationRecipients: ["ops@x.com"] });
    expect(changed).toEqual(["Create New People", "Notifications", "Notification recipients"]);
    const [row] = await db.select().from(workspaceOptions).where(eq(workspaceOptions.workspaceId, actor.workspaceId));
    expect(row).toMatchObject({ createNewPeople: false, notificationsEnabled: true, notificationRecipients: ["ops@x.com"] });
    expect(await saveOptions(db, actor, { ...row })).toEqual([]);
    const audit = await db.select().from(auditLog).where(eq(auditLog.workspaceId, actor.workspaceId));
    expect(audit.map((a) => a.detail)).toEqual([
      { "Create New People": "on → off", Notifications: "off → on", "Notification recipients": "(none) → ops@x.com" },
    ]);
  });

  it("switches Virtual Conference for a workspace, with an audit row naming the staff member", async () => {
    const db = await getDb();
    const actor = await newActor(db, "vc");
    await setVirtualConference(db, actor.userId!, actor.workspaceId, true);
    const [ws] = await db.select().from(workspaces).where(eq(workspaces.id, actor.workspaceId));
    expect(ws.virtualConferenceEnabled).toBe(true);
    const [audit] = await db.select().from(auditLog).where(eq(auditLog.workspaceId, actor.workspaceId));
    expect(audit).toMatchObject({ action: "workspace.virtual_conference_changed", userId: actor.userId });
    await expect(setVirtualConference(db, actor.userId!, "00000000-0000-0000-0000-000000000000", true)).rejects.toThrow(/no longer exists/);
  });
});
