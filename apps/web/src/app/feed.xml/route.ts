import { feedResponse } from "@/lib/feed";
import { selectionRoute } from "@/lib/selection";

// Answers from the database and the request, never from a build-time copy.
export const dynamic = "force-dynamic";

/** GET /feed.xml?…: an Atom feed of the newest practices of a selection (same filters as the search), in English. */
export const GET = selectionRoute(feedResponse, "en");
