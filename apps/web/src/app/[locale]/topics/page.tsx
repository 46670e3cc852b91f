import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { TopicTree } from "@/components/topic-tree";
import { alternates } from "@/i18n/paths";
import { loadNamer } from "@/lib/localized-names";
import { siteOverview } from "@/lib/overview";
import { pageLocale } from "@/lib/page-locale";

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await pageLocale(params);
  const t = await getTranslations({ locale, namespace: "browse" });
  return { title: t("topicsTitle"), alternates: alternates(locale, "/topics") };
}

export default async function TopicsPage({ params }: Props) {
  const locale = await pageLocale(params);
  const [{ topics }, namer, t] = await Promise.all([siteOverview(), loadNamer(locale), getTranslations("browse")]);
  return (
    <div className="gp-browse">
      <h1>{t("topicsTitle")}</h1>
      <p className="gp-lead">{t("topicsLead")}</p>
      {topics.length ? (
        <TopicTree topics={topics} headingLevel={2} locale={locale} namer={namer} />
      ) : (
        <p className="gp-muted">{t("noTopics")}</p>
      )}
    </div>
  );
}
