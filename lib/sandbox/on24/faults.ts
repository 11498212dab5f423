/**
 * Faults a test (or support, reproducing a customer's problem) can inject into the simulated ON24.
 * Each rule applies to the next `times` matching requests (default 1; Infinity for "from now on").
 */
export type On24SandboxFault =
  /** Answers late (the request still succeeds unless another rule applies). */
  | { type: "latency"; ms: number }
  /** Answers with this status and ON24's error body, e.g. 500, 503, or 403 with a message. */
  | { type: "status"; status: number; message?: string }
  /** Never answers; the request hangs until the client gives up (aborts). */
  | { type: "timeout" }
  /** HTTP 200 with a body that is not valid JSON. */
  | { type: "malformed" }
  /** After `afterCalls` matching calls have gone through, ON24's call limit: 403 (default) or 429. */
  | { type: "throttle"; afterCalls?: number; status?: 403 | 429 };

export type On24SandboxFaultRule = On24SandboxFault & {
  /** Only requests whose path (below /v2) contains this text. */
  match?: string;
  times?: number;
};

type ActiveRule = On24SandboxFaultRule & { remaining: number; seen: number };

export type FaultDecision = { latencyMs: number; fault?: Exclude<On24SandboxFault, { type: "latency" }> };

export class FaultQueue {
  private rules: ActiveRule[] = [];

  add(rule: On24SandboxFaultRule): void {
    this.rules.push({ ...rule, remaining: rule.times ?? 1, seen: 0 });
  }

  clear(): void {
    this.rules = [];
  }

  get pending(): number {
    return this.rules.length;
  }

  /** Consumes the rules that apply to this request: all matching latency, then the first other fault. */
  decide(path: string): FaultDecision {
    let latencyMs = 0;
    let fault: FaultDecision["fault"];
    for (const rule of this.rules) {
      if (rule.match && !path.includes(rule.match)) continue;
      if (rule.type === "latency") {
        latencyMs += rule.ms;
        rule.remaining--;
        continue;
      }
      if (fault) continue;
      if (rule.type === "throttle" && rule.seen++ < (rule.afterCalls ?? 0)) continue;
      fault = stripRule(rule);
      rule.remaining--;
    }
    this.rules = this.rules.filter((r) => r.remaining > 0);
    return { latencyMs, fault };
  }
}

function stripRule(rule: ActiveRule): FaultDecision["fault"] {
  switch (rule.type) {
    case "status":
      return { type: "status", status: rule.status, message: rule.message };
    case "throttle":
      return { type: "throttle", status: rule.status };
    case "timeout":
      return { type: "timeout" };
    default:
      return { type: "malformed" };
  }
}
