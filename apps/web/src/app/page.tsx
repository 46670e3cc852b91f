export default function HomePage() {
  return (
    <section>
      <h1>Good practices in social security</h1>
      <p className="gp-muted">Learn from what other social security institutions have done.</p>
    </section>
  );
}
