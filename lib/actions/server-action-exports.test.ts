import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { findUnwrappedServerActions } from "./server-action-exports";

const ROOT = path.resolve(import.meta.dirname, "../..");
const SCANNED = ["app", "components", "lib"];

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(full);
    return /\.tsx?$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name) ? [full] : [];
  });
}

describe("every server action is built by the wrapper (STYLE.md §5)", () => {
  it("finds no unwrapped export in the project's \"use server\" files", () => {
    const problems = SCANNED.flatMap((dir) => sourceFiles(path.join(ROOT, dir))).flatMap((file) =>
      findUnwrappedServerActions(readFileSync(file, "utf8"), file).map((p) => `${path.relative(ROOT, file)}: ${p}`),
    );
    expect(problems).toEqual([]);
  });
});

describe("findUnwrappedServerActions", () => {
  it("accepts wrapped exports and type exports", () => {
    const source = `"use server";
      import { workspaceAction, userAction } from "@/lib/actions/safe-action";
      export type Result = { ok: boolean };
      export const invite = workspaceAction({ schema }, async () => {});
      export const switchTo = userAction({ schema }, async () => {});
      const helper = () => 1;`;
    expect(findUnwrappedServerActions(source, "actions.ts")).toEqual([]);
  });

  it("flags plain functions, unwrapped consts, re-exports and default exports", () => {
    const source = `'use server';
      export async function deleteAll() {}
      export const sneaky = async () => {};
      export { other } from "./other";
      export default async function () {}`;
    const problems = findUnwrappedServerActions(source, "actions.ts");
    expect(problems).toHaveLength(4);
    expect(problems.join("\n")).toMatch(/deleteAll/);
    expect(problems.join("\n")).toMatch(/sneaky/);
  });

  it("flags inline \"use server\" functions in any file", () => {
    const source = `export default function Page() {
      async function act() { "use server"; }
      return <form action={act} />;
    }`;
    expect(findUnwrappedServerActions(source, "page.tsx")).toHaveLength(1);
  });

  it("ignores files without the directive", () => {
    expect(findUnwrappedServerActions(`export async function helper() {}`, "lib.ts")).toEqual([]);
  });
});
