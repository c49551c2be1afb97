import { isSafeRef, tryGit } from './run.js';

/** What the checkout knows about a tag: its commit and, for an annotated tag, who tagged it and why. */
export interface TagInfo {
  readonly commit: string;
  /** `Name <email>` of the annotated tag's tagger; undefined for a lightweight tag. */
  readonly tagger?: string;
  /** The annotated tag's message (without a PGP signature block); undefined for a lightweight tag. */
  readonly message?: string;
}

/**
 * The tag as the workspace's git sees it, or undefined when git or the tag is missing. actions/checkout
 * on a tag push fetches the tag object itself, so the message and tagger are there at depth 1.
 */
export async function tagInfo(cwd: string, tag: string): Promise<TagInfo | undefined> {
  if (!isSafeRef(tag)) return undefined;
  const commit = await tryGit(cwd, ['rev-parse', '--verify', '--quiet', `refs/tags/${tag}^{commit}`]);
  if (!commit) return undefined;
  const type = await tryGit(cwd, ['cat-file', '-t', `refs/tags/${tag}`]);
  if (type !== 'tag') return { commit };
  const fields = await tryGit(cwd, [
    'for-each-ref',
    '--format=%(taggername) %(taggeremail)%00%(contents)',
    `refs/tags/${tag}`,
  ]);
  const [tagger = '', contents = ''] = (fields ?? '').split('\0');
  const message = contents.replace(/-----BEGIN (PGP|SSH) SIGNATURE-----[\s\S]*$/, '').trim();
  return { commit, tagger: tagger.trim() || undefined, message: message || undefined };
}
