import { PENDING_KEY } from '../../integrations/log-queue.js';
import { DETAILS_FOLLOW } from '../../core/config-report.js';
import { patternTest, patternText } from './declarations.js';
import type { AuditConfig, Declaration, Finding, Phase, PhaseObservation, SeenWrite } from './types.js';

/** A name the page holds: a cookie, a storage key or a database. */
interface HeldName {
  readonly what: SeenWrite['kind'];
  readonly name: string;
  readonly detail?: string;
}

/** Everything a phase holds at its end, as names. */
function heldNames(observation: PhaseObservation): HeldName[] {
  return [
    ...observation.cookies.map((cookie): HeldName => ({
      what: 'cookie',
      name: cookie.name,
      detail: `${cookie.domain}${cookie.path}${cookie.httpOnly ? ', HttpOnly' : ''}, ${cookie.expires < 0 ? 'session' : `expires ${new Date(cookie.expires * 1000).toISOString().slice(0, 10)}`}`,
    })),
    ...observation.localStorage.map((name): HeldName => ({ what: 'localStorage', name })),
    ...observation.sessionStorage.map((name): HeldName => ({ what: 'sessionStorage', name })),
    ...observation.indexedDB.map((name): HeldName => ({ what: 'indexedDB', name })),
  ];
}

/** The declarations of the config that cover a name: `cookies` cover cookies and storage keys, `indexedDB` databases. */
function declarationsOf(config: AuditConfig, held: Pick<HeldName, 'what' | 'name'>): Declaration[] {
  const kind = held.what === 'indexedDB' ? 'indexedDB' : 'cookie';
  return config.declarations.filter((declaration) => declaration.kind === kind && patternTest(declaration.pattern)(held.name));
}

/** The banner's own names: its consent cookie and the consent log's queue. */
function isOwn(config: AuditConfig, held: HeldName): boolean {
  return (held.what === 'cookie' && held.name === config.cookieName) || (held.what === 'localStorage' && held.name === PENDING_KEY);
}

/** The categories of the tag whose script wrote this name, when the writes say. */
function writerCategory(observation: PhaseObservation, held: Pick<HeldName, 'what' | 'name'>): { category?: string; script?: string } {
  const writes = observation.writes.filter((write) => write.kind === held.what && write.name === held.name);
  const tagged = writes.find((write) => write.categories !== undefined && write.categories.length > 0);
  if (tagged?.categories !== undefined) return { category: tagged.categories.join(' '), ...(tagged.script === undefined ? {} : { script: tagged.script }) };
  for (const write of writes) {
    if (write.script === undefined) continue;
    const node = observation.tagged.find((candidate) => candidate.url === write.script);
    if (node !== undefined) return { category: node.categories.join(' '), script: write.script };
  }
  const script = writes.find((write) => write.script !== undefined)?.script;
  return script === undefined ? {} : { script };
}

/** The category of the tag that loads a script URL, if a tag does. */
function tagCategory(observation: PhaseObservation, script: string | undefined): string | undefined {
  if (script === undefined) return undefined;
  return observation.tagged.find((node) => node.url === script)?.categories.join(' ');
}

/** Gathers findings of one kind by subject, so a name seen in two phases is one finding naming both. */
class FindingList {
  private readonly byKey = new Map<string, Finding>();

  add(finding: Omit<Finding, 'phases'>, phase: Phase | null): void {
    const key = `${finding.kind}\u0000${finding.what}\u0000${finding.subject}`;
    const known = this.byKey.get(key);
    if (known === undefined) {
      this.byKey.set(key, { ...finding, phases: phase === null ? [] : [phase] });
      return;
    }
    this.byKey.set(key, {
      ...known,
      phases: phase === null || known.phases.includes(phase) ? known.phases : [...known.phases, phase],
      ...(known.category === undefined && finding.category !== undefined ? { category: finding.category } : {}),
    });
  }

  list(): Finding[] {
    return [...this.byKey.values()];
  }
}

const BEFORE_CONSENT: readonly Phase[] = ['first-visit', 'after-reject'];

function withoutQuery(url: string): string {
  const end = url.search(/[?#]/);
  return end < 0 ? url : url.slice(0, end);
}

/** Is it one of the banner's config lines in full (not a short summary, not the loader's failure). */
const isConfigDetail = (text: string): boolean => /^config[.:]/.test(text) && !text.includes(DETAILS_FOLLOW) && !text.startsWith('config: the details');

/**
 * The banner's messages, without the short config summaries whose full wording followed in the same
 * phase (each problem is then one finding, in full); a summary stays when its details never came.
 */
function withoutAnsweredSummaries(messages: PhaseObservation['bannerMessages']): PhaseObservation['bannerMessages'] {
  if (!messages.some((message) => isConfigDetail(message.text))) return messages;
  return messages.filter((message) => !message.text.includes(DETAILS_FOLLOW));
}

/**
 * What one page's three phases say against its config: names set before consent that no required
 * category declares, tracker requests before consent, names set after "accept all" that no category
 * declares, and phases that could not be completed.
 */
export function findingsOf(page: string, config: AuditConfig, observations: readonly PhaseObservation[]): Finding[] {
  const found = new FindingList();
  const isRequired = (category: string): boolean => config.categories.some((candidate) => candidate.id === category && candidate.required);

  for (const observation of observations) {
    const { phase } = observation;
    // Under the opt-out regime the optional categories run on the first visit by design: only what
    // is set after the visitor refused counts as set without consent.
    const beforeConsent = BEFORE_CONSENT.includes(phase) && !(phase === 'first-visit' && observation.regime === 'opt-out');
    if (observation.error !== undefined) {
      found.add({ kind: 'page-error', page, what: 'page', subject: observation.error }, phase);
    }
    for (const message of withoutAnsweredSummaries(observation.bannerMessages)) {
      found.add({ kind: message.level === 'error' ? 'banner-error' : 'banner-warning', page, what: 'console', subject: message.text }, phase);
    }
    for (const held of heldNames(observation)) {
      if (isOwn(config, held)) continue;
      const declared = declarationsOf(config, held);
      const writer = writerCategory(observation, held);
      const setBy = writer.script === undefined ? '' : `set by ${writer.script}`;
      const detail = [held.detail, setBy].filter(Boolean).join('; ');
      if (beforeConsent && !declared.some((declaration) => isRequired(declaration.category))) {
        const category = declared[0]?.category ?? writer.category;
        found.add(
          {
            kind: 'set-without-consent',
            page,
            what: held.what,
            subject: held.name,
            declared: declared.length > 0,
            ...(category === undefined ? {} : { category }),
            ...(detail === '' ? {} : { detail }),
          },
          phase,
        );
      }
      if (phase === 'after-accept' && declared.length === 0) {
        found.add(
          {
            kind: 'undeclared',
            page,
            what: held.what,
            subject: held.name,
            ...(writer.category === undefined ? {} : { category: writer.category }),
            ...(detail === '' ? {} : { detail }),
          },
          phase,
        );
      }
    }
    if (!beforeConsent) continue;
    for (const request of observation.requests) {
      if (request.tracker === undefined) continue;
      const category = tagCategory(observation, request.initiator);
      const detail = `${request.tracker}${request.initiator === undefined ? '' : `; started by ${request.initiator}`}`;
      found.add(
        { kind: 'tracker-before-consent', page, what: 'request', subject: withoutQuery(request.url), ...(category === undefined ? {} : { category }), detail },
        phase,
      );
    }
    // An untagged element whose request was seen is that request's finding already.
    const requested = new Set(observation.requests.map((request) => withoutQuery(request.url)));
    for (const node of observation.untaggedTrackers) {
      if (requested.has(withoutQuery(node.url))) continue;
      found.add(
        { kind: 'tracker-before-consent', page, what: node.element, subject: withoutQuery(node.url), detail: `${node.host}; untagged <${node.element}>` },
        phase,
      );
    }
  }

  return found.list();
}

/**
 * The declarations that no phase of any audited page showed (information: a cookie table may list
 * what the site no longer sets, or what only other pages set), once each, at the first page whose
 * config declares them.
 */
export function unseenDeclarations(
  pages: readonly { readonly url: string; readonly config: AuditConfig; readonly phases: readonly PhaseObservation[] }[],
): Finding[] {
  const seen = pages.flatMap((page) => page.phases.flatMap(heldNames));
  const found = new FindingList();
  for (const page of pages) {
    for (const declaration of page.config.declarations) {
      const test = patternTest(declaration.pattern);
      const kinds = declaration.kind === 'indexedDB' ? ['indexedDB'] : ['cookie', 'localStorage', 'sessionStorage'];
      if (seen.some((held) => kinds.includes(held.what) && test(held.name))) continue;
      const where = declaration.service === undefined ? declaration.category : `${declaration.category}, service ${declaration.service}`;
      // A declaration every page shares is one finding, at the first page (the list merges by name).
      found.add(
        {
          kind: 'declared-not-seen',
          page: page.url,
          what: declaration.kind,
          subject: patternText(declaration.pattern),
          category: declaration.category,
          detail: `declared in ${where}`,
        },
        null,
      );
    }
  }
  return found.list();
}

/** Whether a finding fails the audit (all but information: declarations not seen, the banner's advice). */
export function isFailing(finding: Finding): boolean {
  return finding.kind !== 'declared-not-seen' && finding.kind !== 'banner-warning';
}
