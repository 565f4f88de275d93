// Applies the reader's chosen colour scheme before the page paints (no flash), and wires the toggle.
(function () {
  // Scripts run: widgets that need them may take their place from the first paint (no layout shift).
  document.documentElement.classList.add('js');
  var stored = null;
  try { stored = localStorage.getItem('theme'); } catch (e) { /* storage may be blocked */ }
  if (stored === 'light' || stored === 'dark') document.documentElement.dataset.theme = stored;
  document.addEventListener('DOMContentLoaded', function () {
    var button = document.querySelector('[data-theme-toggle]');
    if (!button) return;
    var current = function () {
      return document.documentElement.dataset.theme || (matchMedia('(prefers-color-scheme: dark)').matches ? 'dark' : 'light');
    };
    var show = function () {
      var dark = current() === 'dark';
      button.setAttribute('aria-pressed', String(dark));
    };
    button.hidden = false;
    show();
    button.addEventListener('click', function () {
      var next = current() === 'dark' ? 'light' : 'dark';
      document.documentElement.dataset.theme = next;
      try { localStorage.setItem('theme', next); } catch (e) { /* ignore */ }
      show();
    });
  });
})();
