import type { DataProfile } from '../profile/profile.js';
import type { SchemaLike } from './schema-diff.js';

/** The columns of a profile as a schema (names and types only), so two profiles can be diffed too. */
export function schemaOfProfile(profile: DataProfile): SchemaLike {
  return { fields: profile.columns.map((column) => ({ name: column.name, type: column.type })) };
}
