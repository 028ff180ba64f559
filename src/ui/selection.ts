import type { ConsentApi } from '../core/types.js';

/** A choice as `accept(categories, services)` takes it, with every category's services spelled out. */
export interface Selection {
  readonly categories: readonly string[];
  readonly services: Readonly<Record<string, readonly string[]>>;
}

/**
 * The current grants as a full selection: granted categories, and for every category that has
 * services the exact list granted (an empty list where none is), so that passing it back to
 * `accept()` changes nothing by accident.
 */
export function selectionOf(api: ConsentApi): Selection {
  const { categories: all } = api.config;
  // What holds now: the record, or with none, what the regime grants by default.
  const categories = all.filter((c) => api.has(c.id)).map((c) => c.id);
  const services: Record<string, readonly string[]> = {};
  for (const category of all) {
    if (category.services.length > 0) services[category.id] = category.services.filter((s) => api.hasService(category.id, s.id)).map((s) => s.id);
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
