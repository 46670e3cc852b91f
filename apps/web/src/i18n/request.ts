import { getRequestConfig } from "next-intl/server";
import { defaultLocale, isLocale } from "./routing";

// The messages of the request's language (the [locale] segment, set by the proxy). Unknown values
// cannot reach a page (the proxy rewrites unprefixed paths to English), but fall back all the same.
export default getRequestConfig(async ({ requestLocale }) => {
  const requested = await requestLocale;
  const locale = isLocale(requested) ? requested : defaultLocale;
  return { locale, messages: (await import(`../../messages/${locale}.json`)).default, timeZone: "UTC" };
});
