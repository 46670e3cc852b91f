import { type Analyser, analysers, type Lang } from "./analyser";
import type { Lookups, PracticeRow } from "./corpus";
import { Column, ListColumn, Triples } from "./columns";
import { type Field, TextIndex } from "./text-index";

/** Field weights: PostgreSQL's setweight A (title), B (institution, country, topics), C (summary) as 1.0, 0.4, 0.2. */
const TITLE = 5;
const META = 2;
const SUMMARY = 1;
/** A practice's text as indexed: its title, the names it is found by, its summary. */
function fields(analyser: Analyser, title: string | null, meta: string, summary: string): Field[] {
  return [
    { terms: analyser.terms(title ?? ""), weight: TITLE },
    { terms: analyser.terms(meta), weight: META },
    { terms: analyser.terms(summary), weight: SUMMARY },
  ];
}

/** The summary's place among the fields a practice is indexed with (title, names, summary): snippets read it. */
export const SUMMARY_FIELD = 2;

/**
 * The published practices in memory: one slot per indexed version of a practice (an update takes
 * a new slot and retires the old one), the text index over them, and the facet columns by slot.
 */
export class PracticeStore {
  /** The originals' text. */
  readonly text = new TextIndex();
  /** The published translations' text, an index per language: it holds only the slots translated into it. */
  readonly translated = new Map<Lang, TextIndex>();
  readonly rows: Array<PracticeRow | undefined> = [];
  readonly slotOf = new Map<number, number>();
  // Year columns by slot (sorting reads them); a missing year is 0, a missing distinction -1.
  readonly implementationYear = new Column();
  readonly awardYear = new Column();
  /** Each slot's (institution, country, region): its id among `places`. */
  readonly place = new Column();
  readonly places = new Triples();
  /** Each slot's (implementation year, award year, distinction): its id among `times`. */
  readonly time = new Column();
  readonly times = new Triples();
  /** Each slot's own topics (what a topic filter, given with its descendants, tests). */
  readonly ownTopics = new ListColumn();
  /** Each slot's topics with all their ancestors, once each (what a parent topic counts). */
  expandedTopics = new ListColumn();
  private live: Int32Array | null = null;
  private byTopic: { live: Int32Array; lists: Map<number, number[]> } | null = null;

  constructor(
    public lookups: Lookups,
    private readonly distinctionValues: readonly string[],
  ) {}

  /** Indexes a practice, replacing the version indexed before (if any). */
  put(row: PracticeRow): void {
    this.delete(row.id);
    const slot = this.rows.length;
    const inst = this.lookups.institutions.get(row.institutionId);
    const country = inst ? this.lookups.countries.get(inst.countryId) : undefined;
    // The topics' names in id order, as practice_document() wrote them.
    const topicNames = [...row.topicIds].sort((a, b) => a - b).map((id) => this.lookups.topics.get(id)?.name ?? "");
    const meta = [inst?.name, inst?.acronym, country?.name, ...topicNames].filter(Boolean).join(" ");
    // The original with the English analyser, as practice_document() does; each translation with its
    // language's, in that language's index (translation_document()).
    this.text.add(slot, fields(analysers.en, row.title, meta, row.summary));
    for (const [lang, text] of Object.entries(row.translations ?? {}) as Array<
      [Lang, { title: string | null; summary: string }]
    >) {
      let index = this.translated.get(lang);
      if (!index) this.translated.set(lang, (index = new TextIndex()));
      index.add(slot, fields(analysers[lang], text.title, meta, text.summary));
    }
    this.rows.push(row);
    this.slotOf.set(row.id, slot);
    this.implementationYear.push(row.implementationYear ?? 0);
    this.awardYear.push(row.awardYear ?? 0);
    const distinction = row.awardDistinction ? this.distinctionValues.indexOf(row.awardDistinction) : -1;
    this.place.push(this.places.id([row.institutionId, inst?.countryId ?? 0, country?.regionId ?? 0]));
    this.time.push(this.times.id([row.implementationYear ?? 0, row.awardYear ?? 0, distinction]));
    this.ownTopics.push(row.topicIds);
    this.expandedTopics.push(this.expand(row.topicIds));
    this.live = null;
  }

  private expand(topicIds: number[]): Set<number> {
    const out = new Set<number>();
    for (let id of topicIds) {
      // A cycle in the tree stops at a topic already counted.
      while (!out.has(id)) {
        out.add(id);
        const parent = this.lookups.topics.get(id)?.parentId;
        if (parent === null || parent === undefined || !this.lookups.topics.has(parent)) break;
        id = parent;
      }
    }
    return out;
  }

  /** New reference rows (the topic tree may have moved): every slot's ancestors again. */
  setLookups(lookups: Lookups): void {
    this.lookups = lookups;
    const expanded = new ListColumn();
    for (const row of this.rows) expanded.push(row ? this.expand(row.topicIds) : []);
    this.expandedTopics = expanded;
    // A new live array too: what is derived from it (the counts of all) is derived again.
    this.live = null;
  }

  /** Takes a practice out of the index (unpublished, merged, deleted). */
  delete(practiceId: number): void {
    const slot = this.slotOf.get(practiceId);
    if (slot === undefined) return;
    this.text.remove(slot);
    for (const index of this.translated.values()) index.remove(slot);
    this.rows[slot] = undefined;
    this.slotOf.delete(practiceId);
    this.live = null;
  }

  /** Every live slot, sorted. */
  liveSlots(): Int32Array {
    if (!this.live) {
      const out = new Int32Array(this.slotOf.size);
      let n = 0;
      for (let slot = 0; slot < this.rows.length; slot++) if (this.rows[slot]) out[n++] = slot;
      this.live = out;
    }
    return this.live;
  }

  /** The live slots having this topic as their own, in slot order (derived once per set of live slots). */
  slotsWithTopic(topic: number): readonly number[] {
    const live = this.liveSlots();
    if (this.byTopic?.live !== live) {
      const lists = new Map<number, number[]>();
      const { start, count, values } = this.ownTopics;
      for (const slot of live)
        for (let k = start.data[slot]!, end = k + count.data[slot]!; k < end; k++) {
          const id = values.data[k]!;
          let list = lists.get(id);
          if (!list) lists.set(id, (list = []));
          list.push(slot);
        }
      this.byTopic = { live, lists };
    }
    return this.byTopic.lists.get(topic) ?? [];
  }

  /** The practice ids whose indexed text mentions these institutions, countries or topics. */
  practicesUsing(ref: { institutions: Set<number>; countries: Set<number>; topics: Set<number> }): number[] {
    const out: number[] = [];
    const [institutionOf, countryOf] = this.places.columns();
    const place = this.place.data;
    for (let slot = 0; slot < this.rows.length; slot++) {
      const row = this.rows[slot];
      if (!row) continue;
      if (
        ref.institutions.has(institutionOf[place[slot]!]!) ||
        ref.countries.has(countryOf[place[slot]!]!) ||
        row.topicIds.some((t) => ref.topics.has(t))
      )
        out.push(row.id);
    }
    return out;
  }
}
