export interface TopicOption {
  id: number;
  name: string;
  label: string;
}

/** Topics as checkboxes, in tree order, subtopics indented. */
export function TopicCheckboxes({ options, selected, name = "topics", legend = "Topics", errors }: { options: TopicOption[]; selected: number[]; name?: string; legend?: string; errors?: string[] }) {
  const chosen = new Set(selected);
  return (
    <fieldset className="gp-topics-field" aria-describedby={`${name}-error`}>
      <legend>{legend}</legend>
      <div className="gp-topics-field__list">
        {options.map((topic) => {
          const depth = topic.label.split(" › ").length - 1;
          return (
            <label key={topic.id} className="gp-check" style={{ paddingInlineStart: `${depth * 1.25}rem` }}>
              <input type="checkbox" name={name} value={topic.id} defaultChecked={chosen.has(topic.id)} /> {topic.name}
            </label>
          );
        })}
      </div>
      <p className="gp-field__error" id={`${name}-error`} aria-live="polite">
        {errors?.join(" ")}
      </p>
    </fieldset>
  );
}
