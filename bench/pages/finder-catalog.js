// Deterministic trial catalogs of any size for bench/finder.bench.mjs, made from the demo
// catalog's four trial summaries: the same `count` always gives the same catalog.
const TOPICS = ['heart', 'kidney', 'skin', 'memory', 'sleep', 'blood', 'bone', 'eye', 'liver', 'asthma'];
const STATUSES = ['recruiting', 'recruiting', 'recruiting', 'not_yet_recruiting', 'active_not_recruiting'];
/** Places kept per trial: the demo's largest trial has 1,148; a real catalog's summaries are smaller. */
const PLACES = 12;

let demo;

/** A catalog of `count` trials; entry i is demo summary i mod 4 with its own id, topic, status and places. */
export async function makeCatalog(count) {
  demo ??= (await (await fetch('../../demo/trials/catalog.json')).json()).trials.map((entry) => entry.summary);
  const trials = [];
  for (let i = 0; i < count; i++) {
    const base = demo[i % demo.length];
    const topic = TOPICS[i % TOPICS.length];
    const places = base.locations ?? [];
    const start = places.length ? (i * 7) % places.length : 0;
    const locations = [...places.slice(start), ...places.slice(0, start)].slice(0, PLACES);
    const summary = {
      ...base,
      id: `${base.id}-${i}`,
      status: STATUSES[i % STATUSES.length],
      conditions: [...(base.conditions ?? []), `${topic} health`],
      ...(locations.length ? { locations } : {}),
    };
    trials.push({ src: `../../demo/trials/cll-apg-2575.json`, summary });
  }
  return { catalogVersion: 1, title: `${count} studies`, trials };
}
