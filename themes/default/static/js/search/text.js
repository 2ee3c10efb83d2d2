/*
 * Reply Archive search, part 1 of 5: the normalised form text is compared in and the terms a text or a query
 * makes. It mirrors org.replyarchive.search.SearchNormalizer, SearchTokenizer and QueryPhrases rule for rule
 * (proved by the shared fixture): change both together. Classic script; everything goes on one namespace,
 * window.ReplyArchiveSearch, which the other parts (index.js, results.js, suggest.js, then the page's search.js) extend.
 */
(function (S) {
  'use strict';

  var HAN = /\p{Script=Han}/u;
  var WORD_CHAR = /[\p{L}\p{Nd}]/u;
  // Listed one by one, as in SearchTokenizer.java, because Java's and JavaScript's \\s differ.
  var SPACE = '[ \\t\\n\\r\\f\\u000b\\u00a0\\u3000\\ufeff\\u2000-\\u200a]';
  var SPACE_CHAR = new RegExp('^' + SPACE + '$', 'u');
  var TRIM = new RegExp('^' + SPACE + '+|' + SPACE + '+$', 'gu');
  var DOC_NUMBER_BODY = '(\\p{Script=Han}{2,12})' + SPACE + '*[〔【\\[（(]' + SPACE + '*(\\d{4})' + SPACE +
      '*[〕】\\]）)]' + SPACE + '*(\\d{1,4})' + SPACE + '*号';
  var DOC_NUMBER = new RegExp('^' + DOC_NUMBER_BODY + '$', 'u');
  var DOC_NUMBERS = new RegExp(DOC_NUMBER_BODY, 'gu');
  var QUOTES = '"“”＂';

  /** Traditional → simplified, read from the index's folding table (org.replyarchive.search.ScriptFolding). */
  var simplified = new Map();

  function setFolding(table) {
    simplified = new Map();
    var cps = Array.from(table, function (c) { return c.codePointAt(0); });
    for (var i = 0; i + 1 < cps.length; i += 2) simplified.set(cps[i], cps[i + 1]);
  }

  /** One code point folded as ScriptFolding.fold: width, traditional → simplified, case (one to one). */
  function fold(cp) {
    if (cp < 0x80) return cp >= 65 && cp <= 90 ? cp + 32 : cp;
    if (cp >= 0xff01 && cp <= 0xff5e) return fold(cp - 0xfee0);
    if (cp === 0x3000) return 32;
    if (simplified.has(cp)) return simplified.get(cp);
    return String.fromCodePoint(cp).toLowerCase().codePointAt(0);
  }

  function foldEach(text) {
    var out = '';
    for (var i = 0; i < text.length;) {
      var cp = text.codePointAt(i);
      out += String.fromCodePoint(fold(cp));
      i += cp > 0xffff ? 2 : 1;
    }
    return out;
  }

  function stem(word) {
    if (!/^[a-z]+$/.test(word) || word.length <= 3) return word;
    if (word.endsWith('ies') && word.length > 4) return word.slice(0, -3) + 'y';
    if (word.endsWith('sses')) return word.slice(0, -2);
    if (word.endsWith('s') && !word.endsWith('ss') && !word.endsWith('us') && !word.endsWith('is')) {
      return word.slice(0, -1);
    }
    if (word.endsWith('ing') && word.length > 5) return word.slice(0, -3);
    if (word.endsWith('ed') && word.length > 4) return word.slice(0, -2);
    return word;
  }

  var IZE_ENDINGS = ['isation', 'ising', 'ised', 'ises', 'ise', 'yse', 'ysed', 'ysing'];

  /** British → American spelling by ending, as org.replyarchive.search.SpellingVariants. */
  function american(word) {
    var n = word.length;
    if (n < 5) return word;
    if (word.startsWith('programme')) return 'program' + word.slice(9);
    if (n >= 6 && word.endsWith('our')) return word.slice(0, n - 2) + 'r';
    if (word.endsWith('tre') || word.endsWith('bre')) return word.slice(0, n - 2) + 'er';
    if (n >= 7 && word.endsWith('ogue')) return word.slice(0, n - 2);
    if (word.endsWith('fence') || word.endsWith('cence')) return word.slice(0, n - 2) + 'se';
    for (var i = 0; i < IZE_ENDINGS.length; i++) {
      var e = IZE_ENDINGS[i];
      if (word.endsWith(e) && n - e.length >= 3) return word.slice(0, n - e.length) + e.replace('s', 'z');
    }
    return word;
  }

  function term(word) {
    return stem(american(word));
  }

  function isAsciiDigit(cp) {
    return cp >= 48 && cp <= 57;
  }

  /**
   * The normalised text, as org.replyarchive.search.SearchNormalizer; with map, also where each of its UTF-16
   * units came from in text (map.from[k], map.to[k]), so that matches can be marked in the text as shown.
   */
  function normalize(text, map) {
    var out = '';
    var word = '';
    var wordFrom = 0;
    var wordTo = 0;
    var last = '';
    function emit(s, from, to) {
      out += s;
      if (map) for (var k = 0; k < s.length; k++) { map.from.push(from); map.to.push(to); }
    }
    function flushWord() {
      if (!word) return;
      emit(term(word), wordFrom, wordTo);
      word = '';
      last = 'w';
    }
    function keptInNumber(cp, next) {
      if ((cp !== 46 && cp !== 44) || !word || !isAsciiDigit(word.charCodeAt(word.length - 1))) return false;
      if (cp === 46) {
        if (next < text.length && isAsciiDigit(fold(text.charCodeAt(next)))) { word += '.'; return true; }
        return false;
      }
      var digits = 0;
      while (next + digits < text.length && isAsciiDigit(fold(text.charCodeAt(next + digits)))) digits++;
      return digits === 3;
    }
    for (var i = 0; i < text.length;) {
      var raw = text.codePointAt(i);
      var next = i + (raw > 0xffff ? 2 : 1);
      var cp = fold(raw);
      var ch = String.fromCodePoint(cp);
      if (HAN.test(ch)) {
        flushWord();
        if (last === 'w') emit(' ', i, i);
        emit(ch, i, next);
        last = 'h';
      } else if (WORD_CHAR.test(ch)) {
        if (!word && last) emit(' ', i, i);
        if (!word) wordFrom = i;
        word += ch;
        wordTo = next;
      } else if (!keptInNumber(cp, next)) {
        flushWord();
      }
      i = next;
    }
    flushWord();
    return out;
  }

  /** A page's terms: each Chinese character and pair, each word (SearchTokenizer.tokens). */
  function tokens(text) {
    var terms = [];
    normalize(text).split(' ').forEach(function (piece) {
      if (!piece) return;
      var chars = Array.from(piece);
      if (!HAN.test(chars[0])) { terms.push(piece); return; }
      chars.forEach(function (c, i) {
        terms.push(c);
        if (i > 0) terms.push(chars[i - 1] + c);
      });
    });
    return terms;
  }

  /** A query's phrases, normalised: quoted text is one, else each space-separated piece (QueryPhrases). */
  function queryPhrases(query) {
    var phrases = [];
    var current = '';
    var quoted = false;
    function add() {
      var n = normalize(current);
      if (n) phrases.push(n);
      current = '';
    }
    for (var i = 0; i < query.length; i++) {
      var c = query.charAt(i);
      if (QUOTES.indexOf(c) >= 0) { add(); quoted = !quoted; }
      else if (!quoted && SPACE_CHAR.test(c)) add();
      else current += c;
    }
    add();
    return phrases;
  }

  /** The terms a phrase needs: its words, its Chinese runs' pairs, or the lone character. */
  function phraseTerms(phrase) {
    var terms = [];
    phrase.split(' ').forEach(function (piece) {
      if (!piece) return;
      var chars = Array.from(piece);
      if (!HAN.test(chars[0]) || chars.length === 1) { terms.push(piece); return; }
      for (var i = 0; i + 1 < chars.length; i++) terms.push(chars[i] + chars[i + 1]);
    });
    return terms;
  }

  function docNumberTerm(m) {
    return '#' + m[1] + m[2] + '-' + parseInt(m[3], 10);
  }

  function queryTokens(query) {
    var q = foldEach(query).replace(TRIM, '');
    var m = DOC_NUMBER.exec(q);
    if (m) return [docNumberTerm(m)];
    var terms = [];
    queryPhrases(query).forEach(function (p) { terms = terms.concat(phraseTerms(p)); });
    return Array.from(new Set(terms));
  }

  /**
   * Where phrase stands in normalised text, or -1: a Chinese edge may fall anywhere (虎 in 东北虎), a word's
   * edge only at a word's edge (2 is not in 2023).
   */
  function indexOfPhrase(normalized, phrase, from) {
    var wordStart = !HAN.test(String.fromCodePoint(phrase.codePointAt(0)));
    var wordEnd = !HAN.test(phrase.charAt(phrase.length - 1)) && !/[\udc00-\udfff]/.test(phrase.charAt(phrase.length - 1));
    for (var at = normalized.indexOf(phrase, from || 0); at >= 0; at = normalized.indexOf(phrase, at + 1)) {
      var end = at + phrase.length;
      if (wordStart && at > 0 && normalized.charAt(at - 1) !== ' ') continue;
      if (wordEnd && end < normalized.length && normalized.charAt(end) !== ' ') continue;
      return at;
    }
    return -1;
  }

  S.HAN = HAN;
  S.SPACE = SPACE;
  S.DOC_NUMBER_BODY = DOC_NUMBER_BODY;
  S.DOC_NUMBERS = DOC_NUMBERS;
  S.setFolding = setFolding;
  S.foldEach = foldEach;
  S.stem = stem;
  S.normalize = normalize;
  S.tokens = tokens;
  S.queryPhrases = queryPhrases;
  S.phraseTerms = phraseTerms;
  S.docNumberTerm = docNumberTerm;
  S.queryTokens = queryTokens;
  S.indexOfPhrase = indexOfPhrase;
})(window.ReplyArchiveSearch = window.ReplyArchiveSearch || {});
