// Hand-made tar members for attack tests: any name, type and link target, pax records, sizes that lie.
// mlci's own writer (src/core/train/tar.ts) refuses to make most of these, on purpose.

export interface RawMember {
  readonly name: string;
  /** '0' file, '1' hard link, '2' symlink, '5' directory, 'S' GNU sparse, 'x' pax header, … */
  readonly type?: string;
  readonly data?: Buffer;
  /** The size written in the header (default: data length). */
  readonly size?: number;
  readonly linkname?: string;
  readonly mode?: number;
}

function header(member: RawMember): Buffer {
  const block = Buffer.alloc(512);
  const put = (text: string, offset: number, width: number) => block.write(text, offset, width, 'utf8');
  const octal = (value: number, width: number) => value.toString(8).padStart(width - 1, '0');
  put(member.name.slice(0, 100), 0, 100);
  put(octal(member.mode ?? 0o644, 8), 100, 8);
  put(octal(0, 8), 108, 8);
  put(octal(0, 8), 116, 8);
  put(octal(member.size ?? member.data?.length ?? 0, 12), 124, 12);
  put(octal(0, 12), 136, 12);
  block.fill(0x20, 148, 156);
  put(member.type ?? '0', 156, 1);
  put((member.linkname ?? '').slice(0, 100), 157, 100);
  put('ustar\u000000', 257, 8);
  let sum = 0;
  for (const byte of block) sum += byte;
  put(`${sum.toString(8).padStart(6, '0')}\u0000 `, 148, 8);
  return block;
}

/** A pax extended header ('x') member carrying `records` for the member after it. */
export function pax(records: Record<string, string>): RawMember {
  const lines = Object.entries(records).map(([key, value]) => {
    const body = ` ${key}=${value}\n`;
    let length = body.length + 1;
    while (`${length}${body}`.length !== length) length = `${length}${body}`.length;
    return `${length}${body}`;
  });
  return { name: 'PaxHeader', type: 'x', data: Buffer.from(lines.join('')) };
}

/** The members, each padded to 512 bytes, and (unless `end: false`) the two zero blocks of the end. */
export function rawTar(members: readonly RawMember[], options: { end?: boolean } = {}): Buffer {
  const parts: Buffer[] = [];
  for (const member of members) {
    parts.push(header(member));
    const data = member.data ?? Buffer.alloc(0);
    parts.push(data, Buffer.alloc((512 - (data.length % 512)) % 512));
  }
  if (options.end !== false) parts.push(Buffer.alloc(1024));
  return Buffer.concat(parts);
}
