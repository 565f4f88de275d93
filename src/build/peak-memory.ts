/**
 * The most memory (resident set) this build process has held so far, in MB, worker threads
 * included. It only rises, so taken at the end of each phase it shows which phase raised it (the
 * build report records it per phase: src/build/record-phase.ts).
 */
export function peakMemoryMb(): number {
  return Math.round(process.resourceUsage().maxRSS / 1024);
}
