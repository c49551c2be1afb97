import { expect, test } from '@jest/globals';
import { atLeast, permissionOf } from '../../../../src/core/commands/permission.js';

test.each([
  [{ permission: 'admin', role_name: 'admin' }, 'admin'],
  [{ permission: 'write', role_name: 'maintain' }, 'maintain'],
  [{ permission: 'read', role_name: 'triage' }, 'triage'],
  [{ permission: 'write', role_name: 'custom-reviewer' }, 'write'],
  [{ permission: 'none', role_name: 'custom' }, 'none'],
  [{ permission: 'superuser' }, 'none'],
  [{}, 'none'],
  [null, 'none'],
  ['write', 'none'],
])('permissionOf(%j) = %s (fails closed)', (answer, level) => {
  expect(permissionOf(answer)).toBe(level);
});

test.each([
  ['read', 'write', false],
  ['triage', 'write', false],
  ['write', 'write', true],
  ['maintain', 'write', true],
  ['admin', 'write', true],
  ['none', 'read', false],
  ['write', 'admin', false],
] as const)('%s at least %s: %s (CHAT-01)', (level, minimum, ok) => {
  expect(atLeast(level, minimum)).toBe(ok);
});
