import { getLocale, getTranslations } from "next-intl/server";
import Link from "next/link";
import { localePath } from "@/i18n/paths";
import { isLocale } from "@/i18n/routing";

export default async function NotFound() {
  const [t, requested] = await Promise.all([getTranslations("notFound"), getLocale()]);
  const locale = isLocale(requested) ? requested : "en";
  return (
    <section className="gp-gone">
      <h1>{t("title")}</h1>
      <p>
        {t.rich("text", {
          search: (text) => <Link href={localePath(locale, "/practices")}>{text}</Link>,
          home: (text) => <Link href={localePath(locale, "/")}>{text}</Link>,
        })}
      </p>
    </section>
  );
}
