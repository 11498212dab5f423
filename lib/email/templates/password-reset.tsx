import { Button, Heading, Text } from "@react-email/components";
import { EmailLayout, styles } from "./layout";

export type PasswordResetEmailProps = { resetUrl: string; expiresInMinutes: number };

export function PasswordResetEmail({ resetUrl, expiresInMinutes }: PasswordResetEmailProps) {
  return (
    <EmailLayout
      preview="Reset your password"
      footer="You received this because someone asked to reset the password of this account. If it was not you, ignore this email: your password stays the same."
    >
      <Heading style={styles.h1}>Reset your password</Heading>
      <Text style={styles.p}>Choose a new password with the button below. The link can be used once.</Text>
      <Button href={resetUrl} style={styles.button}>
        Choose a new password
      </Button>
      <Text style={styles.muted}>
        The link expires in {expiresInMinutes} minutes: {resetUrl}
      </Text>
    </EmailLayout>
  );
}
