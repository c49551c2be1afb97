/**
 * Lines of the new file a review comment may be placed on: the right side of every hunk of a unified
 * diff patch (added and context lines), as GET /pulls/{n}/files gives it. GitHub refuses (422) a
 * review comment on a line outside the diff, so the review places only these inline.
 *
 *   @@ -10,3 +10,4 @@        → new lines 10..13
 *    a      (context, 10)
 *   -b      (removed: no new line)
 *   +c      (added, 11)
 *   +d      (added, 12)
 *    e      (context, 13)
 */
export function commentableLines(patch: string | undefined): Set<number> {
  const lines = new Set<number>();
  if (!patch) return lines;
  let next: number | undefined;
  for (const line of patch.split('\n')) {
    const hunk = /^@@ -\d+(?:,\d+)? \+(\d+)(?:,\d+)? @@/.exec(line);
    if (hunk) {
      next = Number(hunk[1]);
      continue;
    }
    if (next === undefined || line.startsWith('\\')) continue;
    if (line.startsWith('-')) continue;
    if (line.startsWith('+') || line.startsWith(' ')) {
      lines.add(next);
      next++;
    }
  }
  return lines;
}
