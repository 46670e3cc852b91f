import type { ReactNode } from "react";
import { describedBy, Field } from "./field";

/** One choice of a select; options with a `group` are shown under an optgroup of that name. */
export interface SelectOption {
  value: string | number;
  label: string;
  group?: string;
  disabled?: boolean;
}

/** The options, grouped by `group` in first-seen order when any option has one. */
export function SelectOptions({ options }: { options: readonly SelectOption[] }) {
  if (!options.some((o) => o.group !== undefined)) return options.map((o) => <Choice key={o.value} option={o} />);
  const groups = new Map<string, SelectOption[]>();
  for (const o of options) groups.set(o.group ?? "", [...(groups.get(o.group ?? "") ?? []), o]);
  return [...groups].map(([group, list]) => (
    <optgroup key={group} label={group}>
      {list.map((o) => (
        <Choice key={o.value} option={o} />
      ))}
    </optgroup>
  ));
}

function Choice({ option }: { option: SelectOption }) {
  return (
    <option value={option.value} disabled={option.disabled}>
      {option.label}
    </option>
  );
}

/**
 * A labelled select with its hint and errors. `empty` is the label of a first option with no value
 * ("Any topic", "Choose…"); `emptyDisabled` keeps it from being chosen again.
 */
export function SelectField({
  id,
  name = id,
  label,
  options,
  defaultValue,
  empty,
  emptyDisabled,
  hint,
  errors,
  optional,
  required,
  className,
}: {
  id: string;
  name?: string;
  label: ReactNode;
  options: readonly SelectOption[];
  defaultValue?: string | number | null;
  empty?: string;
  emptyDisabled?: boolean;
  hint?: ReactNode;
  errors?: string[];
  optional?: boolean;
  required?: boolean;
  className?: string;
}) {
  return (
    <Field id={id} label={label} hint={hint} errors={errors} optional={optional} className={className}>
      <select
        className="gp-select"
        id={id}
        name={name}
        defaultValue={defaultValue === null || defaultValue === undefined ? "" : String(defaultValue)}
        required={required}
        {...describedBy(id, errors, Boolean(hint))}
      >
        {empty !== undefined ? (
          <option value="" disabled={emptyDisabled}>
            {empty}
          </option>
        ) : null}
        <SelectOptions options={options} />
      </select>
    </Field>
  );
}
