import { CmpApi, CmpDisplayStatus, CmpStatus, Sections, SignalStatus, UsNat } from '@iabgpp/cmpapi';
import { consoleReporter, type Reporter } from '../core/report.js';
import type { ConsentApi } from '../core/types.js';
import { installGppStub, stopAnsweringFrames } from './gpp-stub.js';
import { onConsent, type Integration } from './integration.js';
import { reason } from '../core/say.js';

/** GPP's values for an opt-out field: the visitor opted out, or did not. */
const OPTED_OUT = 1;
const DID_NOT_OPT_OUT = 2;
/** GPP's value for "the notice was given" (and for "no" in `MspaCoveredTransaction`). */
const YES = 1;
const NO = 2;

/** The opt-out fields and their notices, in the US sections that have them. */
const OPT_OUTS = [
  ['SaleOptOut', 'SaleOptOutNotice'],
  ['SharingOptOut', 'SharingOptOutNotice'],
  ['TargetedAdvertisingOptOut', 'TargetedAdvertisingOptOutNotice'],
] as const;

/** Each section's id by its name. */
const SECTION_IDS = new Map([...Sections.SECTION_ID_NAME_MAP].map(([id, name]) => [name, id]));
/** The US sections this integration can write: `usnat` and the states' own (`7:usnat`, `8:usca` …). */
const US_SECTIONS = Sections.SECTION_ORDER.filter((name) => name.startsWith('us') && name !== 'uspv1');

/**
 * The US sections for the visitor's region: `usnat`, and the state's own section where GPP has one
 * (`usca` for `US-CA`); none outside the United States.
 */
export function usSectionsFor(region: string | null): string[] {
  if (region?.startsWith('US') !== true) return [];
  const state = `us${region.slice(3).toLowerCase()}`;
  return region.length > 3 && US_SECTIONS.includes(state) ? [UsNat.NAME, state] : [UsNat.NAME];
}

/** Sets a field where the section has it (the state sections differ); false where it has not. */
function setField(cmp: CmpApi, section: string, field: string, value: unknown): boolean {
  try {
    cmp.setFieldValue(section, field, value);
    return true;
  } catch {
    return false;
  }
}

/**
 * Writes the visitor's opt-outs and the GPC signal into each section, and says which sections apply;
 * returns those sections.
 */
function encode(cmp: CmpApi, api: ConsentApi): readonly string[] {
  cmp.clear();
  const sections = usSectionsFor(api.region);
  // The opt-out categories (`gpc`, default marketing) are what "sale", "sharing" and targeted
  // advertising mean here: any of them withdrawn is the opt-out.
  const optedOut = api.config.gpc.some((id) => !api.has(id));
  for (const section of sections) {
    setField(cmp, section, 'SharingNotice', YES);
    for (const [optOut, notice] of OPT_OUTS) {
      if (setField(cmp, section, optOut, optedOut ? OPTED_OUT : DID_NOT_OPT_OUT)) setField(cmp, section, notice, YES);
    }
    setField(cmp, section, 'MspaCoveredTransaction', NO);
    if (setField(cmp, section, 'GpcSegmentIncluded', true)) setField(cmp, section, 'Gpc', api.gpc);
  }
  cmp.setApplicableSections(sections.length === 0 ? [-1] : sections.map((name) => SECTION_IDS.get(name) ?? -1));
  return sections;
}

/**
 * The IAB Global Privacy Platform (`gpp` in the config): the page's `__gpp` API, answered by IAB Tech
 * Lab's `@iabgpp/cmpapi`, with the `usnat` section (and the state's own section where GPP has one)
 * encoded from the visitor's choice and the GPC signal, for visitors in the United States. Elsewhere
 * no section applies (`applicableSections: [-1]`). Updated on every change.
 */
export function gpp(reporter: Reporter = consoleReporter): Integration {
  return {
    name: 'gpp',
    attach: (api, win) => {
      const page = win as unknown as { __gpp?: unknown };
      let cmp: CmpApi | null = null;
      /** The `__gpp` this integration put on the page, taken away again on detach. */
      let answering: unknown;
      const publish = (): void => {
        if (cmp === null) return;
        try {
          cmp.setSignalStatus(SignalStatus.NOT_READY);
          const sections = encode(cmp, api);
          cmp.setSignalStatus(SignalStatus.READY);
          for (const section of sections) cmp.fireSectionChange(section);
        } catch (error) {
          cmp.setCmpStatus(CmpStatus.ERROR);
          reporter.error(`GPP: the choice could not be encoded (${reason(error)}).`);
        }
      };
      const display = (): void => {
        cmp?.setCmpDisplayStatus(api.views.notice || api.views.preferences ? CmpDisplayStatus.VISIBLE : CmpDisplayStatus.HIDDEN);
      };
      const offViews = [api.on('show', display), api.on('hide', display)];
      const offConsent = onConsent(
        api,
        () => {
          const settings = api.config.gpp;
          if (settings === null) return;
          try {
            // IAB's library takes over from a stub (it asks the stub for its queue): the page's, the
            // main script's, or (npm) this one.
            installGppStub(win, settings.cmpId);
            cmp = new CmpApi(settings.cmpId, settings.cmpVersion);
            answering = page.__gpp;
          } catch (error) {
            reporter.error(`GPP: __gpp could not be set up (${reason(error)}).`);
            return;
          }
          cmp.setSupportedAPIs(US_SECTIONS.map((name) => `${String(SECTION_IDS.get(name))}:${name}`));
          cmp.setCmpStatus(CmpStatus.LOADED);
          display();
          publish();
        },
        publish,
      );
      return () => {
        offConsent();
        for (const off of offViews) off();
        if (answering !== undefined && page.__gpp === answering) Reflect.deleteProperty(page, '__gpp');
        stopAnsweringFrames(win);
      };
    },
  };
}
