import { minPasswordLength } from "@gp/db/auth";
import { getDb } from "@gp/db/client";
import { getUser } from "@gp/db/users";
import { SelectField } from "@gp/ui/form";
import type { Metadata } from "next";
import Link from "next/link";
import { ActionForm } from "@/components/action-form";
import { AdminFrame } from "@/components/admin-frame";
import { requirePage } from "@/lib/auth/guard";
import { loadById } from "@/lib/page-id";
import { formatDateTime, roleOptions } from "@/lib/labels";
import { disableUserAction, enableUserAction, resetPasswordAction, setRoleAction } from "../actions";

export const metadata: Metadata = { title: "User" };

export default async function UserPage({ params }: { params: Promise<{ id: string }> }) {
  const actor = await requirePage("admin");
  const user = await loadById(params, (id) => getUser(getDb(), id));
  const self = user.id === actor.id;
  return (
    <AdminFrame actor={actor} current="/users">
      <nav aria-label="Breadcrumb" className="gp-breadcrumb">
        <Link href="/users">Users</Link> › <span aria-current="page">{user.email}</span>
      </nav>
      <h1 className="gp-page-title">{user.email}</h1>
      <dl className="gp-facts gp-card">
        <dt>Name</dt>
        <dd>{user.name ?? "—"}</dd>
        <dt>Role</dt>
        <dd>{user.role}</dd>
        <dt>State</dt>
        <dd>{user.disabledAt ? `Disabled since ${formatDateTime(user.disabledAt)}` : "Active"}</dd>
        <dt>Last sign-in</dt>
        <dd>{user.lastSignInAt ? formatDateTime(user.lastSignInAt) : "Never"}</dd>
        <dt>Created</dt>
        <dd>{formatDateTime(user.createdAt)}</dd>
      </dl>
      <section className="gp-card gp-section" aria-labelledby="role-title">
        <h2 id="role-title">Role</h2>
        <ActionForm action={setRoleAction} hidden={{ id: user.id }} submitLabel="Change role" variant="secondary">
          <SelectField id="role" label="Role" options={roleOptions} defaultValue={user.role} />
        </ActionForm>
      </section>
      <section className="gp-card gp-section" aria-labelledby="password-title">
        <h2 id="password-title">Reset password</h2>
        <ActionForm
          action={resetPasswordAction}
          hidden={{ id: user.id }}
          submitLabel="Set this password"
          variant="secondary"
        >
          <div className="gp-field">
            <label htmlFor="password">New password (at least {minPasswordLength} characters)</label>
            <input
              className="gp-input"
              id="password"
              name="password"
              type="password"
              autoComplete="new-password"
              required
              minLength={minPasswordLength}
            />
          </div>
        </ActionForm>
      </section>
      <section className="gp-card gp-section" aria-labelledby="access-title">
        <h2 id="access-title">Access</h2>
        {self ? (
          <p className="gp-muted">This is your own account; another admin can disable it.</p>
        ) : user.disabledAt ? (
          <ActionForm
            action={enableUserAction}
            hidden={{ id: user.id }}
            submitLabel="Enable this user"
            variant="secondary"
          />
        ) : (
          <ActionForm
            action={disableUserAction}
            hidden={{ id: user.id }}
            submitLabel="Disable this user"
            variant="danger"
            confirmText={`Disable ${user.email}? Their sessions end at once.`}
          />
        )}
      </section>
    </AdminFrame>
  );
}
