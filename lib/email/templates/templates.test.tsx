import { describe, expect, it } from "vitest";
import { createElement } from "react";
import { renderEmail } from "../render";
import { InvitationEmail } from "./invitation";
import { PasswordResetEmail } from "./password-reset";

describe("email templates", () => {
  it("renders the invitation with its link in both bodies", async () => {
    const url = "http://localhost:3000/invite/abc123";
    const { html, text } = await renderEmail(
      createElement(InvitationEmail, { workspaceName: "Acme", inviterName: "Ada", role: "marketer", acceptUrl: url, expiresInDays: 7 }),
    );
    expect(html).toContain(`href="${url}"`);
    expect(text).toContain(url);
    expect(text).toContain("Acme");
    expect(text).toContain("marketer");
  });

  it("escapes names so a workspace name cannot inject markup", async () => {
    const { html } = await renderEmail(
      createElement(InvitationEmail, { workspaceName: "<script>x</script>", inviterName: "A", role: "viewer", acceptUrl: "http://x/i/1", expiresInDays: 7 }),
    );
    expect(html).not.toContain("<script>x</script>");
    expect(html).toContain("&lt;script&gt;");
  });

  it("renders the password reset link and expiry", async () => {
    const { text } = await renderEmail(createElement(PasswordResetEmail, { resetUrl: "http://x/reset/t", expiresInMinutes: 60 }));
    expect(text).toContain("http://x/reset/t");
    expect(text).toContain("60 minutes");
  });
});
