import { readFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import { HEADER_POLICY, META_POLICY } from './content-security-policy.ts';

it('forbids inline code and eval, allowing only WebAssembly compilation', () => {
  expect(META_POLICY).toContain("script-src 'self' 'wasm-unsafe-eval'");
  expect(META_POLICY).toContain("style-src 'self'");
  expect(META_POLICY).not.toMatch(/unsafe-inline|'unsafe-eval'|\*/);
  expect(META_POLICY).not.toContain('frame-ancestors');
  expect(HEADER_POLICY).toContain("frame-ancestors 'none'");
});

it('public/_headers sends the same policy as the pages carry', () => {
  const headers = readFileSync('public/_headers', 'utf8');
  expect(headers).toContain(`Content-Security-Policy: ${HEADER_POLICY}`);
});
