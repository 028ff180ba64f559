import { onBeforeUnmount, onMounted, shallowRef, type ShallowRef } from 'vue';
import { init, type ConsentRecord } from 'consent-banner';

/** The visitor's choice, following every change (`null` before a choice and on the server). */
export function useConsent(): ShallowRef<ConsentRecord | null> {
  const record = shallowRef<ConsentRecord | null>(null);
  let stop = (): void => undefined;
  onMounted(() => {
    const api = init(); // the page-wide instance main.ts started
    record.value = api.get();
    stop = api.on('change', (detail) => {
      record.value = detail.record;
    });
  });
  onBeforeUnmount(() => {
    stop();
  });
  return record;
}
