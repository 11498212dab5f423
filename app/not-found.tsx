import type { Metadata } from "next";
import Link from "next/link";
import { Compass } from "lucide-react";
import { Button } from "@/components/ui/button";
import { StatusPage } from "./status-page";

export const metadata: Metadata = { title: "Page not found" };

export default function NotFound() {
  return (
    <StatusPage
      icon={Compass}
      code="404"
      title="We couldn't find that page"
      description="The link may be old, or the page may belong to a workspace you're not using right now."
    >
      <Button asChild>
        <Link href="/">Go to your workspace</Link>
      </Button>
    </StatusPage>
  );
}
