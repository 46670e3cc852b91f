import { Shell } from "@gp/ui/shell";
import type { ReactNode } from "react";
import type { Actor } from "@/lib/auth/guard";
import { SignOutButton } from "./sign-out-button";

const editorNav = [
  { href: "/", label: "Dashboard" },
  { href: "/practices", label: "Practices" },
  { href: "/topics", label: "Topics" },
  { href: "/duplicates", label: "Duplicates" },
  { href: "/imports", label: "Imports" },
  { href: "/audit", label: "Audit log" },
];

/** The admin page frame: navigation (Users for admins), the signed-in user and sign-out. */
export function AdminFrame({ actor, current, children }: { actor: Actor; current: string; children: ReactNode }) {
  const nav = actor.role === "admin" ? [...editorNav, { href: "/users", label: "Users" }] : editorNav;
  return (
    <Shell
      brand="Good Practices"
      tagline="Admin"
      tone="admin"
      nav={nav}
      current={current}
      aside={
        <>
          <span className="gp-admin-user">
            {actor.name ?? actor.email} <span className="gp-admin-role">{actor.role}</span>
          </span>
          <SignOutButton />
        </>
      }
    >
      {children}
    </Shell>
  );
}
