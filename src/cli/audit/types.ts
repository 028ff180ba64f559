/** The three visits the audit makes to every page, each in a fresh browser context. */
export type Phase = 'first-visit' | 'after-reject' | 'after-accept';

/** The phases in the order they are reported. */
export const PHASES: readonly Phase[] = ['first-visit', 'after-reject', 'after-accept'];

/** How a phase reads in the report. */
export const PHASE_LABELS: Readonly<Record<Phase, string>> = {
  'first-visit': 'first visit',
  'after-reject': 'after reject all',
  'after-accept': 'after accept all',
};

/** A name or pattern as it crosses from the page to the audit: a string (`*` wildcards) or a RegExp's parts. */
export type DeclaredPattern = string | { readonly source: string; readonly flags: string };

/** One name the config declares: a cookie/storage pattern or an IndexedDB pattern, with where it is declared. */
export interface Declaration {
  readonly kind: 'cookie' | 'indexedDB';
  readonly pattern: DeclaredPattern;
  readonly category: string;
  readonly service?: string;
}

/** What the audit needs from a consent config. */
export interface AuditConfig {
  /** Where it was read: the page's API, the page's JSON config, a file, or the defaults. */
  readonly source: string;
  /** The consent cookie's name (the banner's own; never a finding). */
  readonly cookieName: string;
  readonly categories: readonly { readonly id: string; readonly required: boolean }[];
  readonly declarations: readonly Declaration[];
}

/** A cookie as the browser holds it (HttpOnly ones included). */
export interface SeenCookie {
  readonly name: string;
  readonly domain: string;
  readonly path: string;
  /** Seconds since the epoch; -1 for a session cookie. */
  readonly expires: number;
  readonly httpOnly: boolean;
  readonly secure: boolean;
}

/** A request to a host other than the page's. */
export interface SeenRequest {
  readonly url: string;
  readonly host: string;
  readonly type: string;
  /** The script that started it, where the browser says. */
  readonly initiator?: string;
  /** The well-known tracker host it matched, if any. */
  readonly tracker?: string;
}

/** A tagged node of the page and the state the gate gave it. */
export interface TaggedNode {
  readonly element: string;
  readonly categories: readonly string[];
  readonly services: readonly string[];
  readonly url: string;
  readonly state: string;
}

/** An untagged script, iframe or image loading from a well-known tracker host. */
export interface UntaggedTracker {
  readonly element: string;
  readonly url: string;
  readonly host: string;
}

/** A write the page made (a cookie, a storage key, a database), with what is known of who made it. */
export interface SeenWrite {
  readonly kind: 'cookie' | 'localStorage' | 'sessionStorage' | 'indexedDB';
  readonly name: string;
  /** The tag's categories, when the writer was a tagged script. */
  readonly categories?: readonly string[];
  /** The script's URL, when known (a stack frame or the request's initiator). */
  readonly script?: string;
}

/** Everything recorded in one phase of one page. */
export interface PhaseObservation {
  readonly phase: Phase;
  readonly cookies: readonly SeenCookie[];
  readonly localStorage: readonly string[];
  readonly sessionStorage: readonly string[];
  readonly indexedDB: readonly string[];
  readonly requests: readonly SeenRequest[];
  readonly tagged: readonly TaggedNode[];
  readonly untaggedTrackers: readonly UntaggedTracker[];
  readonly writes: readonly SeenWrite[];
  /** What the banner printed in the console (`[consent-banner] …`): its errors and its advice. */
  readonly bannerMessages: readonly { readonly level: 'error' | 'warning'; readonly text: string }[];
  /**
   * The regime the page's banner applied (`api.regime`); under `opt-out` the optional categories run
   * before any choice, as that regime means, so the first visit is not "before consent".
   */
  readonly regime?: 'opt-in' | 'opt-out';
  /** Why the phase could not be completed, when it could not. */
  readonly error?: string;
}

/** The kinds of finding; `declared-not-seen` is information only. */
export type FindingKind =
  'set-without-consent' | 'tracker-before-consent' | 'undeclared' | 'declared-not-seen' | 'banner-error' | 'banner-warning' | 'page-error';

/** One finding of one page. */
export interface Finding {
  readonly kind: FindingKind;
  readonly page: string;
  readonly phases: readonly Phase[];
  /** What was found: a cookie, storage key or database name, or a request URL. */
  readonly subject: string;
  /** cookie, localStorage, sessionStorage, indexedDB, request, or declaration. */
  readonly what: string;
  /** The category that covers it or would: declaring it, or the tag that set it. */
  readonly category?: string;
  /** Whether the config declares it (then a finding is about when it is set, not about the cookie table). */
  readonly declared?: boolean;
  readonly detail?: string;
}

/** The audit of one page: its config, its three phases, its findings. */
export interface PageAudit {
  readonly url: string;
  readonly config: AuditConfig;
  readonly phases: readonly PhaseObservation[];
  readonly findings: readonly Finding[];
  readonly milliseconds: number;
}
