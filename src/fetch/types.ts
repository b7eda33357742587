/** Types that cross the fetch stage. */

/** One HTTP response as the crawler received it (after redirects). */
export interface FetchedPage {
  /** the URL that was asked for */
  url: string;
  /** the URL after redirects */
  finalUrl: string;
  status: number;
  /** lower-cased header names */
  headers: Record<string, string>;
  /** raw body bytes, decompressed */
  bytes: Uint8Array;
  /** charset from the Content-Type header, if any (the decoder decides the final one) */
  charset: string | null;
  fetchedAt: string;
}
