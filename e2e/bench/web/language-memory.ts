// What the search index holds in memory, and what one more language would add: a second text
// index over texts of the same size. Run against a filled database (e.g. the one bench:web fills):
//   BENCH_DATABASE_URL=postgres://… node --expose-gc --import tsx e2e/bench/web/language-memory.ts
import { createDb } from "@gp/db";
import { SearchEngine } from "@gp/db/search";
import { analysers } from "../../../packages/db/src/search/analyser";
import { TextIndex } from "../../../packages/db/src/search/text-index";
const db = createDb(process.env.BENCH_DATABASE_URL!, { max: 2 });
global.gc!();
const h0 = process.memoryUsage().heapUsed;
const engine = await SearchEngine.build(db);
global.gc!();
const h1 = process.memoryUsage().heapUsed;
// What one more language adds: a second text index over texts of the same size (here the same texts).
const extra = new TextIndex();
const a = analysers.en;
engine.store.rows.forEach((row, slot) => {
  if (row)
    extra.add(slot, [
      { terms: a.terms(row.title ?? ""), weight: 5 },
      { terms: [], weight: 2 },
      { terms: a.terms(row.summary), weight: 1 },
    ]);
});
extra.compact();
global.gc!();
const h2 = process.memoryUsage().heapUsed;
const summaries = engine.store.rows.reduce((n, r) => n + (r ? r.summary.length + (r.title?.length ?? 0) : 0), 0);
console.log(
  `index heap ${((h1 - h0) / 2 ** 20).toFixed(0)} MB; one more text index ${((h2 - h1) / 2 ** 20).toFixed(0)} MB; texts ${(summaries / 2 ** 20).toFixed(0)} M chars (x2 bytes if not one-byte strings)`,
);
await db.$client.end();
