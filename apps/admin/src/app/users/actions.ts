"use server";

import { minPasswordLength } from "@gp/db/auth";
import { getDb } from "@gp/db/client";
import { createUser, disableUser, enableUser, resetPassword, roles, setUserRole, UserError } from "@gp/db/users";
import { z } from "zod";
import { adminAction } from "@/lib/auth/action-client";

const password = z
  .string()
  .min(minPasswordLength, `The password needs at least ${minPasswordLength} characters.`)
  .max(200, "The password can have at most 200 characters.");
const userId = z.coerce.number().int().positive();
/** Every user change refreshes the users pages. */
const revalidate = [["/users", "layout"]] as const;

export const createUserAction = adminAction(
  {
    schema: z.object({
      email: z.string().trim().toLowerCase().pipe(z.email("Enter a valid email address.")),
      name: z.string().trim().max(120, "The name can have at most 120 characters."),
      role: z.enum(roles, "Choose editor or admin."),
      password,
    }),
    revalidate,
  },
  async ({ actor, input }) => {
    const user = await createUser(getDb(), { ...input, name: input.name || null, actorId: actor.id });
    return `Created ${user.email} (${user.role}). Give them their password in person or by another channel.`;
  },
);

export const setRoleAction = adminAction(
  { schema: z.object({ id: userId, role: z.enum(roles, "Choose editor or admin.") }), revalidate },
  async ({ actor, input }) => {
    if (input.id === actor.id && input.role !== "admin")
      throw new UserError("You cannot remove your own admin role; ask another admin.");
    const user = await setUserRole(getDb(), { ...input, actorId: actor.id });
    return `${user.email} is now ${user.role === "admin" ? "an admin" : "an editor"}.`;
  },
);

export const disableUserAction = adminAction(
  { schema: z.object({ id: userId }), revalidate },
  async ({ actor, input }) => {
    if (input.id === actor.id) throw new UserError("You cannot disable your own account.");
    const user = await disableUser(getDb(), { id: input.id, actorId: actor.id });
    return `${user.email} is disabled; their sessions have ended.`;
  },
);

export const enableUserAction = adminAction(
  { schema: z.object({ id: userId }), revalidate },
  async ({ actor, input }) => {
    const user = await enableUser(getDb(), { id: input.id, actorId: actor.id });
    return `${user.email} can sign in again.`;
  },
);

export const resetPasswordAction = adminAction(
  { schema: z.object({ id: userId, password }), revalidate },
  async ({ actor, input }) => {
    await resetPassword(getDb(), { ...input, actorId: actor.id });
    return "Password reset; the user's sessions have ended.";
  },
);
