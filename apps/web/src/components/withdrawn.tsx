import { useLocale, useTranslations } from "next-intl";
import Link from "next/link";
import { localePath } from "@/i18n/paths";
import { isLocale } from "@/i18n/routing";

/** The page of a withdrawn practice (answered with 410 Gone). */
export function Withdrawn({ title }: { title: string }) {
  const t = useTranslations("withdrawn");
  const current = useLocale();
  const locale = isLocale(current) ? current : "en";
  return (
    <section className="gp-gone">
      <h1>{t("title")}</h1>
      <p>
        {t.rich("text", {
          title,
          link: (text) => <Link href={localePath(locale, "/practices")}>{text}</Link>,
        })}
      </p>
    </section>
  );
}
