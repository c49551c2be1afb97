/** Repository roles from least to most, as the collaborator permission endpoint names them. */
export const PERMISSION_LEVELS = ['none', 'read', 'triage', 'write', 'maintain', 'admin'] as const;
export type PermissionLevel = (typeof PERMISSION_LEVELS)[number];

/** Whether `text` names a level (`write`), for the `permission` input. */
export const isPermissionLevel = (text: string): text is PermissionLevel =>
  (PERMISSION_LEVELS as readonly string[]).includes(text);

/**
 * The level of a `GET /repos/{owner}/{repo}/collaborators/{username}/permission` answer: `role_name`
 * when it is one of the built-in roles (it tells maintain and triage apart), else the legacy
 * `permission` field (admin, write, read, none), which a custom role also maps to. Anything else is
 * `none`: the check fails closed (reliability CHAT-02).
 */
export function permissionOf(answer: unknown): PermissionLevel {
  if (!answer || typeof answer !== 'object') return 'none';
  const { role_name: role, permission } = answer as { role_name?: unknown; permission?: unknown };
  if (typeof role === 'string' && isPermissionLevel(role)) return role;
  if (typeof permission === 'string' && isPermissionLevel(permission)) return permission;
  return 'none';
}

/** Whether `level` is at least `minimum`. */
export const atLeast = (level: PermissionLevel, minimum: PermissionLevel): boolean =>
  PERMISSION_LEVELS.indexOf(level) >= PERMISSION_LEVELS.indexOf(minimum);
