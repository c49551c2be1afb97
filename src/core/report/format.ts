/** Numbers as people read them in a report: 4 significant digits, bytes and durations in units. */

/** 4 significant digits; non-finite values as their name. */
export function num(value: number | null | undefined): string {
  if (value === null || value === undefined) return '–';
  return Number.isFinite(value) ? String(Number(value.toPrecision(4))) : String(value);
}

/** A signed number (`+0.12`, `-0.3`, `0`). */
export function signed(value: number | null | undefined): string {
  if (value === null || value === undefined) return '–';
  return value > 0 ? `+${num(value)}` : num(value);
}

/** Bytes in binary units (`14 MiB`). */
export function bytes(value: number | null | undefined): string {
  if (value === null || value === undefined) return '–';
  const units = ['B', 'KiB', 'MiB', 'GiB', 'TiB'];
  let n = value;
  let unit = 0;
  while (n >= 1024 && unit < units.length - 1) {
    n /= 1024;
    unit++;
  }
  return `${unit === 0 ? n : Number(n.toPrecision(3))} ${units[unit]}`;
}

/** A duration (`786 ms`, `3.2 s`, `4 min 5 s`). */
export function duration(ms: number | null | undefined): string {
  if (ms === null || ms === undefined) return '–';
  if (ms < 1000) return `${Math.round(ms)} ms`;
  if (ms < 60_000) return `${Number((ms / 1000).toPrecision(3))} s`;
  const minutes = Math.floor(ms / 60_000);
  return `${minutes} min ${Math.round((ms % 60_000) / 1000)} s`;
}

/** The first 12 hex digits of a digest or fingerprint (`sha256:` kept when present). */
export function short(digest: string | null | undefined): string {
  if (!digest) return '–';
  const [algo, hex] = digest.includes(':') ? digest.split(':', 2) : ['', digest];
  return `${algo ? `${algo}:` : ''}${(hex ?? '').slice(0, 12)}`;
}

/** `n thing` / `n things`. */
export function plural(n: number, word: string, many = `${word}s`): string {
  return `${n} ${n === 1 ? word : many}`;
}
