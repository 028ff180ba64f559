import { readFile } from 'node:fs/promises';
import { normalizeConfigExplained } from '../../core/config-explained.js';
import { compileNamePattern } from '../../core/name-pattern.js';
import type { NamePattern, NormalizedConfig } from '../../core/types.js';
import { UsageError } from './options.js';
import type { AuditConfig, Declaration, DeclaredPattern } from './types.js';

/** A pattern as the page sends it (a RegExp arrives as its parts) or as a config file holds it. */
type PatternShape = DeclaredPattern | NamePattern;

/** The part of a validated config the audit reads, in the form it survives the trip out of the page. */
export interface ConfigShape {
  readonly cookie: { readonly name: string };
  readonly categories: readonly {
    readonly id: string;
    readonly required: boolean;
    readonly cookies: readonly { readonly name: PatternShape }[];
    readonly indexedDB: readonly PatternShape[];
    readonly services: readonly {
      readonly id: string;
      readonly cookies: readonly { readonly name: PatternShape }[];
      readonly indexedDB: readonly PatternShape[];
    }[];
  }[];
}

function declaredPattern(pattern: PatternShape): DeclaredPattern {
  return pattern instanceof RegExp ? { source: pattern.source, flags: pattern.flags } : pattern;
}

/** The declarations and own names of a validated config. */
export function auditConfigOf(config: ConfigShape, source: string): AuditConfig {
  const declarations: Declaration[] = [];
  for (const category of config.categories) {
    const owners = [{ id: undefined, cookies: category.cookies, indexedDB: category.indexedDB }, ...category.services];
    for (const owner of owners) {
      const service = owner.id === undefined ? {} : { service: owner.id };
      for (const cookie of owner.cookies) declarations.push({ kind: 'cookie', pattern: declaredPattern(cookie.name), category: category.id, ...service });
      for (const database of owner.indexedDB) declarations.push({ kind: 'indexedDB', pattern: declaredPattern(database), category: category.id, ...service });
    }
  }
  return {
    source,
    cookieName: config.cookie.name,
    categories: config.categories.map(({ id, required }) => ({ id, required })),
    declarations,
  };
}

/** Validates a config object as the banner does; its messages (naming field and value) go to `problems`. */
export function normalizeForAudit(input: unknown, problems: string[]): NormalizedConfig {
  return normalizeConfigExplained(
    input,
    { hostname: '', protocol: 'https:' },
    {
      error: (message) => problems.push(message),
      warn: (message) => problems.push(message),
    },
  );
}

/** Reads `--config <file>`: JSON, validated as the banner validates it. A file that is not JSON is a usage error. */
export async function readConfigFile(file: string, problems: string[]): Promise<AuditConfig> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    throw new UsageError(`--config: cannot read ${JSON.stringify(file)} (${error instanceof Error ? error.message : String(error)}).`);
  }
  let input: unknown;
  try {
    input = JSON.parse(text);
  } catch (error) {
    throw new UsageError(`--config: ${JSON.stringify(file)} is not JSON (${error instanceof Error ? error.message : String(error)}).`);
  }
  return auditConfigOf(normalizeForAudit(input, problems), file);
}

/** Turns a declared pattern into a test, the banner's own (`*` is any run of characters). */
export function patternTest(pattern: DeclaredPattern): (name: string) => boolean {
  return compileNamePattern(typeof pattern === 'string' ? pattern : new RegExp(pattern.source, pattern.flags));
}

/** How a declared pattern reads in the report. */
export function patternText(pattern: DeclaredPattern): string {
  return typeof pattern === 'string' ? pattern : `/${pattern.source}/${pattern.flags}`;
}
