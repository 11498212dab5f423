import { chicagoDay } from "@/lib/marketo/quota-reset";
import type { SandboxInstance } from "./instance";
import { MESSAGES } from "./respond";

/**
 * Marketo's instance-wide limits, enforced on arrival: 10 calls in flight (615), 100 calls in a sliding
 * 20 s window (606) and a daily quota that resets at midnight US Central (607). Rejected calls are not
 * admitted, so they take no window slot; a call that is admitted holds a concurrency slot until it answers.
 */
export function admit(instance: SandboxInstance, now: number): { code: string; message: string } | null {
  const { rateLimit, maxConcurrent, dailyQuota } = instance.options;
  if (instance.inFlight >= maxConcurrent) return { code: "615", message: MESSAGES["615"] };
  instance.admitted = instance.admitted.filter((at) => at > now - rateLimit.windowMs);
  if (instance.admitted.length >= rateLimit.maxCalls) {
    return {
      code: "606",
      message: `Max rate limit '${rateLimit.maxCalls}' exceeded with in '${Math.round(rateLimit.windowMs / 1000)}' secs`,
    };
  }
  const day = chicagoDay(now);
  if (instance.daily.day !== day) instance.daily = { day, count: 0 };
  if (instance.daily.count >= dailyQuota) return { code: "607", message: MESSAGES["607"] };
  instance.admitted.push(now);
  instance.daily.count += 1;
  return null;
}
