import { Shell } from "@gp/ui/shell";
import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { notFound } from "next/navigation";
import { type ReactNode, Suspense } from "react";
import { ErrorTexts } from "@/components/error-texts";
import { LanguageSwitcher } from "@/components/language-switcher";
import { languageName } from "@/i18n/names";
import { localePath } from "@/i18n/paths";
import { isLocale, type Locale, locales } from "@/i18n/routing";
import { dataLicense } from "@/lib/license";
import { siteOrigin } from "@/lib/site";

type Props = { children: ReactNode; params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale: isLocale(locale) ? locale : "en", namespace: "meta" });
  return {
    // hreflang alternates must be absolute addresses: each page's are resolved against this.
    metadataBase: new URL(siteOrigin()),
    title: { default: t("siteName"), template: `%s · ${t("siteName")}` },
    description: t("description"),
    alternates: { types: { "application/atom+xml": localePath(isLocale(locale) ? locale : "en", "/feed.xml") } },
    icons: { icon: { url: "/favicon.svg", type: "image/svg+xml" } },
  };
}

export default async function LocaleLayout({ children, params }: Props) {
  const { locale } = await params;
  if (!isLocale(locale)) notFound();
  setRequestLocale(locale);
  const t = await getTranslations("layout");
  const href = (path: string) => localePath(locale as Locale, path);
  return (
    <html lang={locale}>
      <body>
        <Shell
          brand={t("brand")}
          tagline={t("tagline")}
          brandHref={href("/")}
          skipLabel={t("skip")}
          navLabel={t("navLabel")}
          nav={[
            { href: href("/practices"), label: t("nav.search") },
            { href: href("/topics"), label: t("nav.topics") },
            { href: href("/countries"), label: t("nav.countries") },
          ]}
          aside={
            <Suspense>
              <LanguageSwitcher
                current={locale}
                label={t("languages")}
                languages={locales.map((l) => [l, languageName(l)])}
              />
            </Suspense>
          }
          footer={
            <div className="gp-footer-grid">
              <div>
                <p>{t("footer.about")}</p>
                <p className="gp-footer-license">
                  {t("footer.license")}{" "}
                  {dataLicense.url ? (
                    <a href={dataLicense.url}>{dataLicense.name}</a>
                  ) : (
                    <span lang="en">{`${dataLicense.name}.`}</span>
                  )}
                </p>
              </div>
              <ul className="gp-footer-links" aria-label={t("footer.openData")}>
                <li>
                  <a href={`/download/practices.csv${locale === "en" ? "" : `?lang=${locale}`}`}>{t("footer.csv")}</a>
                </li>
                <li>
                  <a href={`/download/practices.json${locale === "en" ? "" : `?lang=${locale}`}`}>{t("footer.json")}</a>
                </li>
                <li>
                  <a href="/api/openapi.json">{t("footer.api")}</a>
                </li>
                <li>
                  <a href={href("/feed.xml")}>{t("footer.feed")}</a>
                </li>
              </ul>
            </div>
          }
        >
          <ErrorTexts texts={{ heading: t("error.heading"), text: t("error.text"), again: t("error.again") }}>
            {children}
          </ErrorTexts>
        </Shell>
      </body>
    </html>
  );
}
