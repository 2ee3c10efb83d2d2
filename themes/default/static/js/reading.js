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

  /* Glossary terms marked in a text: the term's note (the element its aria-describedby names, which screen
     readers read out) is shown beside it on hover and focus, and on a first tap on a touch screen, where a
     second tap follows the link to the glossary entry. Escape, or moving away, hides it (WCAG 1.4.13). The
     popup repeats what the described element says, so it is hidden from assistive technology. */
  function termPopups() {
    var marks = document.querySelectorAll('a.term[aria-describedby]');
    if (!marks.length) {
      return;
    }
    var popup = document.createElement('div');
    popup.className = 'term-popup';
    popup.hidden = true;
    popup.setAttribute('aria-hidden', 'true');
    document.body.appendChild(popup);
    var shownFor = null;
    var pointer = 'mouse';
    var timer;
    var show = function (mark, touched) {
      var note = document.getElementById(mark.getAttribute('aria-describedby'));
      if (!note) {
        return;
      }
      clearTimeout(timer);
      popup.textContent = '';
      var term = document.createElement('span');
      term.className = 'term-popup__term';
      term.textContent = mark.textContent;
      popup.appendChild(term);
      Array.prototype.forEach.call(note.childNodes, function (node) {
        popup.appendChild(node.cloneNode(true));
      });
      var section = note.closest('.terms');
      if (touched && section && section.getAttribute('data-tap-hint')) {
        var hint = document.createElement('span');
        hint.className = 'term-popup__hint';
        hint.textContent = section.getAttribute('data-tap-hint');
        popup.appendChild(hint);
      }
      popup.setAttribute('lang', (note.closest('[lang]') || root).getAttribute('lang'));
      popup.hidden = false;
      var box = mark.getBoundingClientRect();
      var width = popup.offsetWidth;
      var left = Math.max(8, Math.min(box.left, document.documentElement.clientWidth - width - 8));
      popup.style.left = (left + window.scrollX) + 'px';
      popup.style.top = (box.bottom + window.scrollY + 6) + 'px';
      shownFor = mark;
    };
    var hide = function () {
      clearTimeout(timer);
      popup.hidden = true;
      shownFor = null;
    };
    var hideSoon = function () {
      clearTimeout(timer);
      timer = setTimeout(hide, 300);
    };
    marks.forEach(function (mark) {
      mark.addEventListener('pointerdown', function (event) {
        pointer = event.pointerType || 'mouse';
      });
      mark.addEventListener('mouseenter', function () {
        if (pointer === 'mouse') {
          show(mark, false);
        }
      });
      mark.addEventListener('mouseleave', hideSoon);
      mark.addEventListener('focus', function () {
        // A tap focuses the link too; its click decides, so that the first tap shows and the second follows.
        if (pointer === 'mouse') {
          show(mark, false);
        }
      });
      mark.addEventListener('blur', hideSoon);
      mark.addEventListener('click', function (event) {
        if (pointer !== 'mouse' && shownFor !== mark) {
          event.preventDefault();
          show(mark, true);
        }
        pointer = 'mouse';
      });
    });
    popup.addEventListener('mouseenter', function () {
      clearTimeout(timer);
    });
    popup.addEventListener('mouseleave', hideSoon);
    document.addEventListener('keydown', function (event) {
      if (event.key === 'Escape' && shownFor) {
        hide();
      }
    });
    document.addEventListener('pointerdown', function (event) {
      if (shownFor && !event.target.closest('a.term, .term-popup')) {
        hide();
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
    termPopups();
  });
})();
