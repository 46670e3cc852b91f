import { CurationError } from "@gp/db/curation";
import { type Role, UserError } from "@gp/db/users";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import type { z } from "zod";
import { failed, invalid, succeeded, type FormState } from "@/lib/form-state";
import { type Actor, formAction } from "./guard";

/**
 * The one way to write a form's server action (after dub's `authActionClient`): the session and
 * role check of `formAction`, then the zod schema, then the body, with the errors a domain function
 * throws for the editor to read mapped to the form's state. An action body is only its domain work.
 */

/** Errors the domain throws for the user to read (a rule they ran into), shown as the form's message. */
const domainErrors = [CurationError, UserError] as const;

export function isDomainError(error: unknown): error is Error {
  return domainErrors.some((kind) => error instanceof kind);
}

/** The answer to a request that no form of the app sends (a forged or outdated one). */
export const reloadMessage = "This request is not valid; reload the page.";

/** What a body returns: a success message, a whole state, or where the browser goes next. */
export type Outcome<State extends FormState> = string | State | { redirect: string };

export interface ActionConfig<S extends z.ZodType> {
  schema: S;
  /** The schema's input (may look things up); by default the form's fields as an object (one value per name). */
  input?: (formData: FormData) => unknown;
  /**
   * Input the schema refuses: "fields" (the default) marks the fields with their messages; "first-issue"
   * marks them too and shows the first message above the form; `{ message }` shows only that message.
   */
  invalid?: "fields" | "first-issue" | { message: string };
  /** Pages to refresh after the body succeeded (before any redirect). */
  revalidate?: ReadonlyArray<string | readonly [string, "layout" | "page"]>;
}

export interface ActionContext<Input> {
  actor: Actor;
  input: Input;
  formData: FormData;
}

function refused(error: z.ZodError, formData: FormData, mode: ActionConfig<z.ZodType>["invalid"]): FormState {
  if (mode === undefined || mode === "fields") return invalid(error, formData);
  if (mode === "first-issue") return invalid(error, formData, error.issues[0]?.message);
  return failed(mode.message, formData);
}

/** Form actions for a role: `actionClient("editor")(config, body)`. */
export function actionClient(role: Role) {
  return function define<S extends z.ZodType, State extends FormState = FormState>(
    config: ActionConfig<S>,
    body: (context: ActionContext<z.output<S>>) => Promise<Outcome<State>>,
  ): (previous: State, formData: FormData) => Promise<State> {
    return formAction<State>(role, async (actor, formData) => {
      const parsed = config.schema.safeParse(await (config.input ?? Object.fromEntries)(formData));
      if (!parsed.success) return refused(parsed.error, formData, config.invalid) as State;
      let outcome: Outcome<State>;
      try {
        outcome = await body({ actor, input: parsed.data, formData });
      } catch (error) {
        if (isDomainError(error)) return failed(error.message, formData) as State;
        throw error;
      }
      if (typeof outcome === "object" && "status" in outcome && outcome.status === "error") return outcome;
      for (const path of config.revalidate ?? [])
        if (typeof path === "string") revalidatePath(path);
        else revalidatePath(path[0], path[1]);
      if (typeof outcome === "string") return succeeded(outcome) as State;
      if ("redirect" in outcome) redirect(outcome.redirect);
      return outcome;
    });
  };
}

/** Actions any signed-in editor (or admin) may run. */
export const editorAction = actionClient("editor");
/** Actions only admins may run (users). */
export const adminAction = actionClient("admin");
