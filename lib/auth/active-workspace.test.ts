import { describe, expect, it } from "vitest";
import { pickActiveWorkspace } from "./active-workspace";
import { hasRole } from "./roles";

const memberships = [
  { workspaceId: "w1", workspaceName: "First", role: "viewer" as const },
  { workspaceId: "w2", workspaceName: "Second", role: "admin" as const },
];

describe("pickActiveWorkspace", () => {
  it("uses the requested workspace when the user is a member", () => {
    expect(pickActiveWorkspace(memberships, "w2")?.workspaceId).toBe("w2");
  });

  it("ignores a workspace the user does not belong to", () => {
    expect(pickActiveWorkspace(memberships, "someone-elses")?.workspaceId).toBe("w1");
  });

  it("falls back to the first membership and to null without any", () => {
    expect(pickActiveWorkspace(memberships, undefined)?.workspaceId).toBe("w1");
    expect(pickActiveWorkspace([], "w1")).toBeNull();
  });
});

describe("hasRole", () => {
  it("ranks admin > marketer > viewer", () => {
    expect(hasRole("admin", "marketer")).toBe(true);
    expect(hasRole("marketer", "marketer")).toBe(true);
    expect(hasRole("marketer", "admin")).toBe(false);
    expect(hasRole("viewer", "marketer")).toBe(false);
    expect(hasRole("viewer", "viewer")).toBe(true);
  });
});
