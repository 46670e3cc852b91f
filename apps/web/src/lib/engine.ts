import { readyEngine } from "@gp/db/search";
import { webEnv } from "@/env";
import { readDb } from "./db";

/**
 * The public search's in-process index over the database the site reads; undefined while it builds
 * (SQL answers meanwhile, with the same results), or always when SEARCH_INDEX is "off".
 */
export const searchEngine = () => (webEnv.SEARCH_INDEX === "on" ? readyEngine(readDb()) : undefined);
