import { expect } from 'chai';
import { diagnostics } from '../../src/core/diagnostics.js';
import { wordMessage, type Message } from '../../src/core/message-wording.js';
import { createSay, type MessageDetails } from '../../src/core/say.js';
import { waitFor } from '../helpers/consent.js';
import { recordingReporter } from '../helpers/reporter.js';

/** A details loader that counts its calls, resolved by hand (`give`), or at once with what `answer` gives. */
function manualDetails(answer?: () => ReturnType<MessageDetails>) {
  const calls = { count: 0 };
  let give: (value: Awaited<ReturnType<MessageDetails>>) => void = () => undefined;
  const details: MessageDetails = () => {
    calls.count += 1;
    return answer?.() ?? new Promise((resolve) => (give = resolve));
  };
  return {
    calls,
    details,
    give: (value: Awaited<ReturnType<MessageDetails>>) => {
      give(value);
    },
  };
}

const settled = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 10));

describe('runtime messages, said as data and worded on demand', () => {
  it('with the wording at hand, each message is said in full at once, errors as errors', () => {
    const reporter = recordingReporter();
    const say = createSay(reporter, undefined, wordMessage);
    say.error('scriptSrcNotUrl', 'javascript:alert(1)');
    say.warn('scriptTimeout', '/slow.js', true, 2000);
    expect(reporter.errors).to.deep.equal([`a tagged script's src "javascript:alert(1)" is not an http(s) or relative URL; not run.`]);
    expect(reporter.warnings).to.deep.equal(['the tagged script /slow.js did not load in 2000 ms; the next ones run anyway.']);
  });

  it('without a way to the wording, the key and the parameters are said at once, and nothing is loaded', () => {
    const reporter = recordingReporter();
    const say = createSay(reporter);
    say.error('mediaNotUrl', 'iframe', 'data-src', 'javascript:x');
    say.warn('scriptTimeout', 'inline module', false, 500);
    say.error('initDestroyed');
    say.error('liveFrame', ['srcdoc', 'src'], true, '<iframe>');
    expect(reporter.errors).to.deep.equal(['mediaNotUrl: iframe, data-src, javascript:x', 'initDestroyed', 'liveFrame: ["srcdoc","src"], true, <iframe>']);
    expect(reporter.warnings).to.deep.equal(['scriptTimeout: inline module, false, 500']);
  });

  it('the first message asks for the wording once; the messages of that moment wait for it and come in order, the later ones at once', async () => {
    const reporter = recordingReporter();
    const { calls, details, give } = manualDetails();
    const say = createSay(reporter, details);
    say.error('beforeInit', 'acceptAll');
    say.warn('initAgain');
    say.error('afterDestroy', 'show');
    await settled();
    expect([reporter.errors, reporter.warnings, calls.count], 'nothing said before the words are here').to.deep.equal([[], [], 1]);
    give(diagnostics);
    await waitFor(() => reporter.errors.length === 2, 1000, 'the held messages');
    expect(reporter.errors).to.deep.equal([
      'acceptAll() was called before init(); call init() first.',
      'show() was called after destroy(); make a new instance (init(), createConsent()).',
    ]);
    expect(reporter.warnings).to.deep.equal(["init() was called again; the first call's config stays in use."]);
    say.error('acceptServicesNotObject');
    expect(reporter.errors.at(-1), 'in full, at once').to.equal('accept(): services must be an object of service-id arrays by category; nothing saved.');
    expect(calls.count).to.equal(1);
  });

  it('when the wording cannot be had, the held messages are said as key and parameters, and so is each later one at once, without asking again', async () => {
    const reporter = recordingReporter();
    const { calls, details } = manualDetails(() => Promise.resolve(undefined));
    const say = createSay(reporter, details);
    say.error('scriptFailed', 'refused');
    await waitFor(() => reporter.errors.length === 1, 1000, 'the short line');
    say.error('nodeStateThrew', 'boom');
    expect(reporter.errors).to.deep.equal(['scriptFailed: refused', 'nodeStateThrew: boom']);
    expect(calls.count).to.equal(1);
  });

  it('a loader that rejects, or throws, is said, and the messages still come', async () => {
    const rejected = recordingReporter();
    createSay(rejected, () => Promise.reject(new Error('file gone'))).warn('scriptLoadFailed', '/x.js');
    await waitFor(() => rejected.warnings.length === 1, 1000, 'the held warning');
    expect(rejected.errors).to.deep.equal(["the messages' wording could not be loaded (file gone)."]);
    expect(rejected.warnings).to.deep.equal(['scriptLoadFailed: /x.js']);

    const thrown = recordingReporter();
    createSay(thrown, () => {
      throw new Error('no loader');
    }).error('uiStartFailed', 'x');
    await waitFor(() => thrown.errors.length === 2, 1000, 'the failure and the message');
    expect(thrown.errors).to.deep.equal(["the messages' wording could not be loaded (no loader).", 'uiStartFailed: x']);
  });

  it('a key the wording does not know (a main file of another version) is said as it is', () => {
    const reporter = recordingReporter();
    const unknown = ['notAKeyYet', 'value'] as unknown as Message;
    expect(wordMessage(unknown)).to.equal(undefined);
    expect(wordMessage(['toString'] as unknown as Message), 'never a prototype method').to.equal(undefined);
    const say = createSay(reporter, undefined, wordMessage);
    say.error(...unknown);
    expect(reporter.errors).to.deep.equal(['notAKeyYet: value']);
  });
});
