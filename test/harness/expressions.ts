// GitHub Actions expressions (`${{ … }}` and `if:`), the subset the example workflows use: literals,
// property paths (a.b, a['b'], a.*), ! == != < <= > >= && || ( ), and the functions success(),
// failure(), always(), cancelled(), startsWith, endsWith, contains, format, join, toJSON, fromJSON.
// Semantics as documented: && and || return an operand, comparisons are case-insensitive on strings.

export type Context = Readonly<Record<string, unknown>>;
export interface StatusFunctions {
  /** Did every earlier step succeed (success()), has one failed (failure()), was the run cancelled? */
  readonly failed: boolean;
  readonly cancelled?: boolean;
}

type Token = { kind: 'num' | 'str' | 'id' | 'op'; value: string };

function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  const re = /\s*(?:(\d+(?:\.\d+)?)|'((?:[^']|'')*)'|([A-Za-z_][\w-]*)|(==|!=|<=|>=|&&|\|\||[!<>()[\].,*]))/y;
  let at = 0;
  while (at < text.length) {
    if (/^\s*$/.test(text.slice(at))) break;
    re.lastIndex = at;
    const m = re.exec(text);
    if (!m) throw new Error(`cannot parse expression at "${text.slice(at)}"`);
    at = re.lastIndex;
    if (m[1] !== undefined) tokens.push({ kind: 'num', value: m[1] });
    else if (m[2] !== undefined) tokens.push({ kind: 'str', value: m[2].replace(/''/g, "'") });
    else if (m[3] !== undefined) tokens.push({ kind: 'id', value: m[3] });
    else tokens.push({ kind: 'op', value: m[4] });
  }
  return tokens;
}

const truthy = (v: unknown) =>
  !(v === false || v === null || v === undefined || v === 0 || v === '' || Number.isNaN(v));
const str = (v: unknown): string =>
  v === null || v === undefined ? '' : typeof v === 'object' ? JSON.stringify(v) : String(v);

function equal(a: unknown, b: unknown): boolean {
  if (typeof a === 'string' && typeof b === 'string') return a.toLowerCase() === b.toLowerCase();
  if (typeof a !== typeof b && (typeof a === 'number' || typeof b === 'number'))
    return Number(a) === Number(b);
  return a === b || (a == null && b == null);
}

/** Evaluates one expression (without `${{ }}`). */
export function evaluate(expression: string, context: Context, status: StatusFunctions): unknown {
  const tokens = tokenize(expression);
  let i = 0;
  const peek = (value?: string) => tokens[i] && (value === undefined || tokens[i].value === value);
  const take = (value: string) => {
    if (!peek(value)) throw new Error(`expected ${value} in ${expression}`);
    i++;
  };
  const functions: Record<string, (...args: unknown[]) => unknown> = {
    success: () => !status.failed && !status.cancelled,
    failure: () => status.failed,
    always: () => true,
    cancelled: () => status.cancelled === true,
    startswith: (a, b) => str(a).toLowerCase().startsWith(str(b).toLowerCase()),
    endswith: (a, b) => str(a).toLowerCase().endsWith(str(b).toLowerCase()),
    contains: (a, b) =>
      Array.isArray(a) ? a.some((x) => equal(x, b)) : str(a).toLowerCase().includes(str(b).toLowerCase()),
    format: (f, ...args) => str(f).replace(/\{(\d+)\}/g, (_, n: string) => str(args[Number(n)])),
    join: (a, sep = ',') => (Array.isArray(a) ? a.map(str).join(str(sep)) : str(a)),
    tojson: (a) => JSON.stringify(a, null, 2),
    fromjson: (a) => JSON.parse(str(a)),
  };
  const primary = (): unknown => {
    const t = tokens[i++];
    if (!t) throw new Error(`unexpected end of ${expression}`);
    if (t.kind === 'num') return Number(t.value);
    if (t.kind === 'str') return t.value;
    if (t.value === '(') {
      const v = or();
      take(')');
      return v;
    }
    if (t.value === '!') return !truthy(primary());
    if (t.kind !== 'id') throw new Error(`unexpected ${t.value} in ${expression}`);
    if (t.value === 'true') return true;
    if (t.value === 'false') return false;
    if (t.value === 'null') return null;
    if (peek('(')) {
      take('(');
      const args: unknown[] = [];
      while (!peek(')')) {
        args.push(or());
        if (peek(',')) take(',');
      }
      take(')');
      const fn = functions[t.value.toLowerCase()];
      if (!fn) throw new Error(`unknown function ${t.value}`);
      return fn(...args);
    }
    let value: unknown = context[t.value];
    while (peek('.') || peek('[')) {
      if (peek('.')) {
        take('.');
        const key = tokens[i++];
        value =
          key.value === '*'
            ? Object.values((value as object) ?? {})
            : (value as Record<string, unknown> | undefined)?.[key.value];
      } else {
        take('[');
        const key = or();
        take(']');
        value = (value as Record<string, unknown> | undefined)?.[str(key)];
      }
    }
    return value;
  };
  const comparison = (): unknown => {
    let left = primary();
    while (peek('==') || peek('!=') || peek('<') || peek('>') || peek('<=') || peek('>=')) {
      const op = tokens[i++].value;
      const right = primary();
      if (op === '==') left = equal(left, right);
      else if (op === '!=') left = !equal(left, right);
      else {
        const [a, b] = [Number(left), Number(right)];
        left = op === '<' ? a < b : op === '>' ? a > b : op === '<=' ? a <= b : a >= b;
      }
    }
    return left;
  };
  const and = (): unknown => {
    let left = comparison();
    while (peek('&&')) {
      take('&&');
      const right = comparison();
      left = truthy(left) ? right : left;
    }
    return left;
  };
  const or = (): unknown => {
    let left = and();
    while (peek('||')) {
      take('||');
      const right = and();
      left = truthy(left) ? left : right;
    }
    return left;
  };
  const value = or();
  if (i !== tokens.length) throw new Error(`trailing tokens in ${expression}`);
  return value;
}

/** A string with `${{ … }}` parts replaced by their values. */
export function interpolate(text: string, context: Context, status: StatusFunctions): string {
  return text.replace(/\$\{\{(.*?)\}\}/gs, (_, expr: string) => str(evaluate(expr, context, status)));
}

/**
 * An `if:` condition: an expression with or without `${{ }}`; without a status function it is
 * `success() && (…)`, as the runner does.
 */
export function condition(
  text: string | boolean | undefined,
  context: Context,
  status: StatusFunctions,
): boolean {
  if (text === undefined) return !status.failed && !status.cancelled;
  if (typeof text === 'boolean') return text;
  const expr = text.trim().replace(/^\$\{\{([\s\S]*)\}\}$/, '$1');
  const guarded = /\b(success|failure|always|cancelled)\s*\(/.test(expr) ? expr : `success() && (${expr})`;
  return truthy(evaluate(guarded, context, status));
}

export { truthy };
