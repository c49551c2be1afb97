import { UsageError } from '../errors.js';

/** An OS/architecture pair as image indexes spell it. */
export interface Platform {
  readonly os: string;
  readonly architecture: string;
  readonly variant?: string;
}

/** Parses `linux/amd64` or `linux/arm64/v8`, or a usage error. */
export function parsePlatform(text: string): Platform {
  const parts = text.trim().split('/');
  if (parts.length < 2 || parts.length > 3 || parts.some((p) => !/^[a-z0-9_.-]+$/.test(p))) {
    throw new UsageError(`platform "${text}" is not os/architecture[/variant]`, {
      hint: 'for example linux/amd64 or linux/arm64',
    });
  }
  const [os, architecture, variant] = parts as [string, string, string?];
  return variant ? { os, architecture, variant } : { os, architecture };
}

/** `linux/arm64/v8`. */
export function formatPlatform(platform: Platform): string {
  return [platform.os, platform.architecture, platform.variant].filter(Boolean).join('/');
}

// Variants that are the default for their architecture: a request without a variant matches them,
// and `arm64` images are often listed without `v8` (reference/oci-images.md §2.5).
const DEFAULT_VARIANT: Readonly<Record<string, string>> = { arm64: 'v8', arm: 'v7' };

/** True if an index entry's platform serves the wanted one. */
export function platformMatches(have: Platform, want: Platform): boolean {
  if (have.os !== want.os || have.architecture !== want.architecture) return false;
  if (!want.variant) return true;
  const fallback = DEFAULT_VARIANT[have.architecture];
  return (have.variant ?? fallback) === want.variant;
}
