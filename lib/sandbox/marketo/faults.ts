/**
 * Faults a test (or support, reproducing a customer's problem) can inject into a simulated instance.
 * Each rule applies to the next `times` matching requests (default 1; Infinity for "from now on").
 */

export type SandboxFault =
  | { kind: "latency"; ms: number } // extra processing time (keeps a concurrency slot busy)
  | { kind: "http-error"; status: number; body?: string } // e.g. 502 from the gateway; nothing is executed
  | { kind: "timeout"; holdMs?: number } // hold the request (default 120 s), then answer 604
  | { kind: "malformed-json" } // execute the call, then send a cut-off JSON body
  | { kind: "error-code"; code: string; message?: string } // answer success:false with this code, not executed
  | { kind: "token-expired" } // the caller's token expires now: 602
  | { kind: "token-invalid" }; // the caller's token is forgotten: 601

export type FaultRule = SandboxFault & {
  /** Matches when the API path (e.g. /rest/v1/leads.json) contains this string or matches this pattern. */
  path?: string | RegExp;
  method?: "GET" | "POST";
  times?: number;
};

/** Removes and returns the faults that apply to this request (one use each). */
export function takeFaults(rules: FaultRule[], method: string, path: string): SandboxFault[] {
  const taken: SandboxFault[] = [];
  for (const rule of [...rules]) {
    if (rule.method && rule.method !== method) continue;
    if (rule.path !== undefined && !(typeof rule.path === "string" ? path.includes(rule.path) : rule.path.test(path))) continue;
    taken.push(rule);
    const remaining = (rule.times ?? 1) - 1;
    if (remaining <= 0) rules.splice(rules.indexOf(rule), 1);
    else rule.times = remaining;
  }
  return taken;
}
