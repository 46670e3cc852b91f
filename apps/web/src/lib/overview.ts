import { collectionOverview, type LatestOptions } from "@gp/db/practices";
import { publicCache } from "./cache";
import { readDb } from "./db";
import { searchEngine } from "./engine";

/**
 * The whole collection's figures and, with `latest`, the latest awarded practices in a language by
 * the fallback rule (as the search lists them): from the search index when it is current, else SQL (cached).
 */
export const siteOverview = (latest?: LatestOptions) =>
  collectionOverview(readDb(), { engine: searchEngine(), cache: publicCache, latest });
