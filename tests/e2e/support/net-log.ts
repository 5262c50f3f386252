import { readFile } from 'node:fs/promises';

/** One request the browser's network stack started, as Chromium's NetLog recorded it. */
export interface LoggedRequest {
  url: string;
  /** The origin that asked for it; "not an origin" for the browser's own requests. */
  initiator: string;
  networkIsolationKey: string;
}

interface NetLog {
  constants: { logEventTypes: Record<string, number> };
  events: { type: number; params?: Record<string, unknown> }[];
}

/**
 * Every request in a NetLog file (`--log-net-log=FILE`). The file is complete once the browser
 * has quit; a log cut short (no closing brackets) is closed here so it still reads.
 */
export async function loggedRequests(file: string): Promise<LoggedRequest[]> {
  const text = await readFile(file, 'utf8');
  let log: NetLog;
  try {
    log = JSON.parse(text) as NetLog;
  } catch {
    log = JSON.parse(text.replace(/,?\s*$/, ']}')) as NetLog;
  }
  const start = log.constants.logEventTypes.URL_REQUEST_START_JOB;
  return log.events
    .filter((e) => e.type === start && typeof e.params?.url === 'string')
    .map(({ params = {} }) => ({
      url: String(params.url),
      initiator: String(params.initiator ?? ''),
      networkIsolationKey: String(params.network_isolation_key ?? ''),
    }));
}

/** Whether the extension with this id asked for the request (a page of it, or its worker). */
export const fromExtension = (request: LoggedRequest, id: string): boolean =>
  request.initiator.includes(id) || request.networkIsolationKey.includes(id);
