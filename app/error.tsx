"use client";

import Link from "next/link";
import { TriangleAlert } from "lucide-react";
import { Button } from "@/components/ui/button";
import { StatusPage } from "./status-page";

/** Unexpected server or render errors. The digest lets support find the server log line; no details leak. */
export default function ErrorPage({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <StatusPage
      icon={TriangleAlert}
      code="Error"
      title="Something went wrong"
      description={`This page could not be shown. Try again in a moment; if it keeps happening, contact support${error.digest ? ` and mention reference ${error.digest}` : ""}.`}
    >
      <Button onClick={reset}>Try again</Button>
      <Button variant="secondary" asChild>
        <Link href="/">Go to your workspace</Link>
      </Button>
    </StatusPage>
  );
}
