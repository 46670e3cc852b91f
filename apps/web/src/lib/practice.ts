import { getPublicPractice } from "@gp/db/practices";
import { cache } from "react";
import { readDb } from "./db";

/** One read per request, shared by the page and its metadata. */
export const loadPractice = cache((slug: string) => getPublicPractice(readDb(), slug));
