import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { Alert } from "@/components/ui/alert";
import { getCurrentUser } from "@/lib/auth/context";
import { AuthCard } from "../auth-card";
import { firstParam, type SearchParams } from "../search-params";
import { LoginForm } from "./login-form";

export const metadata: Metadata = { title: "Sign in" };

export default async function LoginPage({ searchParams }: { searchParams: SearchParams }) {
  if (await getCurrentUser()) redirect("/");
  const params = await searchParams;
  const next = firstParam(params.next);
  return (
    <AuthCard
      title="Sign in"
      description="Welcome back. Sign in to manage your ON24 and Marketo connection."
      footer={
        <>
          New here?{" "}
          <Link href="/signup" className="font-medium text-brand-600 hover:underline">
            Create an account
          </Link>
        </>
      }
    >
      {firstParam(params.error) && (
        <Alert tone="danger" className="mb-4">
          That sign-in link did not work. Sign in with your email and password.
        </Alert>
      )}
      <LoginForm next={next} />
    </AuthCard>
  );
}
