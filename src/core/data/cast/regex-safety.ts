/**
 * Finds a repetition nested in a repeated group (`(a+)+`, `(\w*)*`, `(x+y?){2,}`): the shape behind
 * catastrophic backtracking in JavaScript's engine (`/^(0+)+$/` takes 1.7 s on 26 characters,
 * reference/reliability-and-security.md §4.2). A schema may come from a pull request, so such a pattern is
 * refused when the schema loads rather than left to hang a job. Returns the offending group's text, or
 * undefined. Overlapping alternatives (`(a|a)*`) are not detected: a known limit of this check.
 */
export function nestedQuantifier(pattern: string): string | undefined {
  const stack: { start: number; repeats: boolean }[] = [];
  let i = 0;
  const quantifierAt = (at: number): { unbounded: boolean; length: number } | undefined => {
    const ch = pattern[at];
    if (ch === '*' || ch === '+') return { unbounded: true, length: 1 };
    if (ch === '?') return { unbounded: false, length: 1 };
    if (ch === '{') {
      const m = /^\{(\d+)(,(\d*))?\}/.exec(pattern.slice(at));
      if (!m) return undefined;
      const max = m[2] === undefined ? Number(m[1]) : m[3] === '' ? Number.POSITIVE_INFINITY : Number(m[3]);
      return { unbounded: max > 1, length: m[0].length };
    }
    return undefined;
  };
  while (i < pattern.length) {
    const ch = pattern[i]!;
    if (ch === '\\') {
      i += 2;
    } else if (ch === '[') {
      i++;
      while (i < pattern.length && pattern[i] !== ']') i += pattern[i] === '\\' ? 2 : 1;
      i++;
    } else if (ch === '(') {
      stack.push({ start: i, repeats: false });
      i++;
      continue;
    } else if (ch === ')') {
      const group = stack.pop();
      i++;
      const q = quantifierAt(i);
      if (group && q?.unbounded && group.repeats) return pattern.slice(group.start, i + q.length);
      if (group && stack.length > 0 && (group.repeats || q?.unbounded)) stack.at(-1)!.repeats = true;
      if (q) i += q.length;
      continue;
    } else i++;
    const q = quantifierAt(i);
    if (q) {
      if (q.unbounded && stack.length > 0) stack.at(-1)!.repeats = true;
      i += q.length;
    }
  }
  return undefined;
}
