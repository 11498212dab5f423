import { Button, Link, Section, Text } from "@react-email/components";
import { styles } from "./layout";

/** One labelled value. Written as "Label: value" lines so the plain-text body reads as well as the HTML. */
export type Fact = { label: string; value: string };
export type EmailLink = { label: string; href: string };

export function FactSection({ title, facts }: { title: string; facts: Fact[] }) {
  if (facts.length === 0) return null;
  return (
    <Section style={{ margin: "0 0 12px" }}>
      <SectionTitle>{title}</SectionTitle>
      {facts.map((fact) => (
        <Text key={fact.label} style={styles.fact}>
          <span style={{ color: "#475569" }}>{fact.label}:</span> {fact.value}
        </Text>
      ))}
    </Section>
  );
}

export function ListSection({ title, items }: { title: string; items: string[] }) {
  if (items.length === 0) return null;
  return (
    <Section style={{ margin: "0 0 12px" }}>
      <SectionTitle>{title}</SectionTitle>
      <ul style={{ margin: "0 0 8px", paddingLeft: 20 }}>
        {items.map((item) => (
          <li key={item} style={styles.listItem}>
            {item}
          </li>
        ))}
      </ul>
    </Section>
  );
}

/** The first link is the main action (a button, which the plain text spells out); the others follow as addresses. */
export function LinkSection({ links }: { links: EmailLink[] }) {
  if (links.length === 0) return null;
  const [primary, ...others] = links;
  return (
    <Section style={{ margin: "4px 0 0" }}>
      <Button href={primary.href} style={styles.button}>
        {primary.label}
      </Button>
      {others.map((link) => (
        <Text key={link.href} style={styles.muted}>
          {link.label}: <Link href={link.href}>{link.href}</Link>
        </Text>
      ))}
    </Section>
  );
}

/** A paragraph styled as a heading: plain-text renderers would shout a real heading in capitals. */
function SectionTitle({ children }: { children: React.ReactNode }) {
  return <Text style={styles.h2}>{children}</Text>;
}
