import { HIGHLIGHT_END, HIGHLIGHT_START } from "@gp/db/queries/search";
import { Fragment } from "react";

/** A snippet with the matched words (between the highlight marks) in <mark>; the text is never parsed as HTML. */
export function Snippet({ text }: { text: string }) {
  const parts = text.split(HIGHLIGHT_START);
  return (
    <>
      {parts.map((part, index) => {
        if (index === 0) return <Fragment key={index}>{part}</Fragment>;
        const [marked = "", rest = ""] = part.split(HIGHLIGHT_END);
        return (
          <Fragment key={index}>
            <mark>{marked}</mark>
            {rest}
          </Fragment>
        );
      })}
    </>
  );
}
