/**
 * Says something to screen-reader users through one polite live region shared by every widget
 * (created on first use, so pages without widgets carry none).
 */
export function announce(message: string): void {
  let region = document.getElementById('live-announcer');
  if (!region) {
    region = document.createElement('div');
    region.id = 'live-announcer';
    region.className = 'visually-hidden';
    region.setAttribute('role', 'status');
    region.setAttribute('aria-live', 'polite');
    document.body.append(region);
  }
  region.textContent = '';
  window.setTimeout(() => {
    if (region) region.textContent = message;
  }, 50);
}
