import { readFileSync } from "node:fs";

// The copies live beside this module so the checks never depend on ../shared (see documents/README.md).
const DOCUMENTS_DIR = new URL("./documents/", import.meta.url);

const cache = new Map<string, unknown>();

/** Parses one document under lib/contracts/documents once; later calls share the parsed object (never mutate it). */
export function readDocument(relativePath: string): unknown {
  if (!cache.has(relativePath)) {
    cache.set(relativePath, JSON.parse(readFileSync(new URL(relativePath, DOCUMENTS_DIR), "utf8")));
  }
  return cache.get(relativePath);
}

export function documentUrl(relativePath: string): URL {
  return new URL(relativePath, DOCUMENTS_DIR);
}
