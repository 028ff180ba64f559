import type { ConsentLogPayload } from '../../src/integrations/consent-log.js';

/** The consent log entries the test server received on this sink since the last read (and forgets them). */
export async function readLogSink(sink: string): Promise<ConsentLogPayload[]> {
  const response = await fetch(`/__test/log-read?sink=${encodeURIComponent(sink)}`);
  return ((await response.json()) as { body: string }[]).map((entry) => JSON.parse(entry.body) as ConsentLogPayload);
}

/** The request headers the test server saw with each entry on this sink (and forgets the entries). */
export async function readLogRequests(sink: string): Promise<{ type: string; referer: string; cookie: string }[]> {
  const response = await fetch(`/__test/log-read?sink=${encodeURIComponent(sink)}`);
  return (await response.json()) as { type: string; referer: string; cookie: string }[];
}

/** Waits until the sink has received `count` more entries (3 s at most), and returns what came. */
export async function nextLogEntries(sink: string, count: number): Promise<ConsentLogPayload[]> {
  let entries: ConsentLogPayload[] = [];
  for (let tries = 0; tries < 40 && entries.length < count; tries++) {
    entries = [...entries, ...(await readLogSink(sink))];
    if (entries.length < count) await new Promise((resolve) => setTimeout(resolve, 75));
  }
  return entries;
}
