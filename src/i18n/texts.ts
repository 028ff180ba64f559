/**
 * The texts the visitor sees, one set per language. A site overrides any of them through the
 * config's `translations` (`{ "de": { "acceptAll": "…" } }`), and may add a language the same way.
 * `{name}` placeholders are filled in by `formatText`.
 */
export interface Texts {
  /** Heading of the notice. */
  readonly title: string;
  /** The notice's short text. `[text](url)` makes a link. */
  readonly description: string;
  /** The policy link's text, added after the description when `policyUrl` is set. */
  readonly policyLink: string;
  readonly acceptAll: string;
  readonly rejectAll: string;
  readonly managePreferences: string;
  /** Heading of the preferences dialog. */
  readonly preferencesTitle: string;
  readonly preferencesDescription: string;
  readonly savePreferences: string;
  /** Announced politely (a status message) after the visitor's choice is saved from the notice or the dialog. */
  readonly saved: string;
  /** The opt-out notice's close button (its accessible name). */
  readonly close: string;
  /** The preferences dialog's close button (its accessible name): it closes without saving. */
  readonly closeWithoutSaving: string;
  /** Shown on required categories, whose switch is locked on. */
  readonly alwaysOn: string;
  /** The disclosure that shows a category's services and cookies. */
  readonly details: string;
  /** Column headings of the cookie table. */
  readonly cookieName: string;
  readonly cookiePurpose: string;
  readonly cookieDuration: string;
  readonly cookieProvider: string;
  /** The reopen button and the placeholder's settings link. */
  readonly reopen: string;
  /**
   * A blocked embed's message: `{service}` and `{category}` are filled in (`{category}` is one
   * label or a list, "Analytics and Marketing": the sentence must read well with either).
   */
  readonly placeholder: string;
  /** A blocked embed's message when it names no service: `{category}` is filled in. */
  readonly placeholderGeneric: string;
  /** The placeholder's button that allows the embed. */
  readonly allow: string;
  /** The same button when the embed names its service: `{service}` is filled in, in the language's word order. */
  readonly allowService: string;
  /** "and" in a list ("A, B and C"), where the browser has no list format for the language. */
  readonly and: string;
  /** Shown when a Global Privacy Control signal is present: `{categories}` is filled in. */
  readonly gpc: string;
  /** Under a category's switch that a Global Privacy Control signal keeps off. */
  readonly gpcHonoured: string;
  /** The notice's text where the opt-out regime applies (a notice at collection). `[text](url)` makes a link. */
  readonly optOutDescription: string;
  /** The opt-out regime's one-click opt-out: in English exactly "Do Not Sell or Share My Personal Information". */
  readonly doNotSell: string;
  readonly necessaryLabel: string;
  readonly necessaryDescription: string;
  readonly functionalLabel: string;
  readonly functionalDescription: string;
  readonly analyticsLabel: string;
  readonly analyticsDescription: string;
  readonly marketingLabel: string;
  readonly marketingDescription: string;
}

/** The keys of `Texts`, for validating overrides. */
export type TextKey = keyof Texts;

/** Languages written right to left. */
const RTL_LANGUAGES = new Set(['ar', 'fa', 'he', 'ur', 'ps', 'sd', 'ug', 'yi', 'dv', 'ckb']);

/** The writing direction of a language code. */
export function directionOf(code: string): 'ltr' | 'rtl' {
  return RTL_LANGUAGES.has(code.toLowerCase().split('-')[0] ?? '') ? 'rtl' : 'ltr';
}

/** Fills `{name}` placeholders; unknown ones are left as written. */
export function formatText(template: string, values: Readonly<Record<string, string>>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => values[name] ?? whole);
}
