import type { Metadata } from "next";
import Link from "next/link";
import { Alert } from "@/components/ui/alert";
import { findUserByEmail } from "@/db/queries/users";
import { getCurrentUser } from "@/lib/auth/context";
import { findOpenInvitation, INVALID_INVITATION } from "@/lib/auth/invitations";
import { ROLE_LABELS, ROLE_SENTENCES } from "@/lib/auth/roles";
import { SignOutButton } from "@/app/(portal)/sign-out-button";
import { AuthCard } from "../../auth-card";
import { ExistingUserForm, NewUserForm, SignedInForm } from "./invite-forms";

export const metadata: Metadata = { title: "Accept invitation" };

export default async function InvitePage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const invitation = await findOpenInvitation(token);
  if (!invitation) {
    return (
      <AuthCard title="Invitation not valid" footer={<Link href="/login" className="font-medium text-brand-600 hover:underline">Go to sign in</Link>}>
        <Alert tone="warning">{INVALID_INVITATION}</Alert>
      </AuthCard>
    );
  }

  const user = await getCurrentUser();
  const description = (
    <>
      You&apos;re invited to <strong className="text-slate-900">{invitation.workspaceName}</strong> as{" "}
      {invitation.role === "admin" ? "an" : "a"} <strong className="text-slate-900">{ROLE_LABELS[invitation.role].toLowerCase()}</strong>.{" "}
      {ROLE_SENTENCES[invitation.role]}
    </>
  );

  if (user && user.email !== invitation.email) {
    return (
      <AuthCard title="Join a workspace" description={description}>
        <Alert tone="warning" className="mb-4">
          This invitation is for {invitation.email}, but you are signed in as {user.email}. Sign out, then open the link again.
        </Alert>
        <SignOutButton redirectTo={`/invite/${token}`} className="w-full" />
      </AuthCard>
    );
  }
  if (user) {
    return (
      <AuthCard title="Join a workspace" description={description}>
        <SignedInForm token={token} workspaceName={invitation.workspaceName} />
      </AuthCard>
    );
  }
  const hasAccount = Boolean(await findUserByEmail(invitation.email));
  return (
    <AuthCard
      title={hasAccount ? "Sign in to join" : "Create your account"}
      description={description}
      footer={hasAccount ? <Link href="/forgot-password" className="font-medium text-brand-600 hover:underline">Forgot your password?</Link> : undefined}
    >
      {hasAccount ? <ExistingUserForm token={token} email={invitation.email} /> : <NewUserForm token={token} email={invitation.email} />}
    </AuthCard>
  );
}
