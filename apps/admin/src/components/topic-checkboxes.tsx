import { FieldError } from "@gp/ui/form";

export interface TopicOption {
  id: number;
  name: string;
  label: string;
}

/** Topics as checkboxes, in tree order, subtopics indented. */
export function TopicCheckboxes({
  options,
  selected,
  name = "topics",
  legend = "Topics",
  errors,
}: {
  options: TopicOption[];
  selected: number[];
  name?: string;
  legend?: string;
  errors?: string[];
}) {
  const chosen = new Set(selected);
  return (
    <fieldset className="gp-topics-field" aria-describedby={`${name}-error`}>
      <legend>{legend}</legend>
      <div className="gp-topics-field__list">
        {options.map((topic) => {
          // Indented by a class (admin.css), not a style attribute, which the Content-Security-Policy does not allow.
          const depth = Math.min(4, topic.label.split(" › ").length - 1);
          return (
            <label key={topic.id} className="gp-check" data-depth={depth}>
              <input type="checkbox" name={name} value={topic.id} defaultChecked={chosen.has(topic.id)} /> {topic.name}
            </label>
          );
        })}
      </div>
      <FieldError id={name} errors={errors} />
    </fieldset>
  );
}
