import { UsageError } from '../core/errors.js';
import type { InputReader } from '../platform/io.js';

/** The only way commands read inputs: each helper names the input in its errors. */
export function readString(read: InputReader, name: string, fallback: string): string;
export function readString(read: InputReader, name: string): string | undefined;
export function readString(read: InputReader, name: string, fallback?: string): string | undefined {
  return read.get(name)?.trim() || fallback;
}

/** A required input, or a usage error that says how to give it in both forms. */
export function requireString(read: InputReader, name: string): string {
  const value = readString(read, name);
  if (value === undefined) {
    throw new UsageError(`input \`${name}\` is required`, {
      hint: `set \`with: ${name}: …\` in the workflow step, or pass --${name} on the command line`,
    });
  }
  return value;
}

const TRUE = new Set(['true', 'True', 'TRUE', 'yes', 'on', '1']);
const FALSE = new Set(['false', 'False', 'FALSE', 'no', 'off', '0']);

/** A boolean input in the YAML 1.2 core schema spellings (as @actions/core accepts), or a usage error. */
export function readBoolean(read: InputReader, name: string, fallback: boolean): boolean {
  const value = readString(read, name);
  if (value === undefined) return fallback;
  if (TRUE.has(value)) return true;
  if (FALSE.has(value)) return false;
  throw new UsageError(`input \`${name}\` must be true or false, got "${value}"`);
}

/** A number input within bounds, or a usage error naming the input and the bounds. */
export function readNumber(
  read: InputReader,
  name: string,
  fallback: number,
  bounds: { min?: number; max?: number; integer?: boolean } = {},
): number {
  const text = readString(read, name);
  if (text === undefined) return fallback;
  const value = Number(text);
  const { min = -Infinity, max = Infinity, integer = false } = bounds;
  if (!Number.isFinite(value) || value < min || value > max || (integer && !Number.isInteger(value))) {
    const kind = integer ? 'an integer' : 'a number';
    const range = Number.isFinite(min) || Number.isFinite(max) ? ` in [${min}, ${max}]` : '';
    throw new UsageError(`input \`${name}\` must be ${kind}${range}, got "${text}"`);
  }
  return value;
}

/** A list input: one item per line (a YAML block scalar) or comma-separated; blanks and # comments dropped. */
export function readList(read: InputReader, name: string): string[] {
  const text = readString(read, name);
  if (text === undefined) return [];
  const lines = text.split(/\r?\n/).map((line) => line.trim());
  const items = lines.length === 1 ? lines[0]!.split(',') : lines;
  return items.map((item) => item.trim()).filter((item) => item !== '' && !item.startsWith('#'));
}
