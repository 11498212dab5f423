import SwaggerParser from "@apidevtools/swagger-parser";
import { createHash } from "node:crypto";
import { readdirSync, readFileSync, statSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { documentUrl } from "./documents";

// The hashes the upstream notes publish (documents/README.md); a copy that drifts from them fails here.
const UPSTREAM_SHA256 = {
  "on24/on24-openapi.json": "4d448a70905f34a8a4b9abf2ad07d1152203c2277d773add0693d0a2c42d472c",
  "marketo/swagger-mapi.json": "eb7902ec7c35f2c87d721484af2e19230adab2a6127c1e06cd944c75ba76d659",
  "marketo/swagger-identity.json": "f888b2672b2367a4763c99616239b982c1425943a4ec70fdc85fd0368885c64f",
};

const sha256 = (relative: string) => createHash("sha256").update(readFileSync(documentUrl(relative))).digest("hex");

function listFiles(relativeDir: string): string[] {
  return readdirSync(documentUrl(relativeDir)).flatMap((name) => {
    const relative = relativeDir ? `${relativeDir}/${name}` : name;
    return statSync(documentUrl(relative)).isDirectory() ? listFiles(relative) : [relative];
  });
}

describe("document copies", () => {
  const manifest = new Map(
    readFileSync(documentUrl("SHA256SUMS"), "utf8").trim().split("\n").map((line) => {
      const [hash, file] = line.split(/\s+/);
      return [file, hash] as const;
    }),
  );

  it("are byte-for-byte the upstream API documents", () => {
    for (const [file, hash] of Object.entries(UPSTREAM_SHA256)) expect(sha256(file), file).toBe(hash);
  });

  it("match SHA256SUMS, which lists every copied file (the 53 ON24 examples and their index included)", () => {
    const copied = listFiles("").filter((f) => f !== "README.md" && f !== "SHA256SUMS").sort();
    expect(copied).toEqual([...manifest.keys()].sort());
    expect(copied.filter((f) => f.startsWith("on24/examples/") && f !== "on24/examples/_index.json")).toHaveLength(53);
    for (const [file, hash] of manifest) expect(sha256(file), file).toBe(hash);
  });
});

describe("Swagger Parser's verdict on the documents", () => {
  it("accepts swagger-identity.json", async () => {
    await expect(SwaggerParser.validate(documentUrl("marketo/swagger-identity.json").pathname)).resolves.toBeTruthy();
  });

  it("rejects swagger-mapi.json only for the known ObjectMetaData defect (required 'status', declared 'state')", async () => {
    await expect(SwaggerParser.validate(documentUrl("marketo/swagger-mapi.json").pathname)).rejects.toThrow(
      "Property 'status' listed as required but does not exist in '/definitions/ObjectMetaData'",
    );
  });

  it("rejects on24-openapi.json only for the three 200 responses without a description", async () => {
    const error = await SwaggerParser.validate(documentUrl("on24/on24-openapi.json").pathname).then(() => null, (e: Error) => e);
    const lines = (error?.message ?? "").split("\n").filter((line) => line.startsWith("  #"));
    const paths = new Set(lines.map((line) => line.trim().split(" ")[0]));
    expect(lines).toHaveLength(9); // per response: missing description, not a $ref, so matches no oneOf branch
    expect([...paths]).toEqual([
      "#/paths/~1client~1{clientId}~1customaccounttag/get/responses/200",
      "#/paths/~1client~1{clientId}~1event~1{eventId}~1vtt/delete/responses/200",
      "#/paths/~1client~1{clientId}~1eventprofile/get/responses/200",
    ]);
  });
});
