"use client";

import { useEffect } from "react";
import { useRouter } from "next/navigation";

/** Often enough to watch a run move, rarely enough to cost nothing. */
const REFRESH_MS = 3_000;

/** While `active`, re-renders the server page every few seconds (a queued or running process). */
export function LiveRefresh({ active }: { active: boolean }) {
  const router = useRouter();
  useEffect(() => {
    if (!active) return;
    const timer = setInterval(() => router.refresh(), REFRESH_MS);
    return () => clearInterval(timer);
  }, [active, router]);
  return null;
}
