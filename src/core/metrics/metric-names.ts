import { closest } from '../text/suggest.js';

/** The last segment of a flattened metric key: `eval.metrics.f1` → `f1`, `eval/m.json:acc` → `acc`. */
function leaf(key: string): string {
  return key.split(/[.:]/).pop() ?? key;
}

/**
 * The metric key a rule most likely meant, for "did you mean": a key whose last segment is the name
 * (`f1` → `metrics.f1`, nested files flatten with dots), else the same name in another case, else the
 * closest by edit distance (over whole keys, then over last segments). Undefined when nothing is close.
 */
export function closestMetric(name: string, keys: readonly string[]): string | undefined {
  const others = keys.filter((key) => key !== name);
  const byLeaf = others.filter((key) => leaf(key) === name);
  if (byLeaf.length) return byLeaf.sort((a, b) => a.length - b.length || (a < b ? -1 : 1))[0];
  const lower = name.toLowerCase();
  const sameCase = others.find((key) => key.toLowerCase() === lower || leaf(key).toLowerCase() === lower);
  if (sameCase) return sameCase;
  const whole = closest(name, others);
  if (whole) return whole;
  const leaves = new Map(others.map((key) => [leaf(key), key]));
  const near = closest(leaf(name), leaves.keys());
  return near === undefined ? undefined : leaves.get(near);
}
