import type { FieldChange, ListChange } from "@/lib/practice-changes";

/** Items of a list change, each marked as inserted or deleted; "none" when there are none. */
function Items({ items, as: Tag }: { items: string[]; as: "ins" | "del" }) {
  if (items.length === 0) return <span className="gp-muted">none</span>;
  return items.map((item, i) => (
    <span key={item}>
      {i ? ", " : ""}
      <Tag className="gp-diff">{item}</Tag>
    </span>
  ));
}

function ListCell({ list }: { list: ListChange }) {
  return (
    <td colSpan={2} className="gp-list-change">
      <span>
        Added: <Items items={list.added} as="ins" />.
      </span>{" "}
      <span>
        Removed: <Items items={list.removed} as="del" />.
      </span>{" "}
      {list.kept ? <span className="gp-muted">{list.kept} kept.</span> : null}
    </td>
  );
}

/**
 * A history event's changes, before and after. A list-valued field (topics) is shown as what was
 * added and what was removed, not as a whole old list struck through and a whole new one highlighted.
 */
export function ChangeTable({ changes }: { changes: FieldChange[] }) {
  return (
    <table className="gp-diff-table">
      <thead>
        <tr>
          <th scope="col">Field</th>
          <th scope="col">Before</th>
          <th scope="col">After</th>
        </tr>
      </thead>
      <tbody>
        {changes.map((c) => (
          <tr key={c.field}>
            <th scope="row">{c.label}</th>
            {c.list ? (
              <ListCell list={c.list} />
            ) : (
              <>
                <td>
                  <del className="gp-diff">{c.from}</del>
                </td>
                <td>
                  <ins className="gp-diff">{c.to}</ins>
                </td>
              </>
            )}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
