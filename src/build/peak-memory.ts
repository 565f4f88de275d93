/**
 * The most memory (resident set) this build process has held so far, in MB, worker threads
 * included. It only rises, so logged at the end of each phase it shows which phase raised it
 * (`npm run bench` reads these lines).
 */
export function peakMemoryMb(): number {
  return Math.round(process.resourceUsage().maxRSS / 1024);
}
