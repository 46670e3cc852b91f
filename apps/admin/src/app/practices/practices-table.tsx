"use client";

import type { PracticeListRow } from "@gp/db/curation";
import { SelectOptions } from "@gp/ui/form";
import { type ColumnDef, DataTable, type TableState, useDataTable } from "@gp/ui/table";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import type { TopicOption } from "@/components/topic-checkboxes";
import { statusLabels } from "@/lib/labels";
import { idle, type FormState } from "@/lib/form-state";
import { bulkUpdate } from "./actions";

const columns: ColumnDef<PracticeListRow>[] = [
  {
    id: "title",
    header: "Title",
    cell: ({ row }) => (
      <>
        <Link href={`/practices/${row.original.id}`} className="gp-row-title">
          {row.original.title}
        </Link>
        {row.original.titleDerived ? (
          <span className="gp-badge gp-badge--small" data-tone="warning" title="No editor has set a title yet">
            derived
          </span>
        ) : null}
      </>
    ),
  },
  { id: "institution", header: "Institution", cell: ({ row }) => row.original.institution },
  { id: "country", header: "Country", cell: ({ row }) => row.original.country },
  {
    id: "implementationYear",
    header: "Implemented",
    meta: { numeric: true, descFirst: true },
    cell: ({ row }) => row.original.implementationYear ?? "–",
  },
  {
    id: "awardYear",
    header: "Award",
    meta: { numeric: true, descFirst: true },
    cell: ({ row }) => row.original.awardYear ?? "–",
  },
  {
    id: "topics",
    header: "Topics",
    enableSorting: false,
    cell: ({ row }) =>
      row.original.topics.length ? row.original.topics.join(", ") : <span className="gp-muted">none</span>,
  },
  {
    id: "status",
    header: "Status",
    cell: ({ row }) => (
      <span className="gp-status" data-status={row.original.status}>
        {statusLabels[row.original.status]}
      </span>
    ),
  },
  {
    id: "updatedAt",
    header: "Updated",
    meta: { descFirst: true },
    cell: ({ row }) => new Date(row.original.updatedAt).toISOString().slice(0, 10),
  },
];

const withdrawForm = "bulk-withdraw";

/** The practices table: server-side paging and sorting, and bulk actions on the selected rows. */
export function PracticesTable({
  rows,
  total,
  state,
  topics,
}: {
  rows: PracticeListRow[];
  total: number;
  state: TableState;
  topics: TopicOption[];
}) {
  const controller = useDataTable({
    data: rows,
    columns,
    rowCount: total,
    state,
    getRowId: (row) => String(row.id),
    enableRowSelection: true,
  });
  const router = useRouter();
  const [topicId, setTopicId] = useState("");
  const [result, setResult] = useState<FormState | null>(null);
  const [pending, startTransition] = useTransition();
  const selected = controller.selectedIds.map(Number);

  const run = (operation: Record<string, string | number>) =>
    startTransition(async () => {
      const form = new FormData();
      for (const id of selected) form.append("ids", String(id));
      for (const [name, value] of Object.entries(operation)) form.set(name, String(value));
      const outcome = await bulkUpdate(idle, form);
      setResult(outcome);
      if (outcome.status === "ok") {
        controller.clearSelection();
        router.refresh();
      }
    });

  const toolbar = (
    <div className="gp-bulk" role="group" aria-label="Bulk actions">
      <span className="gp-bulk__count" aria-live="polite">
        {selected.length ? `${selected.length} selected` : "Select practices to act on several at once"}
      </span>
      <label className="gp-bulk__topic">
        <span className="gp-visually-hidden">Topic for bulk action</span>
        <select className="gp-select" value={topicId} onChange={(event) => setTopicId(event.target.value)}>
          <option value="">Choose a topic…</option>
          <SelectOptions options={topics.map((t) => ({ value: t.id, label: t.label }))} />
        </select>
      </label>
      <button
        type="button"
        className="gp-button"
        data-variant="secondary"
        disabled={!selected.length || !topicId || pending}
        onClick={() => run({ kind: "addTopic", topicId: Number(topicId) })}
      >
        Add topic
      </button>
      <button
        type="button"
        className="gp-button"
        data-variant="secondary"
        disabled={!selected.length || !topicId || pending}
        onClick={() => run({ kind: "removeTopic", topicId: Number(topicId) })}
      >
        Remove topic
      </button>
      <button
        type="button"
        className="gp-button"
        data-variant="secondary"
        disabled={!selected.length || pending}
        onClick={() => run({ kind: "setStatus", status: "published" })}
      >
        Publish
      </button>
      {/* Withdrawing is confirmed on its own page first: a GET of the selection, which changes nothing. */}
      <button type="submit" form={withdrawForm} className="gp-button" data-variant="danger" disabled={pending}>
        Withdraw…
      </button>
      {selected.length ? (
        <button type="button" className="gp-link-button" onClick={controller.clearSelection}>
          Clear selection
        </button>
      ) : null}
    </div>
  );

  return (
    <>
      <div aria-live="polite">
        {result ? (
          <p
            className="gp-alert"
            data-tone={result.status === "ok" ? "success" : "error"}
            role={result.status === "ok" ? "status" : "alert"}
          >
            {result.message}
          </p>
        ) : null}
      </div>
      <form id={withdrawForm} method="get" action="/practices/withdraw" hidden />
      <DataTable
        controller={controller}
        selectionField={{ form: withdrawForm, name: "ids" }}
        caption="Practices"
        rowLabel={(row) => row.title}
        toolbar={toolbar}
        empty="No practice matches these filters."
      />
    </>
  );
}
