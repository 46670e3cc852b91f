// After `next build`: V8's compile hint at the top of every client script (see compile-hints.ts).
import { fileURLToPath } from "node:url";
import { addCompileHints } from "./compile-hints";

const chunks = fileURLToPath(new URL("../../.next/static/chunks", import.meta.url));
const { added, kept } = await addCompileHints(chunks);
console.log(`Compile hints: added to ${added} client scripts (${kept} had it).`);
