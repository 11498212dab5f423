import { Button, Heading, Text } from "@react-email/components";
import { EmailLayout, styles } from "./layout";

export type InvitationEmailProps = { workspaceName: string; inviterName: string; role: string; acceptUrl: string; expiresInDays: number };

export function InvitationEmail({ workspaceName, inviterName, role, acceptUrl, expiresInDays }: InvitationEmailProps) {
  return (
    <EmailLayout
      preview={`${inviterName} invited you to ${workspaceName}`}
      footer={`You received this because ${inviterName} invited this address. If you did not expect it, ignore this email.`}
    >
      <Heading style={styles.h1}>Join {workspaceName}</Heading>
      <Text style={styles.p}>
        {inviterName} invited you to the workspace <strong>{workspaceName}</strong> as {role === "admin" ? "an" : "a"} <strong>{role}</strong>.
      </Text>
      <Button href={acceptUrl} style={styles.button}>
        Accept the invitation
      </Button>
      <Text style={styles.muted}>The link works for {expiresInDays} days: {acceptUrl}</Text>
    </EmailLayout>
  );
}
