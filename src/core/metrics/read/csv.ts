import { DataError } from '../../errors.js';

/**
 * RFC 4180 records of a small CSV file (metrics and prediction files, not training data): quoted fields
 * with doubled quotes and embedded newlines, CRLF or LF, a leading BOM stripped. Rows keep their line.
 */
export function parseCsv(text: string, file: string): { cells: string[]; line: number }[] {
  const src = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const rows: { cells: string[]; line: number }[] = [];
  let cells: string[] = [];
  let field = '';
  let line = 1;
  let rowLine = 1;
  let i = 0;
  let quotedField = false;
  const endField = () => {
    cells.push(field);
    field = '';
    quotedField = false;
  };
  const endRow = () => {
    endField();
    if (!(cells.length === 1 && cells[0] === '')) rows.push({ cells, line: rowLine });
    cells = [];
  };
  while (i < src.length) {
    const ch = src[i]!;
    if (ch === '"' && field === '' && !quotedField) {
      const start = line;
      i++;
      for (;;) {
        if (i >= src.length) {
          throw new DataError('unterminated quoted field', { where: { file, line: start } });
        }
        const q = src[i]!;
        if (q === '"') {
          if (src[i + 1] === '"') {
            field += '"';
            i += 2;
            continue;
          }
          i++;
          break;
        }
        if (q === '\n') line++;
        field += q;
        i++;
      }
      quotedField = true;
      continue;
    }
    if (field === '' && !quotedField && ch !== ',' && ch !== '\n' && ch !== '\r') {
      // An unquoted field, taken whole up to its delimiter (a quote inside it is a literal character):
      // one slice instead of a string grown a character at a time.
      let j = i + 1;
      while (j < src.length) {
        const c = src.charCodeAt(j);
        if (c === 44 || c === 10 || c === 13) break;
        j++;
      }
      field = src.slice(i, j);
      i = j;
      continue;
    }
    if (ch === ',') {
      endField();
    } else if (ch === '\n' || ch === '\r') {
      endRow();
      if (ch === '\r' && src[i + 1] === '\n') i++;
      line++;
      rowLine = line;
    } else {
      field += ch;
    }
    i++;
  }
  if (field !== '' || cells.length > 0 || quotedField) endRow();
  return rows;
}
