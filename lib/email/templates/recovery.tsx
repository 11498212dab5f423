import { Heading, Text } from "@react-email/components";
import { EmailLayout, styles } from "./layout";
import { FactSection, LinkSection, type EmailLink, type Fact } from "./parts";

export type RecoveryEmailProps = { title: string; summary: string; where: Fact[]; timeline: Fact[]; links: EmailLink[] };

/** Follows an alert once the problem is gone, so on-call can stop working on it. */
export function RecoveryEmail({ title, summary, where, timeline, links }: RecoveryEmailProps) {
  return (
    <EmailLayout preview={summary} footer="You receive this because your address is in ONCALL_EMAILS and an alert you were sent is resolved.">
      <Heading style={styles.h1}>{title}</Heading>
      <Text style={styles.p}>{summary}</Text>
      <FactSection title="Where" facts={where} />
      <FactSection title="Outage" facts={timeline} />
      <LinkSection links={links} />
    </EmailLayout>
  );
}
