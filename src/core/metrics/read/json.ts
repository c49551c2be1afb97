import { DataError, messageOf } from '../../errors.js';

/**
 * JSON.parse that also accepts the bare NaN, Infinity and -Infinity Python's json.dumps writes by
 * default (reliability §4.3): they become non-finite numbers, which fail any gate that uses them.
 * Errors name the line and column.
 */
export function parseJsonLenient(text: string, file: string, lineOffset = 0): unknown {
  try {
    return JSON.parse(text);
  } catch (first) {
    const replaced = replacePythonTokens(text);
    if (replaced !== text) {
      try {
        return JSON.parse(replaced, (_key, value) => (typeof value === 'string' ? revive(value) : value));
      } catch {
        // fall through to the original error, which points at the real problem
      }
    }
    throw new DataError(`invalid JSON: ${messageOf(first)}`, {
      where: { file, ...position(text, first as Error, lineOffset) },
      hint: 'check the file is JSON (one object per line for JSONL)',
    });
  }
}

const MARK = '\u0000mlci-nonfinite:';

function revive(value: string): unknown {
  if (!value.startsWith(MARK)) return value;
  const token = value.slice(MARK.length);
  return token === 'NaN' ? Number.NaN : token === 'Infinity' ? Infinity : -Infinity;
}

/** Replaces NaN/Infinity tokens outside strings by marked strings that the reviver turns into numbers. */
function replacePythonTokens(text: string): string {
  let out = '';
  let i = 0;
  while (i < text.length) {
    const ch = text[i]!;
    if (ch === '"') {
      let j = i + 1;
      while (j < text.length && text[j] !== '"') j += text[j] === '\\' ? 2 : 1;
      out += text.slice(i, j + 1);
      i = j + 1;
      continue;
    }
    const match = /^(-?Infinity|NaN)/.exec(text.slice(i, i + 9));
    if (match) {
      out += JSON.stringify(MARK + match[1]);
      i += match[1]!.length;
      continue;
    }
    out += ch;
    i++;
  }
  return out;
}

function position(text: string, error: Error, lineOffset: number): { line?: number; column?: number } {
  const at = /position (\d+)/.exec(error.message);
  const lineCol = /line (\d+) column (\d+)/.exec(error.message);
  if (lineCol) return { line: Number(lineCol[1]) + lineOffset, column: Number(lineCol[2]) };
  if (!at) return lineOffset ? { line: lineOffset + 1 } : {};
  const before = text.slice(0, Number(at[1]));
  const lines = before.split('\n');
  return { line: lines.length + lineOffset, column: lines[lines.length - 1]!.length + 1 };
}
