/**
 * The site's Content-Security-Policy. No inline script or style, no eval; the one allowance is
 * 'wasm-unsafe-eval', which Pagefind's WebAssembly search needs. Everything is self-hosted.
 */
export const CONTENT_SECURITY_POLICY: Readonly<Record<string, string[]>> = {
  'default-src': ["'self'"],
  'script-src': ["'self'", "'wasm-unsafe-eval'"],
  'style-src': ["'self'"],
  'img-src': ["'self'", 'data:'],
  'font-src': ["'self'"],
  'connect-src': ["'self'"],
  'worker-src': ["'self'"],
  'object-src': ["'none'"],
  'base-uri': ["'self'"],
  'form-action': ["'self'"],
};

/** Directives a `<meta>` policy may not carry (browsers ignore them there); sent as a header only. */
export const HEADER_ONLY_DIRECTIVES: Readonly<Record<string, string[]>> = {
  'frame-ancestors': ["'none'"],
};

/** The policy as one header value. */
export function formatPolicy(policy: Readonly<Record<string, string[]>>): string {
  return Object.entries(policy)
    .map(([directive, sources]) => `${directive} ${sources.join(' ')}`)
    .join('; ');
}

/** The value for `<meta http-equiv="Content-Security-Policy">`. */
export const META_POLICY = formatPolicy(CONTENT_SECURITY_POLICY);

/** The value for the HTTP header, with the directives a meta tag cannot carry. */
export const HEADER_POLICY = formatPolicy({ ...CONTENT_SECURITY_POLICY, ...HEADER_ONLY_DIRECTIVES });
