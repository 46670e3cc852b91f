"use server";

import { minPasswordLength } from "@gp/db/auth";
import { getDb } from "@gp/db/client";
import { createUser, disableUser, enableUser, resetPassword, roles, setUserRole, UserError } from "@gp/db/users";
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { type Actor, formAction } from "@/lib/auth/guard";
import { failed, invalid, succeeded, type FormState } from "@/lib/form-state";

const password = z
  .string()
  .min(minPasswordLength, `The password needs at least ${minPasswordLength} characters.`)
  .max(200, "The password can have at most 200 characters.");
const userId = z.coerce.number().int().positive();

/** Runs a user change for admins only: zod-checked input, friendly errors, the users pages refreshed. */
function adminAction<S extends z.ZodType>(schema: S, run: (actor: Actor, input: z.output<S>) => Promise<string>) {
  return formAction("admin", async (actor, formData): Promise<FormState> => {
    const parsed = schema.safeParse(Object.fromEntries(formData));
    if (!parsed.success) return invalid(parsed.error, formData);
    try {
      const message = await run(actor, parsed.data);
      revalidatePath("/users", "layout");
      return succeeded(message);
    } catch (error) {
      if (error instanceof UserError) return failed(error.message, formData);
      throw error;
    }
  });
}

export const createUserAction = adminAction(
  z.object({
    email: z.string().trim().toLowerCase().pipe(z.email("Enter a valid email address.")),
    name: z.string().trim().max(120, "The name can have at most 120 characters."),
    role: z.enum(roles, "Choose editor or admin."),
    password,
  }),
  async (actor, input) => {
    const user = await createUser(getDb(), { ...input, name: input.name || null, actorId: actor.id });
    return `Created ${user.email} (${user.role}). Give them their password in person or by another channel.`;
  },
);

export const setRoleAction = adminAction(
  z.object({ id: userId, role: z.enum(roles, "Choose editor or admin.") }),
  async (actor, input) => {
    if (input.id === actor.id && input.role !== "admin")
      throw new UserError("You cannot remove your own admin role; ask another admin.");
    const user = await setUserRole(getDb(), { ...input, actorId: actor.id });
    return `${user.email} is now ${user.role === "admin" ? "an admin" : "an editor"}.`;
  },
);

export const disableUserAction = adminAction(z.object({ id: userId }), async (actor, input) => {
  if (input.id === actor.id) throw new UserError("You cannot disable your own account.");
  const user = await disableUser(getDb(), { id: input.id, actorId: actor.id });
  return `${user.email} is disabled; their sessions have ended.`;
});

export const enableUserAction = adminAction(z.object({ id: userId }), async (actor, input) => {
  const user = await enableUser(getDb(), { id: input.id, actorId: actor.id });
  return `${user.email} can sign in again.`;
});

export const resetPasswordAction = adminAction(z.object({ id: userId, password }), async (actor, input) => {
  await resetPassword(getDb(), { ...input, actorId: actor.id });
  return "Password reset; the user's sessions have ended.";
});
