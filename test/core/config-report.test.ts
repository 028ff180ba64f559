import { expect } from 'chai';
import { checkConfig, normalizeConfig } from '../../src/core/config.js';
import type { MessageDetails } from '../../src/core/say.js';
import { explainConfigProblems } from '../../src/core/config-wording.js';
import { diagnostics } from '../../src/core/diagnostics.js';
import { waitFor } from '../helpers/consent.js';
import { recordingReporter } from '../helpers/reporter.js';

const MISTAKES = { layout: 'popup', cookie: { name: 'a b' }, categorie: {}, categories: { necessary: { required: true }, 'bad id': {} } };

/** A details loader that counts its calls and hands over the real wording (or what `give` says). */
function countingDetails(give: () => ReturnType<MessageDetails> = () => Promise.resolve(diagnostics)) {
  const calls = { count: 0 };
  const details: MessageDetails = () => {
    calls.count += 1;
    return give();
  };
  return { calls, details };
}

describe('the config checks, said short at once and in full on demand', () => {
  it('a valid config says nothing and loads no wording', () => {
    const reporter = recordingReporter();
    const { calls, details } = countingDetails();
    normalizeConfig({ policyUrl: '/privacy', categories: { necessary: { required: true }, analytics: { cookies: ['_ga'] } } }, undefined, reporter, details);
    expect([reporter.errors, reporter.warnings, calls.count]).to.deep.equal([[], [], 0]);
  });

  it('names each field and value that is not used in one error, and the fields to look at in one warning, before any wording loads', () => {
    const reporter = recordingReporter();
    const { calls, details } = countingDetails(() => new Promise(() => undefined));
    const config = normalizeConfig(MISTAKES, undefined, reporter, details);
    expect(reporter.errors).to.deep.equal(['config: not valid, so not used (details follow): categories.bad id "bad id", layout "popup", cookie.name "a b".']);
    expect(reporter.warnings).to.deep.equal(['config: worth a look (details follow): categorie, policyUrl.']);
    expect(calls.count, 'the wording is asked for once').to.equal(1);
    expect([config.layout, config.cookie.name, config.categories.map((c) => c.id)]).to.deep.equal(['box', 'consent_banner', ['necessary']]);
  });

  it('then says each problem in full, in the order found, errors as errors', async () => {
    const reporter = recordingReporter();
    normalizeConfig(MISTAKES, undefined, reporter, countingDetails().details);
    await waitFor(() => reporter.errors.length === 4, 1000, 'the details');
    expect(reporter.errors.slice(1)).to.deep.equal([
      'config.categories.bad id: the id "bad id" may only use letters, digits, "_" and "-"; category skipped.',
      'config.layout: "popup" is not valid, expected one of "bar", "box", "modal"; using "box".',
      `config.cookie.name: "a b" is not valid, expected a cookie name (letters, digits and !#$%&'*+-.^_\`|~); using "consent_banner".`,
    ]);
    expect(reporter.warnings.slice(1)).to.deep.equal([
      'config.categorie: unknown field, ignored.',
      'config.policyUrl: none set; the notice links to no privacy policy, which informed consent needs.',
    ]);
  });

  it('without a way to the wording, or when it cannot be had, the short line stands (and a failure is said)', async () => {
    const alone = recordingReporter();
    normalizeConfig({ layout: 'popup', policyUrl: '/p' }, undefined, alone);
    expect(alone.errors).to.deep.equal(['config: not valid, so not used: layout "popup".']);

    const unavailable = recordingReporter();
    normalizeConfig({ layout: 'popup', policyUrl: '/p' }, undefined, unavailable, () => Promise.resolve(undefined));
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(unavailable.errors).to.have.length(1);

    const failing = recordingReporter();
    normalizeConfig({ layout: 'popup', policyUrl: '/p' }, undefined, failing, () => Promise.reject(new Error('chunk gone')));
    await waitFor(() => failing.errors.length === 2, 1000, 'the failure');
    expect(failing.errors[1]).to.equal('config: the details could not be loaded (chunk gone).');
  });

  it('a hostile config (a throwing getter) is named as the whole, its problems found before it threw kept', () => {
    const hostile = {
      layout: 'popup',
      get position(): string {
        throw new Error('no');
      },
    };
    const { config, problems } = checkConfig(hostile);
    const reporter = recordingReporter();
    explainConfigProblems(problems, reporter);
    expect(config.layout).to.equal('box');
    expect(reporter.errors.at(-1)).to.equal('config: could not be read (no); using the defaults.');
    const short = recordingReporter();
    normalizeConfig(hostile, undefined, short);
    expect(short.errors[0]).to.include('(the whole)');
  });
});
