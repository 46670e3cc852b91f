import { headers } from "next/headers";
import { env } from "@/env";
import { requestedOrigin } from "./same-origin";

/** The admin app's own origin: NEXTAUTH_URL's when set, else the one this request was sent to. */
export async function appOrigin(): Promise<string> {
  const configured = env().NEXTAUTH_URL;
  if (configured) return new URL(configured).origin;
  return requestedOrigin(await headers()) ?? "http://localhost";
}
