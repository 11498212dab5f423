import type { Operation } from "./openapi-operations";

export type PathMatch<T extends Operation = Operation> = { template: string; params: Record<string, string>; operations: T[] };

type CompiledTemplate<T> = { template: string; regex: RegExp; names: string[]; paramCount: number; operations: T[] };

/**
 * Matches a request path to one of a document's path templates. `prefix` is a regex source for whatever may
 * stand before the document's paths (a host's base path, a sandbox mount; non-capturing groups only). When several
 * templates match, the one with the shortest prefix wins, then the one with the fewest parameters, so
 * `/customobjects/schema.json` beats `/customobjects/{name}.json`.
 */
export function createPathMatcher<T extends Operation>(operations: T[], prefix: string): (pathname: string) => PathMatch<T> | undefined {
  const byTemplate = new Map<string, T[]>();
  for (const op of operations) byTemplate.set(op.template, [...(byTemplate.get(op.template) ?? []), op]);
  const compiled: CompiledTemplate<T>[] = [...byTemplate].map(([template, ops]) => compile(template, ops, prefix));
  return (pathname) => {
    let best: { t: CompiledTemplate<T>; m: RegExpExecArray } | undefined;
    for (const t of compiled) {
      const m = t.regex.exec(pathname);
      if (m && (!best || rank(t, m) < rank(best.t, best.m))) best = { t, m };
    }
    if (!best) return undefined;
    const { t, m } = best;
    const params = Object.fromEntries(t.names.map((name, i) => [name, safeDecode(m[i + 2])]));
    return { template: t.template, params, operations: t.operations };
  };
}

function compile<T>(template: string, operations: T[], prefix: string): CompiledTemplate<T> {
  const names: string[] = [];
  const body = template
    .split(/(\{[^}]+\})/)
    .map((part) => {
      if (part.startsWith("{") && part.endsWith("}")) {
        names.push(part.slice(1, -1));
        return "([^/]+)";
      }
      return part.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
    })
    .join("");
  return { template, regex: new RegExp(`^(${prefix})${body}$`), names, paramCount: names.length, operations };
}

// Lower is better: prefix length first, parameter count second (templates have far fewer than 1000 parameters).
function rank(t: CompiledTemplate<unknown>, m: RegExpExecArray): number {
  return m[1].length * 1000 + t.paramCount;
}

function safeDecode(value: string): string {
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
}
