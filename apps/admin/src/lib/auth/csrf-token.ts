import { headers } from "next/headers";
import { csrfHeader } from "./csrf";

/** next-auth's CSRF token for this page's forms (sign-in, sign-out), as the proxy handed it on. */
export async function pageCsrfToken(): Promise<string> {
  return (await headers()).get(csrfHeader) ?? "";
}
