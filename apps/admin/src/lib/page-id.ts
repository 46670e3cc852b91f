import { notFound } from "next/navigation";

/**
 * The preamble of every detail page: the record named by the route's numeric id, or the 404 page
 * for an id that is malformed (never sent to the database) or names nothing.
 */
export async function loadById<T>(
  params: Promise<{ id: string }>,
  load: (id: number) => Promise<T | null | undefined>,
): Promise<T> {
  const { id } = await params;
  if (!/^\d{1,9}$/.test(id)) notFound();
  return (await load(Number(id))) ?? notFound();
}
