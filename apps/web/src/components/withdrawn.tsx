import Link from "next/link";

/** The page of a withdrawn practice (answered with 410 Gone). */
export function Withdrawn({ title }: { title: string }) {
  return (
    <section className="gp-gone">
      <h1>This practice was withdrawn</h1>
      <p>
        “{title}” is no longer published in the database. <Link href="/practices">Search the other practices</Link>.
      </p>
    </section>
  );
}
