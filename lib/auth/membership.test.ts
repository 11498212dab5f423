import { and, eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/db";
import { auditLog, invitations, memberships, outboxEmails } from "@/db/schema";
import { acceptInvitation, findOpenInvitation, inviteMember } from "./invitations";
import { changeMemberRole, LAST_ADMIN, NOT_A_MEMBER, removeMember } from "./membership";
import { createAccountWithWorkspace, createUser } from "./signup";

let admin: { userId: string; workspaceId: string };
let other: { userId: string; workspaceId: string };

beforeAll(async () => {
  admin = await createAccountWithWorkspace({ name: "Ada", email: "ada@acme.test", password: "a long password", workspaceName: "Acme" });
  other = await createAccountWithWorkspace({ name: "Oz", email: "oz@other.test", password: "a long password", workspaceName: "Other" });
});

const inviter = () => ({ workspaceId: admin.workspaceId, workspaceName: "Acme", userId: admin.userId, userName: "Ada" });

async function roleOf(userId: string, workspaceId: string) {
  const db = await getDb();
  const [row] = await db
    .select({ role: memberships.role })
    .from(memberships)
    .where(and(eq(memberships.userId, userId), eq(memberships.workspaceId, workspaceId)));
  return row?.role ?? null;
}

async function inviteAndGetToken(email: string, role: "admin" | "marketer" | "viewer") {
  await inviteMember(inviter(), { email, role });
  const db = await getDb();
  const sent = await db.select().from(outboxEmails).where(eq(outboxEmails.kind, "invitation"));
  const mail = sent.filter((m) => m.to.includes(email)).at(-1)!;
  expect(mail.workspaceId).toBe(admin.workspaceId);
  return /\/invite\/([A-Za-z0-9_-]+)/.exec(mail.text)![1];
}

describe("invitations", () => {
  it("invites, and accepting adds the member with the invited role exactly once", async () => {
    const token = await inviteAndGetToken("mia@acme.test", "marketer");
    const invitation = await findOpenInvitation(token);
    expect(invitation).toMatchObject({ email: "mia@acme.test", role: "marketer", workspaceName: "Acme" });
    const { userId } = await createUser({ name: "Mia", email: "mia@acme.test", password: "a long password" });
    expect(await acceptInvitation(invitation!, userId)).toBe(true);
    expect(await roleOf(userId, admin.workspaceId)).toBe("marketer");
    expect(await acceptInvitation(invitation!, userId)).toBe(false);
    expect(await findOpenInvitation(token)).toBeNull();
  });

  it("refuses to invite an existing member, and a new invitation replaces the pending one", async () => {
    await expect(inviteMember(inviter(), { email: "ada@acme.test", role: "viewer" })).rejects.toThrow(/already a member/);
    const first = await inviteAndGetToken("vic@acme.test", "viewer");
    const second = await inviteAndGetToken("vic@acme.test", "admin");
    expect(await findOpenInvitation(first)).toBeNull();
    expect(await findOpenInvitation(second)).toMatchObject({ role: "admin" });
    const db = await getDb();
    expect(await db.select().from(invitations).where(eq(invitations.email, "vic@acme.test"))).toHaveLength(1);
  });
});

describe("members", () => {
  it("never removes or demotes the last admin", async () => {
    const base = { workspaceId: other.workspaceId, actorId: other.userId, userId: other.userId };
    await expect(changeMemberRole({ ...base, role: "viewer" })).rejects.toThrow(LAST_ADMIN);
    await expect(removeMember(base)).rejects.toThrow(LAST_ADMIN);
    expect(await roleOf(other.userId, other.workspaceId)).toBe("admin");
  });

  it("changes roles and removes members once another admin exists, with audit entries", async () => {
    const { userId } = await createUser({ name: "Al", email: "al@acme.test", password: "a long password" });
    const invitation = await findOpenInvitation(await inviteAndGetToken("al@acme.test", "viewer"));
    await acceptInvitation(invitation!, userId);
    const base = { workspaceId: admin.workspaceId, actorId: admin.userId };
    await changeMemberRole({ ...base, userId, role: "admin" });
    expect(await roleOf(userId, admin.workspaceId)).toBe("admin");
    await changeMemberRole({ ...base, userId: admin.userId, role: "viewer" });
    expect(await roleOf(admin.userId, admin.workspaceId)).toBe("viewer");
    await removeMember({ ...base, userId: admin.userId });
    expect(await roleOf(admin.userId, admin.workspaceId)).toBeNull();

    const db = await getDb();
    const actions = (await db.select().from(auditLog).where(eq(auditLog.workspaceId, admin.workspaceId))).map((a) => a.action);
    expect(actions).toEqual(expect.arrayContaining(["member.invited", "member.joined", "member.role_changed", "member.removed"]));
  });

  it("cannot touch a member of another workspace", async () => {
    const change = { workspaceId: admin.workspaceId, actorId: admin.userId, userId: other.userId };
    await expect(changeMemberRole({ ...change, role: "viewer" })).rejects.toThrow(NOT_A_MEMBER);
    await expect(removeMember(change)).rejects.toThrow(NOT_A_MEMBER);
    expect(await roleOf(other.userId, other.workspaceId)).toBe("admin");
  });
});
