/**
 * Text from data files goes into the job summary: escape what markdown or HTML would act on, break
 * @mentions, keep each value on one table row.
 */
export function escapeCell(text: string, max = 120): string {
  const cut = text.length > max ? `${text.slice(0, max)}…` : text;
  return cut
    .replace(/[\\`*_{}[\]()#+!|<>~]/g, (ch) => `\\${ch}`)
    .replace(/@/g, '@\u200b')
    .replace(/\r?\n|\r/g, ' ');
}
