import type { ReactNode } from "react";
import { comboboxLabels } from "./combobox";
import { describedBy, Field } from "./field";
import type { SelectOption } from "./select-field";

/**
 * A searchable choice among many options (institutions, countries) that works without JavaScript:
 * a text input with a datalist, which the browser filters as one types. The form sends the text;
 * the server finds the option with `resolveChoice`. `defaultValue` is an option's value (shown as
 * its text) or text that was typed before.
 */
export function ComboboxField({
  id,
  name = id,
  label,
  options,
  defaultValue,
  placeholder = "Type to search…",
  hint,
  errors,
  optional,
  className,
}: {
  id: string;
  name?: string;
  label: ReactNode;
  options: readonly SelectOption[];
  defaultValue?: string | number | null;
  placeholder?: string;
  hint?: ReactNode;
  errors?: string[];
  optional?: boolean;
  className?: string;
}) {
  const labels = comboboxLabels(options);
  const current = defaultValue === null || defaultValue === undefined ? "" : String(defaultValue);
  return (
    <Field id={id} label={label} hint={hint} errors={errors} optional={optional} className={className}>
      <input
        className="gp-input"
        id={id}
        name={name}
        list={`${id}-options`}
        defaultValue={labels.get(current) ?? current}
        placeholder={placeholder}
        autoComplete="off"
        spellCheck={false}
        {...describedBy(id, errors, Boolean(hint))}
      />
      <datalist id={`${id}-options`}>
        {[...labels.values()].map((text) => (
          <option key={text} value={text} />
        ))}
      </datalist>
    </Field>
  );
}
