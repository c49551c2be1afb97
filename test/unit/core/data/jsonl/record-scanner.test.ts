import { describe, expect, test } from '@jest/globals';
import { JsonRecordScanner, unescapeInto, VALUE } from '../../../../../src/core/data/jsonl/record-scanner.js';
import { scannerMemoryBytes } from '../../../../../src/core/data/wasm/instance.js';
import { seededRandom } from '../../../../support/seeded-random.js';

const NAMES = ['id', 'name', 'score', 'tags'];
const bytes = (text: string) => Buffer.from(text, 'utf8');

/** buf[start, end) is one record the scanner settles: scanLine up to the end, as the data's last line. */
const settles = (scanner: JsonRecordScanner, buf: Uint8Array, start: number, end: number) =>
  scanner.scanLine(buf, start, end, true) === end;

/** What the scanner found for each name, as JSON.parse would give it (undefined: not there). */
function scanned(scanner: JsonRecordScanner, buf: Buffer): Record<string, unknown> | false {
  if (!settles(scanner, buf, 0, buf.length)) return false;
  const out: Record<string, unknown> = {};
  NAMES.forEach((name, i) => {
    const kind = scanner.kinds[i]!;
    if (kind === VALUE.absent) return;
    const quoted = kind === VALUE.string || kind === VALUE.escaped;
    const s = scanner.starts[i]! - (quoted ? 1 : 0);
    const e = scanner.ends[i]! + (quoted ? 1 : 0);
    out[name] = JSON.parse(buf.subarray(s, e).toString('utf8'));
  });
  return out;
}

/** The named keys of JSON.parse's object; false when the text is not a JSON object. */
function parsed(text: string): Record<string, unknown> | false {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return false;
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const out: Record<string, unknown> = {};
  for (const name of NAMES)
    if (Object.hasOwn(value, name)) out[name] = (value as Record<string, unknown>)[name];
  return out;
}

describe('JsonRecordScanner: the values of named keys, straight from the bytes', () => {
  const scanner = new JsonRecordScanner(NAMES, [bytes('')]);

  test.each([
    ['plain', '{"id": 1, "name": "a", "score": 0.5, "tags": ["x"]}'],
    ['no whitespace, other order', '{"tags":[],"score":-0,"name":"","id":-12}'],
    ['tabs, CR and spaces around everything', ' \t{ "id"\t:\r1 ,"name" : "b" }\t '],
    ['exponents', '{"id": 1e5, "score": -2.5E-3, "name": "x", "tags": 1E+400}'],
    ['escapes', String.raw`{"name": "a\"b\\c\/d\b\f\n\r\t", "id": "\u00e9\ud83d\ude00"}`],
    ['an escaped quote right before the closing quote', String.raw`{"name": "ends with \"", "id": 2}`],
    ['a backslash right before the closing quote', String.raw`{"name": "ends with \\", "id": 3}`],
    ['a lone surrogate escape (JSON.parse accepts it)', String.raw`{"name": "\ud800", "id": 4}`],
    ['a key name inside a string value', '{"name": "\\"id\\": 9, \\"score\\": 7", "id": 5}'],
    ['keys that share a prefix', '{"idx": 1, "i": 2, "id2": 3, "id": 6, "nam": 0}'],
    [
      'nested values for named and other keys',
      '{"x": {"id": 7, "a": [1, {"b": [[]]}]}, "tags": {"id": [null, true]}, "id": 8}',
    ],
    ['literals', '{"id": null, "name": true, "score": false, "tags": null}'],
    ['UTF-8 text', '{"name": "日本語 — ünïcödé 😀", "id": 9}'],
    ['an empty object', '{}'],
    ['an empty key', '{"": 1, "id": 10}'],
  ])('reads %s as JSON.parse does', (_, text) => {
    const found = scanned(scanner, bytes(text));
    expect(found).not.toBe(false);
    expect(found).toEqual(parsed(text));
  });

  test.each([
    ['not an object', '[1, 2]'],
    ['a string', '"id"'],
    ['a trailing comma', '{"id": 1,}'],
    ['text after the object', '{"id": 1} x'],
    ['a second object', '{"id": 1}{"id": 2}'],
    ['an unterminated string', '{"id": "abc}'],
    ['a raw tab in a string', '{"id": "a\tb"}'],
    ['a bad escape', String.raw`{"id": "a\x"}`],
    ['a short \\u escape', String.raw`{"id": "\u12"}`],
    ['a leading zero', '{"id": 01}'],
    ['a plus sign', '{"id": +1}'],
    ['a bare dot', '{"id": 1.}'],
    ['an exponent without digits', '{"id": 1e}'],
    ['NaN', '{"id": NaN}'],
    ['single quotes', "{'id': 1}"],
    ['a missing colon', '{"id" 1}'],
    ['a bad literal', '{"id": nul}'],
    ['unbalanced nesting', '{"x": [1, {"a": 2]}, "id": 1}'],
    ['a nested trailing comma', '{"x": [1, 2,], "id": 1}'],
    ['a key that repeats (JSON.parse keeps the last)', '{"id": 1, "id": 2}'],
    ['an escaped key (it may spell a name)', String.raw`{"\u0069d": 1}`],
    ['a BOM inside the line', '\ufeff{"id": 1}'],
    ['a truncated object', '{"id": 1'],
  ])('leaves %s to JSON.parse', (_, text) => {
    expect(scanned(scanner, bytes(text))).toBe(false);
  });

  test('nesting deeper than its stack goes to JSON.parse, shallower nesting does not', () => {
    const deep = (depth: number) => `{"x": ${'['.repeat(depth)}${']'.repeat(depth)}, "id": 1}`;
    expect(scanned(scanner, bytes(deep(500)))).toEqual({ id: 1 });
    expect(scanned(scanner, bytes(deep(600)))).toBe(false);
  });

  test('only the given range is read: bytes past its end do not complete a record', () => {
    const buf = bytes('{"id": 1}');
    expect(settles(scanner, buf, 0, buf.length - 1)).toBe(false);
    const string = bytes('{"id": "ab"}');
    expect(settles(scanner, string, 0, 9)).toBe(false);
  });

  test('scanLine: a record read up to its line feed in a buffer of lines', () => {
    const buf = bytes('{"id": 1} \t\r\n{"id": 2,\n"name": "x"}\n{"id": 3}');
    // The first record's line feed (after spaces, a tab and a CR), and its value.
    const lf = buf.indexOf(10);
    expect(scanner.scanLine(buf, 0, buf.length, false)).toBe(lf);
    expect(scanner.kinds[0]).toBe(VALUE.number);
    // A record cut by a line feed is not one (each line is a record of its own).
    expect(scanner.scanLine(buf, lf + 1, buf.length, false)).toBe(-1);
    // The last line without a line feed: a record only when the data ends there.
    const last = buf.lastIndexOf(10) + 1;
    expect(scanner.scanLine(buf, last, buf.length, false)).toBe(-1);
    expect(scanner.scanLine(buf, last, buf.length, true)).toBe(buf.length);
    // Another value after the record on its line: not settled here.
    const two = bytes('{"id": 1} {"id": 2}\n');
    expect(scanner.scanLine(two, 0, two.length, true)).toBe(-1);
  });

  test('records longer than its memory: the memory grows, and the tables it fills are still the ones read', () => {
    const grown = new JsonRecordScanner(NAMES, []);
    expect(scanned(grown, bytes('{"id": 1, "name": "a"}'))).toEqual({ id: 1, name: 'a' });
    // One record of 300 kB (the scanner starts with a 64 kB page for records), then a buffer of 2 MB of lines.
    const long = 'x'.repeat(300_000);
    expect(scanned(grown, bytes(`{"name": "${long}", "tags": [${'1,'.repeat(1000)}2], "id": 2}`))).toEqual({
      id: 2,
      name: long,
      tags: [...Array.from({ length: 1000 }, () => 1), 2],
    });
    const lines = bytes(Array.from({ length: 40_000 }, (_, i) => `{"id": ${i}, "name": "n${i}"}\n`).join(''));
    grown.load(lines, 0, lines.length);
    let p = 0;
    for (let i = 0; i < 40_000; i++) {
      const lf = grown.next(p, true);
      expect(lf).toBe(lines.indexOf(10, p));
      expect([
        grown.kinds[0],
        grown.numbers[0],
        lines.subarray(grown.starts[1]!, grown.ends[1]!).toString(),
      ]).toEqual([VALUE.number, i, `n${i}`]);
      p = lf + 1;
    }
    // After growing, a short record again: the same tables.
    expect(scanned(grown, bytes('{"score": 0.5}'))).toEqual({ score: 0.5 });
  });

  test('a range loaded once is read from its copy: the buffer may change after', () => {
    const buf = bytes('{"id": 1}\n{"id": 2}\n');
    scanner.load(buf, 0, buf.length);
    buf.fill(32);
    expect(scanner.next(0, true)).toBe(9);
    expect(scanner.numbers[0]).toBe(1);
    expect(scanner.next(10, true)).toBe(19);
    expect(scanner.numbers[0]).toBe(2);
  });

  test('scanners share one memory a thread: each reads its own loaded records, with its own names', () => {
    const a = new JsonRecordScanner(['id'], [bytes('NA')]);
    const buf = bytes('{"id": 1, "x": "NA"}\n');
    a.load(buf, 0, buf.length);
    // Another scanner's names move the loaded records: the first must load again, never read stale bytes.
    const b = new JsonRecordScanner(['x'], []);
    expect(() => a.next(0, true)).toThrow(/load the records first/);
    expect(a.scanLine(buf, 0, buf.length, true)).toBe(buf.length - 1);
    expect([a.kinds[0], a.numbers[0], a.unknownKeys, a.unknownBlank]).toEqual([VALUE.number, 1, 1, true]);
    expect(b.scanLine(buf, 0, buf.length, true)).toBe(buf.length - 1);
    expect([b.kinds[0], b.unknownKeys, b.unknownBlank]).toEqual([VALUE.string, 1, false]);
    // b's load replaced a's records.
    expect(() => a.next(0, true)).toThrow(/load the records first/);
    // A scanner for the same names again (each part of a file makes one) adds no tables, and the memory
    // is the largest range loaded, however many scanners: one instance a thread, not one a scanner.
    a.load(buf, 0, buf.length);
    const again = new JsonRecordScanner(['id'], [bytes('NA')]);
    expect(a.next(0, true)).toBe(buf.length - 1); // no new tables: a's records were not moved
    expect(again.scanLine(buf, 0, buf.length, true)).toBe(buf.length - 1);
    // The same names with other missing values are other tables: each scanner tests its own blanks.
    const na = new JsonRecordScanner(['id'], [bytes('-')]);
    const record = bytes('{"id": 1, "x": "-"}');
    expect(na.scanLine(record, 0, record.length, true)).toBe(record.length);
    expect(na.unknownBlank).toBe(true);
    expect(again.scanLine(record, 0, record.length, true)).toBe(record.length);
    expect(again.unknownBlank).toBe(false);
    const chunk = bytes(`${'{"id": 1}\n'.repeat(100_000)}`);
    const before = scannerMemoryBytes();
    for (let i = 0; i < 100; i++) {
      const part = new JsonRecordScanner(['id'], [bytes('NA')]);
      part.load(chunk, 0, chunk.length);
      expect(part.next(0, false)).toBe(9);
    }
    expect(scannerMemoryBytes()).toBeLessThan(before + chunk.length + 2 * 65536);
  });

  test('a wide schema finds keys in any order', () => {
    const names = Array.from({ length: 40 }, (_, i) => `f${i}`);
    const wide = new JsonRecordScanner(names, []);
    const text = `{${names
      .map((name, i) => [name, i] as const)
      .reverse()
      .map(([name, i]) => `"${name}": ${i}`)
      .join(', ')}, "other": 1}`;
    const buf = bytes(text);
    expect(settles(wide, buf, 0, buf.length)).toBe(true);
    names.forEach((_, i) => {
      expect(buf.subarray(wide.starts[i]!, wide.ends[i]!).toString()).toBe(String(i));
    });
    expect(wide.unknownKeys).toBe(1);
  });

  test('other keys: counted, and blank only when null or an unescaped missing value', () => {
    const blanks = new JsonRecordScanner(NAMES, [bytes(''), bytes('NA')]);
    const check = (text: string) => {
      const buf = bytes(text);
      expect(settles(blanks, buf, 0, buf.length)).toBe(true);
      return [blanks.unknownKeys, blanks.unknownBlank];
    };
    expect(check('{"a": null, "b": "", "c": "NA", "id": 1}')).toEqual([3, true]);
    expect(check('{"a": "N"}')).toEqual([1, false]);
    expect(check('{"a": "NAN"}')).toEqual([1, false]);
    expect(check('{"a": 0}')).toEqual([1, false]);
    expect(check(String.raw`{"a": "N\u0041"}`)).toEqual([1, false]); // unsure: JSON.parse decides
    expect(check('{"id": 1}')).toEqual([0, true]);
  });

  // The property that matters: whatever the scanner accepts, JSON.parse accepts and reads the same way.
  test('fuzz: mutated records are either read as JSON.parse reads them or left to it', () => {
    const random = seededRandom(16);
    const pieces = [
      '{',
      '}',
      '[',
      ']',
      '"',
      '\\',
      ',',
      ':',
      ' ',
      '\t',
      'e',
      '-',
      '.',
      '0',
      '1',
      'u',
      'n',
      'id',
      'tags',
    ];
    const seeds = [
      '{"id": 1, "name": "a\\"b", "score": -1.5e3, "tags": [1, {"id": 2}]}',
      '{"name": "x", "other": {"a": [true, false, null]}, "id": "\\u0041"}',
      '{"tags": [[], {}], "id": 0.25}',
    ];
    let accepted = 0;
    for (let i = 0; i < 20_000; i++) {
      let text = seeds[i % seeds.length]!;
      const edits = 1 + Math.floor(random() * 3);
      for (let k = 0; k < edits; k++) {
        const at = Math.floor(random() * (text.length + 1));
        const piece = pieces[Math.floor(random() * pieces.length)]!;
        const op = random();
        if (op < 0.4) text = text.slice(0, at) + text.slice(at + 1);
        else if (op < 0.7) text = text.slice(0, at) + piece + text.slice(at);
        else text = text.slice(0, at) + piece + text.slice(at + 1);
      }
      const found = scanned(scanner, bytes(text));
      if (found === false) continue;
      accepted++;
      expect({ text, found }).toEqual({ text, found: parsed(text) });
    }
    expect(accepted).toBeGreaterThan(2000); // the mutations do leave many valid records
  });
});

describe('JsonRecordScanner: keys compared in place, strings read eight bytes at a time', () => {
  // Keys are compared as `"name":` in 64-bit words (the last one masked) and plain string text is skipped
  // eight bytes at a time: names of every length modulo 8, keys that are prefixes, extensions or escaped
  // spellings of a name, special bytes at every offset of a string, records cut anywhere and bytes after
  // the range must all leave the scanner agreeing with JSON.parse, or leaving the record to it.
  const names = ['', 'a', 'ab', 'abc', 'abcd', 'abcde', 'abcdef', 'abcdefg', 'abcdefgh', 'é', 'x y'];
  names.push('q"t', 'b\\s', 'seventeen_letters', 'ID');
  const scanner = new JsonRecordScanner(names, [bytes('')]);

  function found(buf: Buffer, end: number): Record<string, unknown> | false {
    if (!settles(scanner, buf, 0, end)) return false;
    const out: Record<string, unknown> = {};
    names.forEach((name, i) => {
      const kind = scanner.kinds[i]!;
      if (kind === VALUE.absent) return;
      const quoted = kind === VALUE.string || kind === VALUE.escaped;
      const text = buf.subarray(scanner.starts[i]! - (quoted ? 1 : 0), scanner.ends[i]! + (quoted ? 1 : 0));
      out[name] = JSON.parse(text.toString('utf8'));
      if (kind === VALUE.number && !Number.isNaN(scanner.numbers[i]!))
        expect(Object.is(scanner.numbers[i], out[name])).toBe(true);
    });
    return out;
  }

  function parsed(text: string): Record<string, unknown> | false {
    let value: unknown;
    try {
      value = JSON.parse(text);
    } catch {
      return false;
    }
    if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
    const out: Record<string, unknown> = {};
    for (const name of names)
      if (Object.hasOwn(value, name)) out[name] = (value as Record<string, unknown>)[name];
    return out;
  }

  test('fuzz: generated records agree with JSON.parse, inside a longer buffer too', () => {
    const random = seededRandom(1604);
    const pick = <T>(list: readonly T[]) => list[Math.floor(random() * list.length)]!;
    // Escapes and UTF-8 text; raw control characters and a bare quote (not JSON, or another split) rarely.
    const specials = ['\\"', '\\\\', '\\n', '\\u0041', '\\ud83d\\ude00', 'é', '😀', '\x7f'];
    const invalid = ['\n', '\t', '\u0001', '"'];
    const stringValue = () => {
      const plain = 'abcdefghijklmnop'.slice(0, Math.floor(random() * 14));
      if (random() < 0.5) return JSON.stringify(plain);
      const at = Math.floor(random() * (plain.length + 1));
      const special = random() < 0.05 ? pick(invalid) : pick(specials);
      return `"${plain.slice(0, at)}${special}${plain.slice(at)}"`;
    };
    const values = ['0', '-0', '12', '-3.25', '1e400', '1.0', '9007199254740993', 'true', 'false', 'null'];
    values.push('[]', '{"a": [1, "x\\"y"]}', '""');
    const keyOf = (name: string) => {
      const r = random();
      if (r < 0.9) return JSON.stringify(name);
      if (r < 0.94) return JSON.stringify(name.slice(0, -1));
      if (r < 0.98) return JSON.stringify(`${name}z`);
      return `"${[...name].map((ch) => `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`).join('')}"`;
    };
    let accepted = 0;
    let cut = 0;
    for (let i = 0; i < 8000; i++) {
      const compact = random() < 0.6;
      const space = () => (compact ? '' : pick([' ', '', '\t', '\r', '  ']));
      // A name JSON must escape makes an escaped key: left to JSON.parse, so in few records.
      let keys = names.filter((name) => random() < (/["\\]/.test(name) ? 0.03 : 0.6));
      if (random() < 0.2) keys = keys.sort(() => random() - 0.5);
      if (random() < 0.05 && keys.length > 0) keys.push(keys[0]!);
      const members = keys.map(
        (name) => `${keyOf(name)}${space()}:${space()}${random() < 0.5 ? stringValue() : pick(values)}`,
      );
      let text = `${space()}{${space()}${members.join(`${space()},${space()}`)}${space()}}${space()}`;
      if (random() < 0.1) {
        text = text.slice(0, Math.floor(random() * text.length));
        cut++;
      }
      const want = parsed(text);
      const exact = bytes(text);
      const got = found(exact, exact.length);
      if (got !== false) {
        accepted++;
        expect({ text, got }).toEqual({ text, got: want });
      }
      // The same record followed by bytes that would complete a key or a string: read only to `end`.
      const longer = Buffer.concat([exact, bytes(pick(['"', '":1}', 'cdefgh":', '\\"}', ' ']))]);
      expect({ text, got: found(longer, exact.length) }).toEqual({ text, got });
    }
    expect(accepted).toBeGreaterThan(3000);
    expect(cut).toBeGreaterThan(400);
  });
});

describe('unescapeInto: the UTF-8 of a JSON string from its escaped bytes', () => {
  test('every escape, pairs and non-ASCII text; lone surrogates and overlong text are refused', () => {
    const out = new Uint8Array(256);
    const cases = [
      String.raw`a\"b\\c\/d\be\ff\ng\rh\ti`,
      String.raw`\u0041\u00e9\u20ac\uffff\u0000`,
      String.raw`\ud83d\ude00 and \uD83D\uDE00`,
      String.raw`é€😀\n`,
      String.raw`\u0022\u005c`,
    ];
    for (const inner of cases) {
      const buf = bytes(`"${inner}"`);
      const n = unescapeInto(buf, 1, buf.length - 1, out);
      expect(Buffer.from(out.subarray(0, n)).toString('utf8')).toBe(JSON.parse(`"${inner}"`));
      expect(n).toBe(Buffer.byteLength(JSON.parse(`"${inner}"`)));
    }
    for (const lone of [
      String.raw`\ud800`,
      String.raw`\udc00\ud800`,
      String.raw`\ud83d x`,
      String.raw`\ud83d\u0041`,
    ]) {
      const buf = bytes(lone);
      expect(unescapeInto(buf, 0, buf.length, out)).toBe(-1);
    }
    const long = bytes('x'.repeat(300));
    expect(unescapeInto(long, 0, long.length, out)).toBe(-1);
    const fits = bytes('x'.repeat(250));
    expect(unescapeInto(fits, 0, fits.length, out)).toBe(250);
  });
});

describe('numbers read in the scan', () => {
  // A number's value from the scan must be the double JSON.parse gives, or NaN (then read from its text).
  test('exact or NaN, never a different double', () => {
    const scanner = new JsonRecordScanner(['x'], []);
    const random = seededRandom(53);
    const texts = [
      '0',
      '-0',
      '1e5',
      '2.5E-3',
      '-12.75',
      '1e22',
      '1e23',
      '123456789012345',
      '1234567890123456',
      '0.1',
      '3e-22',
      '9.999999999999999e22',
      '1e0000000000000005',
    ];
    for (let i = 0; i < 5000; i++) {
      const digits = String(Math.floor(random() * 10 ** (1 + Math.floor(random() * 17))));
      const cut = Math.floor(random() * digits.length);
      const fraction = random() < 0.5 ? '' : `.${digits.slice(cut) || '0'}`;
      const exponent = random() < 0.5 ? '' : `e${random() < 0.5 ? '-' : ''}${Math.floor(random() * 30)}`;
      texts.push(`${random() < 0.3 ? '-' : ''}${digits.slice(0, cut) || '0'}${fraction}${exponent}`);
    }
    let read = 0;
    for (const text of texts) {
      const buf = bytes(`{"x": ${text}}`);
      expect(settles(scanner, buf, 0, buf.length)).toBe(true);
      const n = scanner.numbers[0]!;
      if (Number.isNaN(n)) continue;
      read++;
      expect([text, Object.is(n, JSON.parse(text))]).toEqual([text, true]);
    }
    expect(read).toBeGreaterThan(2500);
  });
});
