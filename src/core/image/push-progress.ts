const MiB = 1024 * 1024;

/** "model.safetensors: 120/480 MiB sent (40 MiB/s, ETA 9 s)": one blob's push progress. */
export function progressLine(name: string, sent: number, size: number, seconds: number): string {
  const rate = sent / seconds;
  const mib = (n: number) => (n / MiB).toFixed(0);
  return `${name}: ${mib(sent)}/${mib(size)} MiB sent (${mib(rate)} MiB/s, ETA ${Math.max(0, (size - sent) / rate).toFixed(0)} s)`;
}

/**
 * A push's onProgress that logs a line per blob every 5 s at most (DESIGN.md: long work shows
 * progress); `now` is a millisecond clock, performance.now by default.
 */
export function pushProgress(
  log: (line: string) => void,
  now: () => number = () => performance.now(),
): (name: string, sent: number, size: number) => void {
  const started = new Map<string, number>();
  const last = new Map<string, number>();
  return (name, sent, size) => {
    const at = now();
    if (!started.has(name)) started.set(name, at);
    if (at - (last.get(name) ?? started.get(name)!) < 5000) return;
    last.set(name, at);
    log(progressLine(name, sent, size, (at - started.get(name)!) / 1000));
  };
}
