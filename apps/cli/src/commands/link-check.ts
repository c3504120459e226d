/** The outcome of checking one URL. */
export interface LinkResult {
  readonly url: string;
  readonly status: 'ok' | 'redirect' | 'broken' | 'error';
  /** The last HTTP status seen, if any. */
  readonly code?: number;
  /** Where redirects ended up. */
  readonly finalUrl?: string;
  readonly detail?: string;
  readonly ms: number;
}

/** Options for {@link checkLink}. */
export interface LinkCheckOptions {
  readonly timeoutMs: number;
  readonly maxRedirects: number;
  readonly fetch?: typeof fetch;
}

/**
 * Checks one URL: HEAD first (GET when the server refuses HEAD), following up to
 * `maxRedirects` redirects by hand so that the chain is visible, within a time limit.
 */
export async function checkLink(url: string, options: LinkCheckOptions): Promise<LinkResult> {
  const started = Date.now();
  const doFetch = options.fetch ?? fetch;
  let current = url;
  try {
    for (let hop = 0; hop <= options.maxRedirects; hop++) {
      let response = await doFetch(current, request('HEAD', options.timeoutMs));
      if ([403, 405, 501].includes(response.status)) {
        response = await doFetch(current, request('GET', options.timeoutMs));
      }
      await response.body?.cancel().catch(() => undefined);
      const location = response.headers.get('location');
      if (response.status >= 300 && response.status < 400 && location) {
        current = new URL(location, current).toString();
        continue;
      }
      const ms = Date.now() - started;
      if (response.status >= 400) return { url, status: 'broken', code: response.status, ms };
      return current === url
        ? { url, status: 'ok', code: response.status, ms }
        : { url, status: 'redirect', code: response.status, finalUrl: current, ms };
    }
    return {
      url,
      status: 'broken',
      detail: `more than ${options.maxRedirects} redirects`,
      ms: Date.now() - started,
    };
  } catch (error) {
    const timeout =
      error instanceof Error && (error.name === 'TimeoutError' || error.name === 'AbortError');
    return {
      url,
      status: 'error',
      detail: timeout ? `no answer within ${options.timeoutMs} ms` : (error as Error).message,
      ms: Date.now() - started,
    };
  }
}

function request(method: 'HEAD' | 'GET', timeoutMs: number): RequestInit {
  return {
    method,
    redirect: 'manual',
    signal: AbortSignal.timeout(timeoutMs),
    headers: { 'user-agent': 'widerspruch-catalog-links/0.1' },
  };
}

/** Checks many URLs with a bounded number in flight. */
export async function checkLinks(
  urls: readonly string[],
  options: LinkCheckOptions & { readonly concurrency: number },
  onResult?: (result: LinkResult) => void,
): Promise<LinkResult[]> {
  const results: LinkResult[] = new Array(urls.length);
  let next = 0;
  const worker = async () => {
    while (next < urls.length) {
      const i = next++;
      const result = await checkLink(urls[i] as string, options);
      results[i] = result;
      onResult?.(result);
    }
  };
  await Promise.all(Array.from({ length: Math.min(options.concurrency, urls.length) }, worker));
  return results;
}
