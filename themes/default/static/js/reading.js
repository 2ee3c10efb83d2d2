/* Reading settings: text size, line spacing, contrast and read-aloud. Loaded in <head> without defer so that a
   saved choice is on <html> before the first paint (no flash of small text). No words here: the status text
   comes from the page (data-text-saved), the button's words from its data attributes. */
(function () {
  'use strict';
  var KEY = 'reply-archive.reading';
  var NAMES = ['size', 'spacing', 'contrast'];
  var root = document.documentElement;

  function load() {
    try {
      return JSON.parse(localStorage.getItem(KEY)) || {};
    } catch (e) {
      return {}; // storage off (private mode, file://): the choice then lasts for the page only
    }
  }

  function save(settings) {
    try {
      localStorage.setItem(KEY, JSON.stringify(settings));
    } catch (e) { /* see load */ }
  }

  function apply(settings) {
    NAMES.forEach(function (name) {
      if (settings[name]) {
        root.setAttribute('data-reading-' + name, settings[name]);
      }
    });
  }

  apply(load());

  function readAloud(button) {
    var body = document.querySelector('.reply-body');
    if (!body || !('speechSynthesis' in window) || typeof SpeechSynthesisUtterance !== 'function') {
      return;
    }
    var start = button.textContent;
    button.parentNode.hidden = false;
    button.addEventListener('click', function () {
      if (speechSynthesis.speaking) {
        speechSynthesis.cancel();
        return;
      }
      // One utterance per block: browsers cut a single long utterance off after a while.
      var blocks = body.querySelectorAll('h2:not(.visually-hidden), h3, p, li, blockquote > p, td');
      var lang = (body.closest('[lang]') || root).getAttribute('lang');
      var last;
      blocks.forEach(function (block) {
        var text = block.textContent.trim();
        if (text) {
          last = new SpeechSynthesisUtterance(text);
          last.lang = lang;
          speechSynthesis.speak(last);
        }
      });
      button.textContent = button.getAttribute('data-text-stop');
      button.setAttribute('aria-pressed', 'true');
      var reset = function () {
        button.textContent = start;
        button.setAttribute('aria-pressed', 'false');
      };
      if (last) {
        last.addEventListener('end', reset);
        last.addEventListener('error', reset);
      }
    });
  }

  var LANGUAGE_KEY = 'reply-archive.language';

  /* The entry page: open the language the reader chose before; else mark the one the browser asks for. A choice
     is any language link followed, here or in a page's language switch. */
  function chooseLanguage() {
    var links = document.querySelectorAll('.entry__language a[hreflang]');
    var chosen = null;
    try {
      chosen = localStorage.getItem(LANGUAGE_KEY);
    } catch (e) { /* see load */ }
    var match = function (tag) {
      for (var i = 0; i < links.length; i++) {
        var lang = links[i].getAttribute('hreflang').toLowerCase();
        if (tag && (lang === tag.toLowerCase() || lang.split('-')[0] === tag.toLowerCase().split('-')[0])) {
          return links[i];
        }
      }
      return null;
    };
    var remembered = match(chosen);
    if (remembered) {
      location.replace(remembered.href);
      return;
    }
    var wanted = (navigator.languages || [navigator.language]).map(match).filter(Boolean)[0];
    if (wanted) {
      wanted.closest('.entry__language').classList.add('entry__language--suggested');
    }
  }

  function rememberLanguage(event) {
    var link = event.target.closest && event.target.closest('.entry__language a[hreflang], .language-switch a[hreflang]');
    if (link) {
      try {
        localStorage.setItem(LANGUAGE_KEY, link.getAttribute('hreflang'));
      } catch (e) { /* see load */ }
    }
  }

  document.addEventListener('click', rememberLanguage);

  document.addEventListener('DOMContentLoaded', function () {
    if (document.body.classList.contains('entry')) {
      chooseLanguage();
    }
    var settings = load();
    var status = document.querySelector('.reading-settings__status');
    NAMES.forEach(function (name) {
      var chosen = settings[name] && document.getElementById('rs-' + name + '-' + settings[name]);
      if (chosen) {
        chosen.checked = true;
      }
      document.querySelectorAll('input[name="rs-' + name + '"]').forEach(function (input) {
        input.addEventListener('change', function () {
          settings[name] = input.value;
          root.setAttribute('data-reading-' + name, input.value);
          save(settings);
          if (status) {
            var legend = input.closest('fieldset').querySelector('legend').textContent;
            status.textContent = status.getAttribute('data-text-saved')
              .replace('{name}', legend + ' ' + input.parentNode.textContent.trim());
          }
        });
      });
    });
    // On a wide screen the contents fit beside the first screen of text; a phone keeps them folded.
    var toc = document.querySelector('.toc__details');
    if (toc && window.matchMedia('(min-width: 60rem)').matches) {
      toc.open = true;
    }
    var button = document.getElementById('read-aloud');
    if (button) {
      readAloud(button);
    }
  });
})();
