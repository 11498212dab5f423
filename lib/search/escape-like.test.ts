import { PGlite } from "@electric-sql/pglite";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { containsPattern, escapeLike, prefixPattern } from "./escape-like";

describe("escapeLike", () => {
  it("escapes the two wildcards and the escape character itself", () => {
    expect(escapeLike("50%_off")).toBe("50\\%\\_off");
    expect(escapeLike("a\\b")).toBe("a\\\\b");
    expect(escapeLike("plain text@example.com")).toBe("plain text@example.com");
  });

  it("builds contains and prefix patterns", () => {
    expect(containsPattern("a_b")).toBe("%a\\_b%");
    expect(prefixPattern("100%")).toBe("100\\%%");
  });
});

// The patterns are only right if PostgreSQL reads them the way we mean: check against a real engine.
describe("escaped patterns in PostgreSQL", () => {
  let pg: PGlite;
  const VALUES = ["50%_off", "50xyoff", "a_b", "axb", "back\\slash", "backslash", "%"];

  beforeAll(async () => {
    pg = await PGlite.create("memory://");
    await pg.exec("create table t (v text)");
    for (const v of VALUES) await pg.query("insert into t values ($1)", [v]);
  });
  afterAll(() => pg.close());

  async function matches(pattern: string): Promise<string[]> {
    const { rows } = await pg.query<{ v: string }>("select v from t where v ilike $1 order by v", [pattern]);
    return rows.map((r) => r.v);
  }

  it("matches wildcards only literally", async () => {
    expect(await matches(containsPattern("50%_"))).toEqual(["50%_off"]);
    expect(await matches(containsPattern("a_b"))).toEqual(["a_b"]);
    expect(await matches(containsPattern("%"))).toEqual(["%", "50%_off"]);
  });

  it("matches a backslash literally", async () => {
    expect(await matches(containsPattern("k\\s"))).toEqual(["back\\slash"]);
  });

  it("anchors prefix patterns at the start", async () => {
    expect(await matches(prefixPattern("A_"))).toEqual(["a_b"]);
    expect(await matches(prefixPattern("_b"))).toEqual([]);
  });
});
