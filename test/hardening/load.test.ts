import { expect } from 'chai';
import { clearAllCookies } from '../helpers/cookies.js';
import { destroyAll, makeConsent, uniqueCookieName, waitFor } from '../helpers/consent.js';
import { engine, limitOf } from '../helpers/engine.js';
import { mountFixture, unmountAll } from '../helpers/ui.js';

interface MemoryPerformance extends Performance {
  memory?: { usedJSHeapSize: number };
}

declare global {
  interface Window {
    gc?: () => void;
    __order?: number[];
  }
}

async function settledHeap(): Promise<number> {
  for (let i = 0; i < 3; i++) {
    window.gc?.();
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  return (performance as MemoryPerformance).memory?.usedJSHeapSize ?? Number.NaN;
}

describe('load', () => {
  afterEach(() => {
    unmountAll();
    destroyAll();
    clearAllCookies();
  });

  const heapLimit = limitOf('measure-heap');
  it(`shows and hides the notice and the dialog 1,000 times with no nodes or listeners left behind${heapLimit === undefined ? ' and a flat heap' : ` (the heap is not measured in ${engine}: ${heapLimit})`}`, async function () {
    this.timeout(120_000);
    if (heapLimit === undefined) expect(typeof window.gc, 'the runner starts Chromium with --expose-gc').to.equal('function');
    const f = await mountFixture({ categories: { necessary: { required: true }, analytics: { services: { a: {}, b: {} } }, marketing: {} } });
    const listenersAdded: string[] = [];
    const add = document.addEventListener.bind(document);
    document.addEventListener = ((type: string, listener: EventListenerOrEventListenerObject, options?: boolean | AddEventListenerOptions) => {
      listenersAdded.push(type);
      add(type, listener, options);
    }) as typeof document.addEventListener;
    const cycle = async (): Promise<void> => {
      f.api.show();
      await f.element.updateComplete;
      f.api.showPreferences();
      await f.element.updateComplete;
      f.api.hide();
      await f.element.updateComplete;
    };
    try {
      for (let i = 0; i < 100; i++) await cycle(); // warm up: caches, templates, JIT
      const nodesBefore = f.root.querySelectorAll('*').length;
      const before = await settledHeap();
      for (let i = 0; i < 1000; i++) await cycle();
      const after = await settledHeap();
      const nodesAfter = f.root.querySelectorAll('*').length;
      if (heapLimit === undefined) console.log(`heap before ${String(before)} B, after 1,000 cycles ${String(after)} B, growth ${String(after - before)} B`);
      expect(nodesAfter).to.equal(nodesBefore);
      expect(listenersAdded, 'no document listener added per cycle').to.deep.equal([]);
      if (heapLimit === undefined) expect(after - before, 'heap growth over 1,000 cycles').to.be.below(512 * 1024);
    } finally {
      document.addEventListener = add;
    }
  });

  it('releases 500 tagged scripts in document order', async () => {
    window.__order = [];
    const container = document.createElement('div');
    container.innerHTML = Array.from(
      { length: 500 },
      (_, i) => `<script type="text/plain" data-consent="analytics">window.__order.push(${String(i)})</script>`,
    ).join('');
    document.body.append(container);
    try {
      const { api } = makeConsent({ cookie: { name: uniqueCookieName() }, reloadOnWithdraw: false });
      api.init();
      const started = performance.now();
      api.acceptAll();
      await waitFor(() => window.__order?.length === 500, 10_000, 'all 500 scripts');
      const elapsed = performance.now() - started;
      console.log(`500 tagged inline scripts released in ${elapsed.toFixed(1)} ms`);
      expect(window.__order).to.deep.equal(Array.from({ length: 500 }, (_, i) => i));
    } finally {
      container.remove();
    }
  });
});
