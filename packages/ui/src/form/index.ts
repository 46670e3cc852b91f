export { describedBy, Field, FieldError } from "./field";
export { SelectField, SelectOptions, type SelectOption } from "./select-field";
export { TextField } from "./text-field";
export { comboboxLabels, resolveChoice } from "./combobox";
export { ComboboxField } from "./combobox-field";
