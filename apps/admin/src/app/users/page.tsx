import { minPasswordLength } from "@gp/db/auth";
import { getDb } from "@gp/db/client";
import { listUsers } from "@gp/db/users";
import { parseTableState } from "@gp/ui/table/server";
import type { Metadata } from "next";
import { AdminFrame } from "@/components/admin-frame";
import { requirePage } from "@/lib/auth/guard";
import { CreateUserForm } from "./create-user-form";
import { UsersTable } from "./users-table";

export const metadata: Metadata = { title: "Users" };

const sorts = ["email", "role", "createdAt", "lastSignInAt"] as const;

export default async function UsersPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const actor = await requirePage("admin");
  const table = parseTableState(await searchParams, { sorts, defaultSort: { id: "email", desc: false } });
  const page = await listUsers(getDb(), {
    page: table.page,
    pageSize: table.pageSize,
    sort: (table.sort ?? "email") as (typeof sorts)[number],
    desc: table.desc,
  });
  return (
    <AdminFrame actor={actor} current="/users">
      <h1>Users</h1>
      <p className="gp-lede">
        Editors curate; admins also manage users. Disabling a user or resetting a password ends their sessions at once.
      </p>
      <UsersTable
        rows={page.rows.map((u) => ({
          ...u,
          createdAt: u.createdAt.toISOString(),
          lastSignInAt: u.lastSignInAt?.toISOString() ?? null,
          disabledAt: u.disabledAt?.toISOString() ?? null,
        }))}
        total={page.total}
        state={table}
      />
      <section className="gp-card gp-section" aria-labelledby="new-user">
        <h2 id="new-user">New user</h2>
        <CreateUserForm minPasswordLength={minPasswordLength} />
      </section>
    </AdminFrame>
  );
}
