import { getDb } from "@gp/db/client";
import { topicOptions, topicTree, type TopicNode } from "@gp/db/topics";
import { missingNames, regionList, type TranslatedName, translatedNames } from "@gp/db/translations";
import { SelectField } from "@gp/ui/form";
import type { Metadata } from "next";
import Link from "next/link";
import { ActionForm } from "@/components/action-form";
import { AdminFrame } from "@/components/admin-frame";
import { missingLanguages, NameTranslationsForm } from "@/components/name-translations";
import { requirePage } from "@/lib/auth/guard";
import { plural } from "@/lib/labels";
import { translationLanguageNames } from "@/lib/translation-form";
import { createTopicAction, deleteTopicAction, mergeTopicAction, moveTopicAction, renameTopicAction } from "./actions";
import { RegionNames } from "./region-names";

export const metadata: Metadata = { title: "Topics" };

type Option = { id: number; label: string };
const choices = (options: Option[]) => options.map((o) => ({ value: o.id, label: o.label }));

function descendants(node: TopicNode): Set<number> {
  const ids = new Set<number>([node.id]);
  for (const child of node.children) for (const id of descendants(child)) ids.add(id);
  return ids;
}

function TopicItem({ node, options, names }: { node: TopicNode; options: Option[]; names: TranslatedName[] }) {
  const below = descendants(node);
  const missing = missingLanguages(node.id, names);
  const parents = options.filter((o) => !below.has(o.id));
  const others = options.filter((o) => o.id !== node.id);
  return (
    <li className="gp-topic">
      <div className="gp-topic__row">
        <span className="gp-topic__name">{node.name}</span>
        <Link
          href={`/practices?topic=${node.id}`}
          className="gp-badge"
          aria-label={`${plural(node.practices, "practice")} tagged ${node.name}`}
        >
          {node.practices}
        </Link>
        {node.aliases.length ? <span className="gp-topic__aliases">also: {node.aliases.join("; ")}</span> : null}
        {missing.length ? (
          <span className="gp-badge" data-tone="warning">
            missing: {missing.join(", ")}
          </span>
        ) : null}
        <details className="gp-topic__edit">
          <summary>
            Edit<span className="gp-visually-hidden"> {node.name}</span>
          </summary>
          <div className="gp-topic__panel">
            <ActionForm action={renameTopicAction} hidden={{ id: node.id }} submitLabel="Rename" variant="secondary">
              <div className="gp-field">
                <label htmlFor={`rename-${node.id}`}>New name</label>
                <input
                  className="gp-input"
                  id={`rename-${node.id}`}
                  name="name"
                  defaultValue={node.name}
                  required
                  maxLength={120}
                />
              </div>
            </ActionForm>
            <NameTranslationsForm kind="topic" id={node.id} label="Name" names={names} />
            <ActionForm action={moveTopicAction} hidden={{ id: node.id }} submitLabel="Move" variant="secondary">
              <SelectField
                id={`move-${node.id}`}
                name="parentId"
                label="Under"
                empty="(top level)"
                options={choices(parents)}
                defaultValue={node.parentId}
              />
            </ActionForm>
            <ActionForm
              action={mergeTopicAction}
              hidden={{ fromId: node.id }}
              submitLabel="Merge"
              variant="secondary"
              confirmText={`Merge “${node.name}” into the chosen topic? Its practices are re-tagged and “${node.name}” is deleted (its name stays as an alias).`}
            >
              <SelectField
                id={`merge-${node.id}`}
                name="intoId"
                label="Merge into"
                empty="Choose the topic to keep…"
                emptyDisabled
                required
                options={choices(others)}
              />
            </ActionForm>
            {node.practices === 0 ? (
              <ActionForm
                action={deleteTopicAction}
                hidden={{ id: node.id }}
                submitLabel="Delete this unused topic"
                variant="danger"
                confirmText={`Delete “${node.name}”?`}
              />
            ) : (
              <p className="gp-muted">In use, so it cannot be deleted; merge it into another topic instead.</p>
            )}
          </div>
        </details>
      </div>
      {node.children.length ? (
        <ul>
          {node.children.map((child) => (
            <TopicItem key={child.id} node={child} options={options} names={names} />
          ))}
        </ul>
      ) : null}
    </li>
  );
}

export default async function TopicsPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const actor = await requirePage();
  const db = getDb();
  const [tree, options, names, missing, regions, regionNames] = await Promise.all([
    topicTree(db),
    topicOptions(db),
    translatedNames(db, "topic"),
    missingNames(db, "topic"),
    regionList(db),
    translatedNames(db, "region"),
  ]);
  const query = await searchParams;
  const retagged = typeof query.merged === "string" && /^\d{1,9}$/.test(query.merged) ? Number(query.merged) : null;
  const into = options.find((o) => String(o.id) === query.into);
  return (
    <AdminFrame actor={actor} current="/topics">
      <h1>Topics</h1>
      <p className="gp-lede">
        The topic tree with the number of practices tagged with each topic. Renaming or merging keeps the old name as an
        alias, so later imports map it to the topic kept here.
      </p>
      <p id="topic-names-missing">
        Names still missing:{" "}
        {(["fr", "de", "es"] as const).map((l) => `${translationLanguageNames[l]} ${missing[l]}`).join(", ")}.
      </p>
      {retagged !== null ? (
        <p className="gp-alert" data-tone="success" role="status">
          Merged{into ? ` into “${into.name}”` : ""}: {plural(retagged, "practice")} re-tagged; the old name now maps to
          the kept topic, so imports use it too.
        </p>
      ) : null}
      {query.deleted === "1" ? (
        <p className="gp-alert" data-tone="success" role="status">
          The topic was deleted.
        </p>
      ) : null}
      <section className="gp-card" aria-labelledby="new-topic">
        <h2 id="new-topic">New topic</h2>
        <ActionForm action={createTopicAction} submitLabel="Create topic">
          <div className="gp-field">
            <label htmlFor="new-topic-name">Name</label>
            <input className="gp-input" id="new-topic-name" name="name" required maxLength={120} />
          </div>
          <SelectField
            id="new-topic-parent"
            name="parentId"
            label="Under"
            empty="(top level)"
            options={choices(options)}
          />
        </ActionForm>
      </section>
      <section className="gp-section" aria-labelledby="tree-title">
        <h2 id="tree-title">{plural(options.length, "topic")}</h2>
        <ul className="gp-tree">
          {tree.map((node) => (
            <TopicItem key={node.id} node={node} options={options} names={names} />
          ))}
        </ul>
      </section>
      <RegionNames regions={regions} names={regionNames} />
    </AdminFrame>
  );
}
