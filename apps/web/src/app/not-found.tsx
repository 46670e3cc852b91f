import Link from "next/link";

export default function NotFound() {
  return (
    <section className="gp-gone">
      <h1>Page not found</h1>
      <p>
        There is nothing at this address. <Link href="/practices">Search the practices</Link> or go to the{" "}
        <Link href="/">home page</Link>.
      </p>
    </section>
  );
}
