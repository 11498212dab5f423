import type { Metadata } from "next";
import Link from "next/link";
import { ShieldX } from "lucide-react";
import { Button } from "@/components/ui/button";
import { StatusPage } from "./status-page";

export const metadata: Metadata = { title: "No access" };

/** Rendered with HTTP 403 when a page's role check fails (requireWorkspace / requireStaff call forbidden()). */
export default function Forbidden() {
  return (
    <StatusPage
      icon={ShieldX}
      code="403"
      title="You don't have access to this page"
      description="Your role in this workspace doesn't include this page. If you need it, ask an admin of the workspace to change your role."
    >
      <Button asChild>
        <Link href="/">Go to your workspace</Link>
      </Button>
    </StatusPage>
  );
}
