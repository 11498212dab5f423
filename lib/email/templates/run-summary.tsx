import { Heading, Text } from "@react-email/components";
import { EmailLayout, styles } from "./layout";
import { FactSection, LinkSection, ListSection, type EmailLink, type Fact } from "./parts";

export type FailureReason = { code: string; title: string; count: number; fix: string; example: string | null };

export type RunSummaryEmailProps = {
  workspaceName: string;
  /** e.g. "Sync completed with errors" */
  headline: string;
  /** One sentence: what the run did, in the guide's terms. */
  summary: string;
  /** The guide's counts plus skipped, then window, duration and the process id. */
  counts: Fact[];
  run: Fact[];
  /** Why the whole run stopped, when it did. */
  stopReason: { title: string; message: string; fix: string } | null;
  reasons: FailureReason[];
  links: EmailLink[];
};

export function RunSummaryEmail({ workspaceName, headline, summary, counts, run, stopReason, reasons, links }: RunSummaryEmailProps) {
  return (
    <EmailLayout
      preview={`${workspaceName}: ${summary}`}
      footer={`You receive this because Notifications is on for ${workspaceName}. Admins change the recipients or turn it off on the Options page.`}
    >
      <Heading style={styles.h1}>{`${headline}: ${workspaceName}`}</Heading>
      <Text style={styles.p}>{summary}</Text>
      {stopReason && (
        <ListSection
          title={`Why the run stopped: ${stopReason.title}`}
          items={[stopReason.message, `What to do: ${stopReason.fix}`].filter(Boolean)}
        />
      )}
      <FactSection title="Records" facts={counts} />
      <FactSection title="Run" facts={run} />
      <ListSection
        title="Top failure reasons"
        items={reasons.map(
          (r) => `${r.title} (${r.code}), ${r.count} ${r.count === 1 ? "record" : "records"}${r.example ? `: "${r.example}"` : ""}. Fix: ${r.fix}`,
        )}
      />
      <LinkSection links={links} />
    </EmailLayout>
  );
}
