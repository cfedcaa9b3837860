/** Links from the backend or from a person open only when they are http(s): never `javascript:` or `data:`. */
export function safeUrl(url: string | null | undefined): string | undefined {
  return url && /^https?:\/\//i.test(url) ? url : undefined;
}
