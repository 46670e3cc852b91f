import { webEnv } from "@/env";

/** The licence of the data the site publishes (DATA_LICENSE_NAME, DATA_LICENSE_URL). */
export interface DataLicense {
  name: string;
  url: string | null;
}

export const dataLicense: DataLicense = { name: webEnv.DATA_LICENSE_NAME, url: webEnv.DATA_LICENSE_URL ?? null };

/**
 * The licence as the downloads carry it: a CSV has no place for it and the JSON download is a bare
 * array (a wrapper would break its readers), so it travels in headers. `X-Data-License` names it
 * (also while it is "not yet stated"); with a URL, a `Link` with rel="license" (RFC 4946) points to it.
 */
export function licenseHeaders(license: DataLicense = dataLicense): Record<string, string> {
  const headers: Record<string, string> = { "X-Data-License": license.name };
  if (license.url) headers.Link = `<${license.url}>; rel="license"; title="${license.name.replace(/["\\]/g, "")}"`;
  return headers;
}
