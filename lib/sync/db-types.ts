import type { Db } from "@/db";

/** A transaction handle of the application's database (same query API as Db). */
export type Tx = Parameters<Parameters<Db["transaction"]>[0]>[0];
export type DbOrTx = Db | Tx;
