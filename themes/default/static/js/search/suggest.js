/*
 * Reply Archive search, part 4 of 5: "did you mean" — the nearest alternatives to a phrase the index lacks,
 * from its vocabulary file (org.replyarchive.search.Vocabulary): English words within one or two edits,
 * Chinese phrases with one character changed so that every pair is known.
 */
(function (S) {
  'use strict';

  /** The vocabulary file's lines (term, tab, number of documents) as words and pairs by character. */
  function parseVocabulary(t) {
    var v = { df: new Map(), words: [], pairsByFirst: new Map(), pairsBySecond: new Map() };
    t.split('\n').forEach(function (line) {
      var tab = line.indexOf('\t');
      if (tab < 0) return;
      var term = line.slice(0, tab);
      v.df.set(term, parseInt(line.slice(tab + 1), 10));
      var chars = Array.from(term);
      if (chars.length === 2 && S.HAN.test(chars[0])) {
        push(v.pairsByFirst, chars[0], chars[1]);
        push(v.pairsBySecond, chars[1], chars[0]);
      } else {
        v.words.push(term);
      }
    });
    return v;
  }

  function push(map, key, value) {
    if (!map.has(key)) map.set(key, []);
    map.get(key).push(value);
  }

  /** Levenshtein distance, giving up (returning limit + 1) once it must exceed limit. */
  function editDistance(a, b, limit) {
    if (Math.abs(a.length - b.length) > limit) return limit + 1;
    var row = [];
    for (var j = 0; j <= b.length; j++) row.push(j);
    for (var i = 1; i <= a.length; i++) {
      var diagonal = row[0];
      row[0] = i;
      var smallest = row[0];
      for (var k = 1; k <= b.length; k++) {
        var above = row[k];
        row[k] = Math.min(row[k] + 1, row[k - 1] + 1, diagonal + (a.charAt(i - 1) === b.charAt(k - 1) ? 0 : 1));
        diagonal = above;
        smallest = Math.min(smallest, row[k]);
      }
      if (smallest > limit) return limit + 1;
    }
    return row[b.length];
  }

  /** The nearest vocabulary words to a word: fewest edits first, then the commonest. */
  function nearWords(v, word) {
    var limit = word.length <= 4 ? 1 : 2;
    var scored = [];
    v.words.forEach(function (w) {
      var d = editDistance(word, w, limit);
      if (d > 0 && d <= limit) scored.push({ text: w, d: d, df: v.df.get(w) });
    });
    scored.sort(function (a, b) { return a.d - b.d || b.df - a.df || (a.text < b.text ? -1 : 1); });
    return scored.slice(0, CANDIDATES).map(function (s) { return s.text; });
  }

  /** A Chinese phrase with one character replaced so that every pair is in the vocabulary, commonest first. */
  function nearPhrases(v, phrase) {
    var chars = Array.from(phrase);
    var scored = [];
    chars.forEach(function (c, i) {
      var options = i > 0 ? v.pairsByFirst.get(chars[i - 1]) || [] : v.pairsBySecond.get(chars[i + 1]) || [];
      options.forEach(function (o) {
        if (o === c) return;
        var next = chars.slice();
        next[i] = o;
        var pairs = S.phraseTerms(next.join(''));
        if (!pairs.every(function (p) { return v.df.has(p); })) return;
        var df = Math.min.apply(null, pairs.map(function (p) { return v.df.get(p); }));
        scored.push({ text: next.join(''), df: df });
      });
    });
    scored.sort(function (a, b) { return b.df - a.df || (a.text < b.text ? -1 : 1); });
    return Array.from(new Set(scored.map(function (s) { return s.text; }))).slice(0, CANDIDATES);
  }

  /** How many alternatives are looked up, and how many offered. */
  var CANDIDATES = 30;
  var OFFERED = 3;

  /** The alternatives to look up for one phrase of a query. */
  function nearAlternatives(v, phrase) {
    if (phrase.indexOf(' ') >= 0) return [];
    return S.HAN.test(phrase.charAt(0)) ? nearPhrases(v, phrase) : nearWords(v, phrase);
  }

  S.OFFERED = OFFERED;
  S.parseVocabulary = parseVocabulary;
  S.editDistance = editDistance;
  S.nearAlternatives = nearAlternatives;
})(window.ReplyArchiveSearch = window.ReplyArchiveSearch || {});
