/*
 * Reply Archive search: runs in the reader's browser on the index the build wrote, fetching only the
 * manifest, the norms and the posting files its terms need, then for each result shown its small header and
 * the bytes of one block of its page (an HTTP range request). The tokenising mirrors
 * org.replyarchive.search.SearchTokenizer rule for rule; change both together. The binary format is
 * org.replyarchive.search.PostingFile and friends; its constants come from the manifest.
 */
(function () {
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
  var PAGE_SIZE = 10;

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

  // ---- The index: decoding what SearchIndexWriter wrote. Every constant comes from the manifest. ----

  /** The format this script reads; an index of another version is refused rather than misread. */
  var SUPPORTED_VERSION = 4;
  /** A snippet may read several neighbouring blocks at once to find the one that holds the whole query. */
  var MAX_SNIPPET_SPAN = 16384;
  var utf8 = new TextDecoder('utf-8');
  var utf8Encoder = new TextEncoder();

  /** FNV-1a over the term's UTF-16 code units, as org.replyarchive.search.Fnv. */
  function fnv1a(term) {
    var hash = 0x811c9dc5;
    for (var i = 0; i < term.length; i++) {
      hash ^= term.charCodeAt(i);
      hash = Math.imul(hash, 0x01000193);
    }
    return hash >>> 0;
  }

  function shardOf(term, count) {
    return fnv1a(term) % count;
  }

  function hex(hash) {
    return ('0000000' + hash.toString(16)).slice(-8);
  }

  /** A cursor over bytes that reads unsigned LEB128 varints. */
  function Reader(bytes, at) {
    this.bytes = bytes;
    this.at = at || 0;
  }
  Reader.prototype.varint = function () {
    var value = 0;
    for (var shift = 0; shift < 35; shift += 7) {
      if (this.at >= this.bytes.length) throw new Error('truncated search index data');
      var b = this.bytes[this.at++];
      value += (b & 0x7f) * Math.pow(2, shift);
      if (b < 0x80) return value;
    }
    throw new Error('malformed varint');
  };
  Reader.prototype.signed = function () {
    var zigzag = this.varint();
    return zigzag % 2 ? -(zigzag + 1) / 2 : zigzag / 2;
  };
  Reader.prototype.string = function () {
    var length = this.varint();
    var value = utf8.decode(this.bytes.subarray(this.at, this.at + length));
    this.at += length;
    return value;
  };

  function checkManifest(manifest) {
    if (manifest.version !== SUPPORTED_VERSION) {
      throw new Error('search index version ' + manifest.version + ', this page reads ' + SUPPORTED_VERSION);
    }
    if (!manifest.soloSet) manifest.soloSet = new Set(manifest.solo);
    return manifest;
  }

  /** A reader just past a binary file's header, once its magic and version are checked. */
  function open(bytes, magic, manifest) {
    for (var i = 0; i < magic.length; i++) {
      if (bytes[i] !== magic.charCodeAt(i)) throw new Error('not a ' + magic + ' file');
    }
    if (bytes[magic.length] !== manifest.version) throw new Error('search index file of another version');
    return new Reader(bytes, manifest.format.headerBytes);
  }

  /** The file holding a term's postings: its own file if it is a common term, else its shard. */
  function fileOf(manifest, term) {
    var hash = fnv1a(term);
    return manifest.soloSet.has(term)
      ? manifest.files.solo.replace('{hash}', hex(hash))
      : manifest.files.shard.replace('{n}', String(hash % manifest.shards));
  }

  function sameBytes(bytes, at, wanted) {
    for (var i = 0; i < wanted.length; i++) {
      if (bytes[at + i] !== wanted[i]) return false;
    }
    return true;
  }

  /** Every term of a posting file, with its number of documents: for tests, and to list a file's terms. */
  function termsOf(bytes, manifest) {
    var r = open(bytes, manifest.format.postingsMagic, manifest);
    var terms = [];
    for (var n = r.varint(); n > 0; n--) {
      var term = r.string();
      var documents = r.varint();
      skipPostings(r, documents);
      terms.push({ term: term, documents: documents });
    }
    return terms;
  }

  /** Moves past a term's postings: three varints each. */
  function skipPostings(r, documents) {
    for (var i = 3 * documents; i > 0; i--) {
      while (r.bytes[r.at++] >= 0x80) { /* a continued varint */ }
    }
  }

  /**
   * A term's postings in a posting file, as columns: document ids, weighted term frequencies, title flags, and
   * the first block of the body holding the term (-1 for none). The other terms are skipped undecoded.
   */
  function postingsOf(bytes, term, manifest) {
    var wanted = utf8Encoder.encode(term);
    var r = open(bytes, manifest.format.postingsMagic, manifest);
    for (var n = r.varint(); n > 0; n--) {
      var length = r.varint();
      var match = length === wanted.length && sameBytes(bytes, r.at, wanted);
      r.at += length;
      var documents = r.varint();
      if (match) return decodePostings(r, documents, manifest);
      skipPostings(r, documents);
    }
    return decodePostings(null, 0, manifest);
  }

  function decodePostings(r, count, manifest) {
    var bits = manifest.format.titleBits;
    var scale = Math.pow(2, bits);
    var list = { size: count, docs: new Int32Array(count), tf: new Int32Array(count),
      title: new Uint8Array(count), block: new Int32Array(count) };
    var doc = 0;
    for (var i = 0; i < count; i++) {
      doc += r.varint();
      var value = r.varint();
      list.docs[i] = doc;
      list.tf[i] = Math.floor(value / scale);
      list.title[i] = value % scale;
      list.block[i] = r.varint() - 1;
    }
    return list;
  }

  /** The length a norm byte stands for, as org.replyarchive.search.Norms decodes it. */
  function normLength(code, manifest) {
    var exact = manifest.format.normExact;
    var bits = manifest.format.normMantissaBits;
    if (code < exact) return code;
    var shift = ((code - exact) >> bits) + 1;
    var mantissa = (code - exact) & ((1 << bits) - 1);
    return ((1 << bits) + mantissa) * Math.pow(2, shift);
  }

  /** Every document's length, from the norms file. */
  function decodeNorms(bytes, manifest) {
    var r = open(bytes, manifest.format.normsMagic, manifest);
    var lengths = new Float64Array(bytes.length - r.at);
    for (var i = 0; i < lengths.length; i++) lengths[i] = normLength(bytes[r.at + i], manifest);
    return lengths;
  }

  /**
   * Per document: session and kind (as keys), the date as days since 1970, the lead department, proposers and
   * topics (as indexes into their tables of keys and labels).
   */
  function decodeFilters(bytes, manifest) {
    var r = open(bytes, manifest.format.filtersMagic, manifest);
    var count = r.varint();
    function strings() {
      var list = [];
      for (var n = r.varint(); n > 0; n--) list.push(r.string());
      return list;
    }
    function values() {
      var table = { keys: [], labels: [] };
      for (var n = r.varint(); n > 0; n--) { table.keys.push(r.string()); table.labels.push(r.string()); }
      return table;
    }
    function indexes() {
      var list = [];
      for (var n = r.varint(); n > 0; n--) list.push(r.varint());
      return list;
    }
    var columns = { sessions: strings(), kinds: strings(), leads: values(), proposers: values(), topics: values(),
      session: new Int32Array(count), kind: new Int32Array(count), day: new Int32Array(count),
      lead: new Int32Array(count), proposer: [], topic: [] };
    var day = 0;
    for (var i = 0; i < count; i++) {
      columns.session[i] = r.varint();
      columns.kind[i] = r.varint();
      day += r.signed();
      columns.day[i] = day;
      columns.lead[i] = r.varint();
      columns.proposer.push(indexes());
      columns.topic.push(indexes());
    }
    return columns;
  }

  function idf(documents, withTerm) {
    return Math.log(1 + (documents - withTerm + 0.5) / (withTerm + 0.5));
  }

  /** BM25 of one term in one document, from its weighted frequency and the document's length. */
  function bm25(manifest, tf, length, documentsWithTerm) {
    var k1 = manifest.bm25.k1;
    var b = manifest.bm25.b;
    var norm = k1 * (1 - b + b * length / Math.max(1, manifest.averageLength));
    return idf(manifest.documents, documentsWithTerm) * tf * (k1 + 1) / (tf + norm);
  }

  /**
   * The bytes [from, to) of a page, from a response to a range request: the body itself when the server
   * honoured the range (206), else the slice of the whole file it sent.
   */
  function sliceRange(status, bytes, from, to) {
    return status === 206 ? bytes : bytes.subarray(from, to);
  }

  /** The text of a fragment of a page's HTML, as a reader sees it. */
  function textOfHtml(html) {
    var template = document.createElement('template');
    template.innerHTML = html;
    return template.content.textContent;
  }

  var api = { tokens: tokens, queryTokens: queryTokens, queryPhrases: queryPhrases, phraseTerms: phraseTerms,
    normalize: normalize, setFolding: setFolding, indexOfPhrase: indexOfPhrase, stem: stem, shardOf: shardOf,
    fnv1a: fnv1a, checkManifest: checkManifest, fileOf: fileOf, termsOf: termsOf, postingsOf: postingsOf,
    decodeNorms: decodeNorms, normLength: normLength, decodeFilters: decodeFilters, bm25: bm25,
    sliceRange: sliceRange, textOfHtml: textOfHtml };
  window.ReplyArchiveSearch = api;
  api.snippetText = function (body, query) { return snippetText(body, query); };
  window.replyArchiveSearch = api;

  // ---- The page. ----

  var root = document.getElementById('search');
  if (!root) return;
  var indexUrl = root.getAttribute('data-index');
  var siteRoot = root.getAttribute('data-root');
  var form = document.getElementById('search-form');
  var input = document.getElementById('search-q');
  var FILTERS = ['year', 'session', 'kind', 'lead', 'proposer', 'topic', 'from', 'to'];
  var filters = FILTERS.map(function (name) { return document.getElementById('search-' + name); });
  var sortSelect = document.getElementById('search-sort');
  var status = document.getElementById('search-status');
  var suggestion = document.getElementById('search-suggestion');
  var list = document.getElementById('search-results');
  var more = document.getElementById('search-more');
  var text = function (key) { return root.getAttribute('data-text-' + key) || ''; };
  var cache = {};
  var shown = 0;
  var ranked = [];
  var rankedQuery = null;

  function fetchCached(url, read) {
    if (!cache[url]) {
      cache[url] = fetch(url).then(function (r) {
        if (!r.ok) throw new Error(url + ': ' + r.status);
        return read(r);
      });
    }
    return cache[url];
  }

  function fetchJson(url) {
    return fetchCached(url, function (r) { return r.json(); });
  }

  function fetchBytes(url) {
    return fetchCached(url, function (r) { return r.arrayBuffer().then(function (b) { return new Uint8Array(b); }); });
  }

  function manifestOf() {
    return fetchJson(indexUrl + 'manifest.json').then(checkManifest);
  }

  /** The folding table, fetched only for a query with characters outside ASCII. */
  function foldingFor(manifest, query) {
    if (!/[^\x00-\x7f]/.test(query)) return Promise.resolve();
    return fetchCached(indexUrl + manifest.files.folding, function (r) { return r.text(); }).then(function (t) {
      if (!manifest.folded) { setFolding(t); manifest.folded = true; }
    });
  }

  function normsOf(manifest) {
    if (!manifest.lengths) {
      manifest.lengths = fetchBytes(indexUrl + manifest.files.norms).then(function (b) {
        return decodeNorms(b, manifest);
      });
    }
    return manifest.lengths;
  }

  /** The filter columns: every result list counts its facets. */
  function filtersOf(manifest) {
    if (!manifest.columns) {
      manifest.columns = fetchBytes(indexUrl + manifest.files.filters).then(function (b) {
        return decodeFilters(b, manifest);
      });
    }
    return manifest.columns;
  }

  function dayOf(isoDate) {
    var t = Date.parse(isoDate + 'T00:00:00Z');
    return isNaN(t) ? null : Math.floor(t / 86400000);
  }

  /** Each facet's values (keys) for one document. */
  var FACETS = {
    year: function (c, doc) { return [String(new Date(c.day[doc] * 86400000).getUTCFullYear())]; },
    session: function (c, doc) { return [c.sessions[c.session[doc]]]; },
    kind: function (c, doc) { return [c.kinds[c.kind[doc]]]; },
    lead: function (c, doc) { return [c.leads.keys[c.lead[doc]]]; },
    proposer: function (c, doc) { return c.proposer[doc].map(function (i) { return c.proposers.keys[i]; }); },
    topic: function (c, doc) { return c.topic[doc].map(function (i) { return c.topics.keys[i]; }); }
  };

  /** Whether doc passes every chosen filter but the facet named except (whose own counts are being made). */
  function passes(columns, doc, chosen, except) {
    var ok = Object.keys(FACETS).every(function (f) {
      return f === except || !chosen[f] || FACETS[f](columns, doc).indexOf(chosen[f]) >= 0;
    });
    var from = chosen.from ? dayOf(chosen.from) : null;
    var to = chosen.to ? dayOf(chosen.to) : null;
    return ok && (from === null || columns.day[doc] >= from) && (to === null || columns.day[doc] <= to);
  }

  /** For each facet, how many of the results each value would leave, the other filters applied. */
  function facetCounts(columns, results, chosen) {
    var counts = {};
    Object.keys(FACETS).forEach(function (f) {
      var byValue = new Map();
      results.forEach(function (e) {
        if (!passes(columns, e.result.doc, chosen, f)) return;
        FACETS[f](columns, e.result.doc).forEach(function (v) { byValue.set(v, (byValue.get(v) || 0) + 1); });
      });
      counts[f] = byValue;
    });
    return counts;
  }

  /**
   * The documents holding every term, scored; each with the first block of the body that holds each term (-1:
   * not in the body). matched tells whether any document had them all.
   */
  function lookup(manifest, terms) {
    var files = terms.map(function (t) { return fetchBytes(indexUrl + fileOf(manifest, t)); });
    return Promise.all([Promise.all(files), normsOf(manifest)]).then(function (got) {
      var lists = terms.map(function (t, i) { var l = postingsOf(got[0][i], t, manifest); l.term = t; return l; });
      lists.sort(function (a, b) { return a.size - b.size; });
      var lengths = got[1];
      var at = lists.map(function () { return 0; });
      var results = [];
      for (var i = 0; i < lists[0].size; i++) {
        var doc = lists[0].docs[i];
        var everywhere = lists.every(function (l, k) {
          while (at[k] < l.size && l.docs[at[k]] < doc) at[k]++;
          return at[k] < l.size && l.docs[at[k]] === doc;
        });
        if (!everywhere) continue;
        var score = 0;
        var titleHits = 0;
        var firstBlock = {};
        lists.forEach(function (l, k) {
          var p = at[k];
          score += bm25(manifest, l.tf[p], lengths[doc], l.size);
          titleHits += l.title[p];
          firstBlock[l.term] = l.block[p];
        });
        results.push({ doc: doc, score: score, inTitle: titleHits === lists.length ? 1 : 0, firstBlock: firstBlock });
      }
      return { results: results, matched: lists[0].size > 0 };
    });
  }

  function byRank(a, b) {
    // Ties go to the newer reply: ids are given oldest first.
    return b.inTitle - a.inTitle || b.score - a.score || b.doc - a.doc;
  }

  /** What the reader asked: phrases to verify and mark, or a document number. */
  function parse(query) {
    var terms = queryTokens(query);
    var docNumber = terms.length === 1 && terms[0].charAt(0) === '#' ? terms[0] : null;
    return { text: query, terms: terms, docNumber: docNumber, phrases: docNumber ? [] : queryPhrases(query) };
  }

  function search(query) {
    return manifestOf().then(function (manifest) {
      return foldingFor(manifest, query).then(function () {
        var q = parse(query);
        if (!q.terms.length) return null;
        return lookup(manifest, q.terms).then(function (found) {
          // A document number that is no reply's own may still be cited in replies' text: search its words.
          if (!found.matched && q.docNumber) {
            q = { text: query, terms: Array.from(new Set(queryPhrases(query).flatMap(phraseTerms))),
              docNumber: null, phrases: queryPhrases(query) };
            if (!q.terms.length) return { q: q, results: [] };
            return lookup(manifest, q.terms).then(function (f) { return verifyAll(manifest, q, f.results); });
          }
          return verifyAll(manifest, q, found.results);
        });
      });
    });
  }

  /**
   * Keeps the candidates whose text holds every phrase contiguously, each with the text its snippet needs.
   * When no phrase has two terms, every candidate holds the query and its text is read only once shown.
   */
  function verifyAll(manifest, q, candidates) {
    if (!q.phrases.some(multiTerm)) {
      return Promise.resolve({ q: q, results: candidates.sort(byRank).map(function (c) { return { result: c }; }) });
    }
    return Promise.all(candidates.map(function (c) { return evidence(manifest, q, c); })).then(function (all) {
      var kept = all.filter(function (e) { return e.ok; });
      kept.sort(function (a, b) { return byRank(a.result, b.result); });
      return { q: q, results: kept };
    });
  }

  /** Fetches bytes [from, to) of url with a range request; a server that ignores ranges sends it all. */
  function fetchRange(url, from, to) {
    var key = url + '#' + from + '-' + to;
    if (!cache[key]) {
      cache[key] = fetch(url, { headers: { Range: 'bytes=' + from + '-' + (to - 1) } }).then(function (r) {
        if (!r.ok) throw new Error(url + ': ' + r.status);
        return r.arrayBuffer().then(function (buffer) { return sliceRange(r.status, new Uint8Array(buffer), from, to); });
      });
    }
    return cache[key];
  }

  function multiTerm(phrase) {
    return phraseTerms(phrase).length > 1;
  }

  /**
   * A candidate's evidence: its header, and the blocks of its page read from the first where all of a
   * phrase's terms have occurred (a phrase cannot stand earlier) on, a range at a time, until every phrase of
   * two or more terms is found in the fields or a block. ok when all are.
   */
  function evidence(manifest, q, result) {
    return fetchJson(indexUrl + manifest.files.document.replace('{id}', String(result.doc))).then(function (header) {
      var fields = normalize(header.title + '\n' + (header.fields || ''));
      var pending = q.phrases.filter(function (p) { return multiTerm(p) && indexOfPhrase(fields, p) < 0; });
      var start = firstUsefulBlock(q, result, pending);
      var e = { result: result, header: header, texts: [], ok: pending.length === 0 };
      // A phrase one of whose terms is not in the body, and not in the fields either, is nowhere.
      if (pending.some(function (p) { return phraseTerms(p).some(function (t) { return result.firstBlock[t] < 0; }); })) {
        return e;
      }
      return readBlocks(header, start, e, pending).then(function () { return e; });
    });
  }

  function firstUsefulBlock(q, result, pending) {
    var blocks = [];
    var phrases = pending.length ? pending : q.phrases;
    phrases.forEach(function (p) {
      var own = phraseTerms(p).map(function (t) { return result.firstBlock[t]; });
      if (own.every(function (b) { return b >= 0; })) blocks.push(Math.max.apply(null, own));
    });
    if (!blocks.length && !pending.length) {
      Object.keys(result.firstBlock).forEach(function (t) { if (result.firstBlock[t] >= 0) blocks.push(result.firstBlock[t]); });
    }
    return blocks.length ? Math.min.apply(null, blocks) : (pending.length ? -1 : 0);
  }

  function readBlocks(header, start, e, pending) {
    var offsets = header.blocks;
    if (start < 0 || start + 1 >= offsets.length) return Promise.resolve();
    var end = start + 1;
    while (end + 1 < offsets.length && offsets[end + 1] - offsets[start] <= MAX_SNIPPET_SPAN) end++;
    return fetchRange(siteRoot + header.url, offsets[start], offsets[end]).then(function (bytes) {
      for (var b = start; b < end; b++) {
        if (isBetweenParts(header, b)) continue;
        var t = textOfHtml(utf8.decode(bytes.subarray(offsets[b] - offsets[start], offsets[b + 1] - offsets[start])));
        var n = normalize(t);
        e.texts.push({ block: b, text: t, normalized: n });
        for (var k = pending.length - 1; k >= 0; k--) if (indexOfPhrase(n, pending[k]) >= 0) pending.splice(k, 1);
      }
      e.ok = pending.length === 0;
      if (e.ok) return undefined;
      return readBlocks(header, end, e, pending);
    });
  }

  var STOP_WORDS = new Set(['a', 'an', 'and', 'are', 'as', 'at', 'be', 'by', 'for', 'from', 'in', 'is', 'it',
    'of', 'on', 'or', 'that', 'the', 'thi', 'to', 'with', 'wa', 'was', 'thi', '的', '和', '与', '了', '在']);

  /** The phrases to mark: the query's own, without stop words unless the query is nothing else. */
  function markedPhrases(q) {
    var content = q.phrases.filter(function (p) { return !STOP_WORDS.has(p); });
    return content.length ? content : q.phrases;
  }

  /** Each range [from, to) of text that a phrase (or the document number asked for) covers, merged. */
  function marksIn(value, q) {
    var ranges = [];
    if (q.docNumber) {
      var folded = foldEach(value);
      if (folded.length === value.length) {
        for (var m of folded.matchAll(DOC_NUMBERS)) {
          if (docNumberTerm(m) === q.docNumber) ranges.push([m.index, m.index + m[0].length]);
        }
      }
    }
    var map = { from: [], to: [] };
    var n = normalize(value, map);
    markedPhrases(q).forEach(function (p) {
      for (var at = indexOfPhrase(n, p); at >= 0; at = indexOfPhrase(n, p, at + p.length)) {
        ranges.push([map.from[at], map.to[at + p.length - 1]]);
      }
    });
    ranges.sort(function (a, b) { return a[0] - b[0]; });
    var merged = [];
    ranges.forEach(function (r) {
      var lastRange = merged[merged.length - 1];
      if (lastRange && r[0] <= lastRange[1]) lastRange[1] = Math.max(lastRange[1], r[1]);
      else merged.push(r.slice());
    });
    return merged;
  }

  function appendMarked(parent, value, ranges, from, to) {
    var at = from || 0;
    var end = to === undefined ? value.length : to;
    ranges.forEach(function (r) {
      var s = Math.max(r[0], at);
      var e = Math.min(r[1], end);
      if (e <= s) return;
      parent.appendChild(document.createTextNode(value.slice(at, s)));
      var mark = document.createElement('mark');
      mark.textContent = value.slice(s, e);
      parent.appendChild(mark);
      at = e;
    });
    parent.appendChild(document.createTextNode(value.slice(at, end)));
  }

  var SNIPPET_BEFORE = 40;
  var SNIPPET_LENGTH = 160;

  /**
   * The snippet: the window of a block that marks the most of the query's phrases, centred on its first
   * mark; a block with no mark gives its beginning.
   */
  function snippet(texts, q) {
    var best = null;
    texts.forEach(function (t) {
      var body = t.text.replace(/\s+/g, ' ').trim();
      var ranges = marksIn(body, q);
      ranges.forEach(function (r) {
        var start = Math.max(0, r[0] - SNIPPET_BEFORE);
        var covered = ranges.filter(function (o) { return o[0] >= start && o[1] <= start + SNIPPET_LENGTH; }).length;
        if (!best || covered > best.covered) {
          best = { body: body, ranges: ranges, start: start, covered: covered, block: t.block };
        }
      });
      if (!best && t === texts[texts.length - 1]) {
        best = { body: body, ranges: ranges, start: 0, covered: 0, block: t.block };
      }
    });
    if (!best || !best.body) return null;
    var start = best.start;
    var end = Math.min(best.body.length, start + SNIPPET_LENGTH);
    // Text with spaces (English) is cut between words, not inside one; Chinese may be cut anywhere.
    var firstMark = best.ranges.length ? best.ranges[0][0] : start;
    if (start > 0 && /\s/.test(best.body.slice(start, firstMark))) start = best.body.indexOf(' ', start) + 1;
    var lastSpace = best.body.lastIndexOf(' ', end);
    if (end < best.body.length && lastSpace > Math.max(start, firstMark)) end = lastSpace;
    return { body: best.body, ranges: best.ranges, start: start, end: end, block: best.block };
  }

  /** The snippet of {@code body} for {@code query} as plain text with its ellipses, for tests. */
  function snippetText(body, query) {
    var s = snippet([{ text: body }], parse(query));
    if (!s) return '';
    return (s.start > 0 ? '…' : '') + s.body.slice(s.start, s.end) + (s.end < s.body.length ? '…' : '');
  }

  function docNumberOf(header) {
    var m = (header.fields || '').match(new RegExp(DOC_NUMBER_BODY, 'u'));
    return m ? m[0] : null;
  }

  function renderResult(e, q) {
    var doc = e.header;
    var li = document.createElement('li');
    li.className = 'search-result';
    var h = document.createElement('h2');
    h.className = 'search-result__title';
    var a = document.createElement('a');
    a.href = siteRoot + doc.url;
    if (doc.titleLang) a.lang = doc.titleLang;
    appendMarked(a, doc.title, marksIn(doc.title, q));
    h.appendChild(a);
    li.appendChild(h);
    var meta = document.createElement('p');
    meta.className = 'search-result__meta';
    var metaText = [doc.date, docNumberOf(doc), doc.session, doc.kind, doc.proposers].filter(Boolean).join(' · ');
    appendMarked(meta, metaText, marksIn(metaText, q));
    li.appendChild(meta);
    var s = snippet(e.texts, q);
    if (s) {
      var p = document.createElement('p');
      p.className = 'search-result__snippet';
      if (s.start > 0) p.appendChild(document.createTextNode('…'));
      appendMarked(p, s.body, s.ranges, s.start, s.end);
      if (s.end < s.body.length) p.appendChild(document.createTextNode('…'));
      linkPart(p, doc, s.block);
      li.appendChild(p);
    }
    return li;
  }

  // ---- Case documents. A page may show several texts: the case's interim reply, co-handling opinions, second
  // reply or follow-up besides the reply. Its header then lists them as parts, [first block, anchor, label]
  // (org.replyarchive.search.TextPart); the block before each part but the first is the markup between two
  // texts, never read for words. A snippet from a document names it and links to it.

  function isBetweenParts(header, b) {
    return !!header.parts && header.parts.some(function (p, k) { return k > 0 && p[0] - 1 === b; });
  }

  function partOf(header, b) {
    var found = null;
    (header.parts || []).forEach(function (p) { if (p[0] <= b) found = p; });
    return found;
  }

  function linkPart(snippetElement, header, block) {
    var part = block === undefined ? null : partOf(header, block);
    if (!part || !part[1]) return;
    var a = document.createElement('a');
    a.className = 'search-result__part';
    a.href = siteRoot + header.url + '#' + part[1];
    a.textContent = part[2];
    snippetElement.insertBefore(a, snippetElement.firstChild);
  }

  function showMore() {
    var batch = ranked.slice(shown, shown + PAGE_SIZE);
    var run = current;
    shown += batch.length;
    more.hidden = shown >= ranked.length;
    return manifestOf().then(function (manifest) {
      return Promise.all(batch.map(function (e) {
        return e.header ? e : evidence(manifest, rankedQuery, e.result);
      }));
    }).then(function (loaded) {
      if (run !== current) return;
      loaded.forEach(function (e) { list.appendChild(renderResult(e, rankedQuery)); });
    });
  }

  function chosenFilters() {
    var chosen = {};
    FILTERS.forEach(function (name, i) { chosen[name] = filters[i].value; });
    chosen.sort = sortSelect.value;
    return chosen;
  }

  /** The results the filters leave, in the order asked for. */
  function filtered(columns, results, chosen) {
    var kept = results.filter(function (e) { return passes(columns, e.result.doc, chosen); });
    if (chosen.sort === 'date') {
      kept.sort(function (a, b) {
        return columns.day[b.result.doc] - columns.day[a.result.doc] || byRank(a.result, b.result);
      });
    }
    return kept;
  }

  /** Shows each facet value's count for the current query; the lists of values are rebuilt each time. */
  function showCounts(columns, counts, chosen) {
    FILTERS.forEach(function (name, i) {
      var select = filters[i];
      if (select.tagName !== 'SELECT') return;
      var table = { lead: columns.leads, proposer: columns.proposers, topic: columns.topics }[name];
      if (table) rebuildOptions(select, table, counts[name], chosen[name]);
      Array.prototype.forEach.call(select.options, function (option) {
        if (!option.value) return;
        if (!option.hasAttribute('data-label')) option.setAttribute('data-label', option.textContent);
        option.textContent = option.getAttribute('data-label') + ' (' + (counts[name].get(option.value) || 0) + ')';
      });
    });
  }

  function rebuildOptions(select, table, counts, chosenValue) {
    while (select.options.length > 1) select.remove(1);
    table.keys.forEach(function (key, k) {
      if (!counts.get(key) && key !== chosenValue) return;
      var option = document.createElement('option');
      option.value = key;
      option.textContent = table.labels[k];
      select.appendChild(option);
    });
    select.value = chosenValue || '';
  }

  /** Each search gets a number; a slower earlier search that finishes late must not touch the page. */
  var current = 0;

  function countText(n, shownQuery) {
    var template = n === 1 ? text('count-one') : text('count-other');
    // Functions as replacements, so that '$&' typed in a query stays as typed.
    return template.replace('{n}', String(n)).replace('{q}', function () { return shownQuery; });
  }

  function run(query, chosen) {
    var run = ++current;
    root.setAttribute('data-state', 'searching');
    list.textContent = '';
    suggestion.textContent = '';
    more.hidden = true;
    shown = 0;
    keepQueryAcrossLanguages();
    if (!query.trim()) {
      document.title = baseTitle;
      status.textContent = text('empty');
      root.setAttribute('data-state', 'done');
      return Promise.resolve();
    }
    status.textContent = text('loading');
    var shownQuery = query.trim();
    document.title = text('title').replace('{q}', function () { return shownQuery; }) + ' · ' + baseTitle;
    return manifestOf().then(function (manifest) {
      return Promise.all([search(query), filtersOf(manifest)]);
    }).then(function (got) {
      var found = got[0];
      if (run !== current) return undefined;
      var all = found ? found.results : [];
      ranked = filtered(got[1], all, chosen);
      showCounts(got[1], facetCounts(got[1], all, chosen), chosen);
      rankedQuery = found ? found.q : parse(query);
      status.textContent = ranked.length ? countText(ranked.length, shownQuery)
        : text('none').replace('{q}', function () { return shownQuery; });
      return showMore().then(function () { return ranked.length < 2 ? suggest(query, run) : undefined; });
    }).catch(function () {
      if (run === current) status.textContent = text('error');
    }).then(function () {
      if (run === current) root.setAttribute('data-state', 'done');
    });
  }

  function suggest(query, run) {
    return manifestOf().then(function (manifest) {
      return suggestions(manifest, query);
    }).then(function (alternatives) {
      if (run !== current || !alternatives || !alternatives.length) return;
      suggestion.appendChild(document.createTextNode(text('suggest')));
      alternatives.forEach(function (alt, i) {
        if (i > 0) suggestion.appendChild(document.createTextNode(' · '));
        var a = document.createElement('a');
        a.href = '?q=' + encodeURIComponent(alt);
        a.textContent = alt;
        suggestion.appendChild(a);
      });
    });
  }

  /** The vocabulary (SearchIndexWriter's Vocabulary): term → number of documents, and pairs by character. */
  function vocabularyOf(manifest) {
    return fetchCached(indexUrl + manifest.files.vocabulary, function (r) { return r.text(); }).then(function (t) {
      if (manifest.vocabulary) return manifest.vocabulary;
      var v = { df: new Map(), words: [], pairsByFirst: new Map(), pairsBySecond: new Map() };
      t.split('\n').forEach(function (line) {
        var tab = line.indexOf('\t');
        if (tab < 0) return;
        var term = line.slice(0, tab);
        v.df.set(term, parseInt(line.slice(tab + 1), 10));
        var chars = Array.from(term);
        if (chars.length === 2 && HAN.test(chars[0])) {
          push(v.pairsByFirst, chars[0], chars[1]);
          push(v.pairsBySecond, chars[1], chars[0]);
        } else {
          v.words.push(term);
        }
      });
      manifest.vocabulary = v;
      return v;
    });
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
        var pairs = phraseTerms(next.join(''));
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

  /**
   * The alternatives in the order of how many replies hold them as phrases (pairs alone say little of a
   * phrase: 成了 is commoner than 成蝶), those that none holds left out.
   */
  function byReplies(manifest, alternatives) {
    return Promise.all(alternatives.map(function (alt) {
      var q = { text: alt, terms: Array.from(new Set(phraseTerms(alt))), docNumber: null, phrases: [alt] };
      return lookup(manifest, q.terms).then(function (f) { return verifyAll(manifest, q, f.results); })
        .then(function (v) { return { text: alt, replies: v.results.length }; });
    })).then(function (counted) {
      return counted.filter(function (c) { return c.replies > 0; })
        .sort(function (a, b) { return b.replies - a.replies; })
        .slice(0, OFFERED).map(function (c) { return c.text; });
    });
  }

  /**
   * Did you mean: for the first phrase of the query with a term the vocabulary lacks, its nearest
   * alternatives (an English word within one or two edits, a Chinese phrase with one character changed), each
   * put back into the query.
   */
  function suggestions(manifest, query) {
    return vocabularyOf(manifest).then(function (v) {
      var phrases = queryPhrases(query);
      for (var i = 0; i < phrases.length; i++) {
        var p = phrases[i];
        if (phraseTerms(p).every(function (t) { return v.df.has(t); })) continue;
        var compact = p.replace(/ /g, '');
        var near = HAN.test(p.charAt(0)) && p.indexOf(' ') < 0 ? nearPhrases(v, compact)
          : (p.indexOf(' ') < 0 ? nearWords(v, p) : []);
        return byReplies(manifest, near).then(function (ranked) { return ranked.map(function (alt) {
          var others = phrases.slice();
          others[i] = alt;
          return others.join(' ');
        }); });
      }
      return [];
    });
  }

  function fromUrl() {
    var params = new URLSearchParams(window.location.search);
    input.value = params.get('q') || '';
    filters.forEach(function (control, i) {
      var value = params.get(FILTERS[i]) || '';
      // A facet's values come with the results: until then, the one in the URL stands for itself.
      if (value && control.tagName === 'SELECT' && !Array.prototype.some.call(control.options, function (o) {
        return o.value === value;
      })) {
        control.appendChild(new Option(value, value));
      }
      control.value = value;
    });
    sortSelect.value = params.get('sort') || '';
    return run(input.value, chosenFilters());
  }

  var baseTitle = document.title;

  /** The language switch opens the other language's search for the same query and filters. */
  function keepQueryAcrossLanguages() {
    document.querySelectorAll('.language-switch a[hreflang]').forEach(function (a) {
      a.href = a.href.split('?')[0] + window.location.search;
    });
  }

  form.addEventListener('submit', function (event) {
    event.preventDefault();
    var params = new URLSearchParams();
    if (input.value.trim()) params.set('q', input.value.trim());
    var chosen = chosenFilters();
    Object.keys(chosen).forEach(function (key) { if (chosen[key]) params.set(key, chosen[key]); });
    var query = params.toString();
    window.history.pushState(null, '', query ? '?' + query : window.location.pathname);
    run(input.value, chosen);
  });
  // Arrow keys on a closed select fire a change per option passed: search, and add a history entry, once the
  // reader has settled on one. The page says at once that a search is coming.
  var settle;
  filters.concat([sortSelect]).forEach(function (control) {
    control.addEventListener('change', function () {
      clearTimeout(settle);
      root.setAttribute('data-state', 'searching');
      settle = setTimeout(function () { form.requestSubmit(); }, 500);
    });
  });
  more.addEventListener('click', function () { showMore(); });
  window.addEventListener('popstate', fromUrl);
  // The form works only with this script: shown once it runs, so readers without it get the browse indexes.
  form.hidden = false;
  fromUrl();

})();
