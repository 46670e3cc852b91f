export { describedBy, Field, FieldError } from "./field";
export { SelectField, SelectOptions, type SelectOption } from "./select-field";
