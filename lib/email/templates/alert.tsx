import { Heading, Text } from "@react-email/components";
import { EmailLayout, styles } from "./layout";
import { FactSection, LinkSection, ListSection, type EmailLink, type Fact } from "./parts";

/**
 * One template for every on-call alert kind. On-call acts from this email alone, so it always answers:
 * what happened, where, since when and how often, what was already tried, what to do, and where to click.
 */
export type AlertEmailProps = {
  title: string;
  summary: string;
  where: Fact[];
  timeline: Fact[];
  tried: Fact[];
  actions: string[];
  links: EmailLink[];
};

export function AlertEmail({ title, summary, where, timeline, tried, actions, links }: AlertEmailProps) {
  return (
    <EmailLayout
      preview={summary}
      footer="You receive this because your address is in ONCALL_EMAILS. Repeats of the same problem are grouped: at most one email per workspace and kind per hour, and a recovery email once it is fixed."
    >
      <Heading style={styles.h1}>{title}</Heading>
      <Text style={styles.p}>{summary}</Text>
      <FactSection title="Where" facts={where} />
      <FactSection title="Since when" facts={timeline} />
      <FactSection title="What was tried" facts={tried} />
      <ListSection title="What to do" items={actions} />
      <LinkSection links={links} />
    </EmailLayout>
  );
}
