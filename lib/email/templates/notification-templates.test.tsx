import { describe, expect, it } from "vitest";
import { renderEmail } from "../render";
import { AlertEmail } from "./alert";
import { RecoveryEmail } from "./recovery";
import { RunSummaryEmail } from "./run-summary";

const HOSTILE = `<img src=x onerror=alert(1)>`;
const links = [
  { label: "Open the run", href: "https://connect.example.test/activity/41" },
  { label: "Support console", href: "https://connect.example.test/support?field=process_id&q=41" },
];

describe("notification templates", () => {
  it("run summary: product name, facts as 'Label: value' lines, every link in both bodies", async () => {
    const { html, text } = await renderEmail(
      <RunSummaryEmail
        workspaceName="Acme"
        headline="Sync completed with errors"
        summary="3 people created."
        counts={[{ label: "Custom objects failed", value: "2" }]}
        run={[{ label: "Process ID", value: "41" }]}
        stopReason={null}
        reasons={[{ code: "1004", title: "Lead not found", count: 2, fix: "Check the email.", example: "Lead not found" }]}
        links={links}
      />,
    );
    expect(text).toContain("ON24 Connect for Marketo");
    expect(html).toContain("Sync completed with errors: Acme</h1>");
    expect(text).toContain("Custom objects failed: 2");
    expect(text).toContain('Lead not found (1004), 2 records: "Lead not found". Fix: Check the email.');
    for (const link of links) {
      expect(text).toContain(link.href);
      expect(html).toContain(`href="${link.href.replaceAll("&", "&amp;")}"`);
    }
  });

  it("alert and recovery render names and messages as text, never as markup", async () => {
    const alert = await renderEmail(
      <AlertEmail
        title={`Sync failed for ${HOSTILE}`}
        summary="A run failed."
        where={[{ label: "Workspace", value: HOSTILE }]}
        timeline={[]}
        tried={[{ label: "Error message", value: HOSTILE }]}
        actions={[HOSTILE]}
        links={links}
      />,
    );
    const recovery = await renderEmail(
      <RecoveryEmail title={`Resolved: ${HOSTILE}`} summary="Back." where={[{ label: "Workspace", value: HOSTILE }]} timeline={[]} links={links} />,
    );
    for (const { html, text } of [alert, recovery]) {
      expect(html).not.toContain("<img");
      expect(html).toContain("&lt;img");
      expect(text).toContain("Workspace: <img src=x onerror=alert(1)>");
    }
    expect(alert.text).toContain("What to do");
    expect(alert.text).toContain("Support console: https://connect.example.test/support?field=process_id&q=41");
  });

  it("leaves out empty sections", async () => {
    const { text } = await renderEmail(<AlertEmail title="T" summary="S" where={[]} timeline={[]} tried={[]} actions={[]} links={[]} />);
    expect(text).not.toContain("Where");
    expect(text).not.toContain("What was tried");
    expect(text).not.toContain("What to do");
  });
});
