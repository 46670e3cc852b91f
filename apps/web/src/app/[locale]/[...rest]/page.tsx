import { notFound } from "next/navigation";

/** Any other address in a language: its 404 page, in that language (app/[locale]/not-found.tsx). */
export default function UnknownPage() {
  notFound();
}
