/** Nesting deeper than this is refused: metrics files are small documents (reliability DATA-11). */
export const MAX_DEPTH = 32;

/**
 * DVC-style flattening: nested mapping keys joined with dots (`{"train": {"loss": 0.1}}` → `train.loss`),
 * list items by index (`per_class.0`). Numbers are kept (NaN and ±Infinity included, also as the strings
 * "NaN", "Infinity", "-Infinity"; the gate rejects them later); other strings, booleans and nulls are skipped.
 */
export function flattenMetrics(
  value: unknown,
  out = new Map<string, number>(),
  prefix = '',
  depth = 0,
): Map<string, number> {
  if (depth > MAX_DEPTH) throw new RangeError(`nested deeper than ${MAX_DEPTH} levels at "${prefix}"`);
  if (typeof value === 'number') {
    if (prefix) out.set(prefix, value);
  } else if (value === 'NaN' || value === 'Infinity' || value === '-Infinity') {
    // How the train action's run record keeps non-finite values (JSON cannot hold them).
    if (prefix) out.set(prefix, Number(value));
  } else if (Array.isArray(value)) {
    value.forEach((item, index) => {
      flattenMetrics(item, out, join(prefix, String(index)), depth + 1);
    });
  } else if (typeof value === 'object' && value !== null) {
    for (const [key, item] of Object.entries(value)) flattenMetrics(item, out, join(prefix, key), depth + 1);
  }
  return out;
}

function join(prefix: string, key: string): string {
  return prefix ? `${prefix}.${key}` : key;
}
