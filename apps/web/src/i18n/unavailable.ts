import type { UnavailableTexts } from "@gp/ui/unavailable";
import de from "../../messages/de.json";
import en from "../../messages/en.json";
import es from "../../messages/es.json";
import fr from "../../messages/fr.json";
import type { Locale } from "./routing";

const messages = { en, fr, de, es };

/** The 503 page's words in a language: the proxy answers it without rendering the app. */
export function unavailableTexts(locale: Locale): UnavailableTexts {
  const { unavailable, meta } = messages[locale];
  return { lang: locale, title: meta.siteName, ...unavailable };
}
