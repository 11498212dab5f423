import { Body, Container, Head, Hr, Html, Preview, Section, Text } from "@react-email/components";

const PRODUCT = "ON24 Connect for Marketo";

/** The frame every email shares: product name, a preview line, and a footer saying why it was sent. */
export function EmailLayout({ preview, footer, children }: { preview: string; footer: string; children: React.ReactNode }) {
  return (
    <Html lang="en">
      <Head />
      <Preview>{preview}</Preview>
      <Body style={{ backgroundColor: "#f4f6fb", fontFamily: "Helvetica, Arial, sans-serif", margin: 0, padding: "24px 0" }}>
        <Container style={{ backgroundColor: "#ffffff", borderRadius: 8, padding: "24px 32px", maxWidth: 560 }}>
          <Text style={{ color: "#2459c2", fontSize: 13, fontWeight: 700, letterSpacing: 0.3, margin: "0 0 16px" }}>{PRODUCT}</Text>
          <Section>{children}</Section>
          <Hr style={{ borderColor: "#e2e8f0", margin: "24px 0 12px" }} />
          <Text style={{ color: "#64748b", fontSize: 12, margin: 0 }}>{footer}</Text>
        </Container>
      </Body>
    </Html>
  );
}

export const styles = {
  h1: { color: "#0f172a", fontSize: 20, fontWeight: 700, margin: "0 0 12px" },
  h2: { color: "#0f172a", fontSize: 15, fontWeight: 700, margin: "16px 0 6px" },
  p: { color: "#1e293b", fontSize: 14, lineHeight: "22px", margin: "0 0 12px" },
  muted: { color: "#475569", fontSize: 13, lineHeight: "20px", margin: "0 0 8px" },
  button: {
    backgroundColor: "#2459c2",
    borderRadius: 6,
    color: "#ffffff",
    display: "inline-block",
    fontSize: 14,
    fontWeight: 600,
    padding: "10px 18px",
    textDecoration: "none",
  },
  fact: { color: "#1e293b", fontSize: 13, lineHeight: "20px", margin: "0 0 2px" },
  listItem: { color: "#1e293b", fontSize: 13, lineHeight: "20px", margin: "0 0 4px" },
  cell: { color: "#1e293b", fontSize: 13, padding: "4px 12px 4px 0" },
} as const;
