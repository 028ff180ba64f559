import type { NamePattern } from './types.js';

/** Turns a cookie-name pattern into a test: `*` matches any run of characters; a RegExp is used as is. */
export function compileNamePattern(pattern: NamePattern): (name: string) => boolean {
  if (pattern instanceof RegExp) {
    // A global or sticky RegExp keeps state between calls; a copy without those flags does not.
    const regexp = new RegExp(pattern.source, pattern.flags.replace(/[gy]/g, ''));
    return (name) => regexp.test(name);
  }
  if (!pattern.includes('*')) return (name) => name === pattern;
  const source = pattern
    .split('*')
    .map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
    .join('.*');
  const regexp = new RegExp(`^${source}$`);
  return (name) => regexp.test(name);
}

/** One test for a list of patterns: does any of them match. */
export function compileNamePatterns(patterns: readonly NamePattern[]): (name: string) => boolean {
  const tests = patterns.map(compileNamePattern);
  return (name) => tests.some((test) => test(name));
}
