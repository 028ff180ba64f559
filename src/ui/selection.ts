import type { ConsentRecord, NormalizedConfig } from '../core/types.js';

/** A choice as `accept(categories, services)` takes it, with every category's services spelled out. */
export interface Selection {
  readonly categories: readonly string[];
  readonly services: Readonly<Record<string, readonly string[]>>;
}

/**
 * The current choice as a full selection: granted categories, and for every category that has
 * services the exact list granted (an empty list where none is), so that passing it back to
 * `accept()` changes nothing by accident.
 */
export function selectionOf(record: ConsentRecord | null, config: NormalizedConfig): Selection {
  const categories = config.categories.filter((c) => c.required || (record?.categories.includes(c.id) ?? false)).map((c) => c.id);
  const services: Record<string, readonly string[]> = {};
  for (const category of config.categories) {
    if (category.services.length > 0) services[category.id] = record?.services[category.id] ?? [];
  }
  return { categories, services };
}

/** The selection plus one more category, or one more service of a category. */
export function withGrant(selection: Selection, category: string, service?: string): Selection {
  if (service === undefined) {
    return { ...selection, categories: selection.categories.includes(category) ? selection.categories : [...selection.categories, category] };
  }
  const current = selection.services[category] ?? [];
  return { ...selection, services: { ...selection.services, [category]: current.includes(service) ? current : [...current, service] } };
}
