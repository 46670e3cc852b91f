export default function DashboardPage() {
  return (
    <section>
      <h1>Curation dashboard</h1>
      <p className="gp-muted">Editors curate topics, duplicates, award entries and imports here.</p>
    </section>
  );
}
