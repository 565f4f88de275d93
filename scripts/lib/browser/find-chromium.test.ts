import { describe, expect, it } from 'vitest';
import { browserCandidates } from './find-chromium.ts';

describe('browserCandidates', () => {
  it('looks where Linux distributions and Google install Chromium, Chrome and Edge', () => {
    expect(browserCandidates('linux', {}, '/home/a')).toEqual(
      expect.arrayContaining(['/usr/bin/chromium', '/usr/bin/google-chrome', '/usr/bin/microsoft-edge', '/snap/bin/chromium']),
    );
  });

  it('looks in the system and the user Applications folder on macOS', () => {
    const candidates = browserCandidates('darwin', {}, '/Users/a');
    expect(candidates[0]).toBe('/Applications/Google Chrome.app/Contents/MacOS/Google Chrome');
    expect(candidates).toContain('/Users/a/Applications/Microsoft Edge.app/Contents/MacOS/Microsoft Edge');
  });

  it('looks under Program Files and the local app data folder on Windows', () => {
    const candidates = browserCandidates('win32', { PROGRAMFILES: 'C:\\Program Files', LOCALAPPDATA: 'C:\\Users\\a\\AppData\\Local' }, 'C:\\Users\\a');
    expect(candidates).toEqual(
      expect.arrayContaining(['C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe', 'C:\\Users\\a\\AppData\\Local\\Microsoft\\Edge\\Application\\msedge.exe']),
    );
  });
});
