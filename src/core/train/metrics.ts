import { parse as parseYaml } from 'yaml';

/** A metric value: a finite number, or the text of a non-finite one (JSON cannot hold NaN). */
export type MetricValue = number | 'NaN' | 'Infinity' | '-Infinity';

/**
 * Python's json.dumps writes bare NaN, Infinity and -Infinity by default, so training scripts' metrics
 * files contain them. Policy: accept them and keep them visible as the strings 'NaN', 'Infinity',
 * '-Infinity' (never as 0 or null, which a gate could compare as a number). Strings are left alone.
 */
function withNonFiniteQuoted(text: string): string {
  let out = '';
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (inString) {
      out += ch;
      if (ch === '\\') out += text[++i] ?? '';
      else if (ch === '"') inString = false;
      continue;
    }
    if (ch === '"') inString = true;
    const word = /^(-?Infinity|NaN)/.exec(text.slice(i, i + 9));
    if (!inString && word) {
      out += `"${word[1]}"`;
      i += word[1]!.length - 1;
      continue;
    }
    out += ch;
  }
  return out;
}

/** Numeric leaves of a metrics file, flattened to dotted keys ('eval.accuracy'); other leaves are left out. */
export function flattenMetrics(tree: unknown, prefix = ''): Record<string, MetricValue> {
  const out: Record<string, MetricValue> = {};
  if (typeof tree === 'number') {
    out[prefix] = Number.isFinite(tree) ? tree : (String(tree) as MetricValue);
  } else if (tree === 'NaN' || tree === 'Infinity' || tree === '-Infinity') {
    out[prefix] = tree;
  } else if (tree && typeof tree === 'object') {
    for (const [key, value] of Object.entries(tree)) {
      Object.assign(out, flattenMetrics(value, prefix ? `${prefix}.${key}` : key));
    }
  }
  return out;
}

/** Parses a metrics file's text (JSON, with Python's NaN/Infinity, or YAML) into flattened values. */
export function parseMetrics(file: string, text: string): Record<string, MetricValue> {
  if (/\.ya?ml$/i.test(file)) return flattenMetrics(parseYaml(text, { maxAliasCount: 100 }));
  return flattenMetrics(JSON.parse(withNonFiniteQuoted(text)));
}
