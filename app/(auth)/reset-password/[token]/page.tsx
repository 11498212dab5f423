import type { Metadata } from "next";
import Link from "next/link";
import { Alert } from "@/components/ui/alert";
import { findValidReset, INVALID_RESET_LINK } from "@/lib/auth/password-reset";
import { AuthCard } from "../../auth-card";
import { ResetPasswordForm } from "./reset-password-form";

export const metadata: Metadata = { title: "Choose a new password" };

export default async function ResetPasswordPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const reset = await findValidReset(token);
  return (
    <AuthCard
      title="Choose a new password"
      description={reset ? <>For {reset.email}. Other devices signed in to this account will be signed out.</> : undefined}
      footer={
        <Link href={reset ? "/login" : "/forgot-password"} className="font-medium text-brand-600 hover:underline">
          {reset ? "Back to sign in" : "Ask for a new link"}
        </Link>
      }
    >
      {reset ? <ResetPasswordForm token={token} /> : <Alert tone="warning">{INVALID_RESET_LINK}</Alert>}
    </AuthCard>
  );
}
