import { readyEngine } from "@gp/db/search";
import { readDb } from "./db";

/** The public search's in-process index over the database the site reads; undefined while it builds. */
export const searchEngine = () => readyEngine(readDb());
