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
  var LETTER_OR_DIGIT = /[\p{L}\p{Nd}]/u;
  // Listed one by one, as in SearchTokenizer.java, because Java's and JavaScript's \\s differ.
  var SPACE = '[ \\t\\n\\r\\f\\u000b\\u00a0\\u3000\\ufeff\\u2000-\\u200a]';
  var TRIM = new RegExp('^' + SPACE + '+|' + SPACE + '+$', 'gu');
  var DOC_NUMBER = new RegExp('^(\\p{Script=Han}{2,12})' + SPACE + '*[〔【\\[（(]' + SPACE + '*(\\d{4})' + SPACE +
      '*[〕】\\]）)]' + SPACE + '*(\\d{1,4})' + SPACE + '*号$', 'u');
  var PAGE_SIZE = 10;

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

  function tokens(text) {
    var terms = [];
    var han = [];
    var word = '';
    function flushHan() {
      if (han.length === 1) terms.push(han[0]);
      for (var i = 0; i + 1 < han.length; i++) terms.push(han[i] + han[i + 1]);
      han = [];
    }
    function flushWord() {
      if (word) terms.push(stem(word.toLowerCase()));
      word = '';
    }
    for (var ch of text) {
      if (HAN.test(ch)) { flushWord(); han.push(ch); }
      else if (LETTER_OR_DIGIT.test(ch)) { flushHan(); word += ch; }
      else { flushHan(); flushWord(); }
    }
    flushHan();
    flushWord();
    return terms;
  }

  function queryTokens(query) {
    var q = query.replace(TRIM, '');
    var m = DOC_NUMBER.exec(q);
    if (m) return ['#' + m[1] + m[2] + '-' + parseInt(m[3], 10)];
    return Array.from(new Set(tokens(q)));
  }


  // ---- The index: decoding what SearchIndexWriter wrote. Every constant comes from the manifest. ----

  /** The format this script reads; an index of another version is refused rather than misread. */
  var SUPPORTED_VERSION = 3;
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

  /** Per document: session and kind (as keys) and the date as days since 1970. */
  function decodeFilters(bytes, manifest) {
    var r = open(bytes, manifest.format.filtersMagic, manifest);
    var count = r.varint();
    function strings() {
      var list = [];
      for (var n = r.varint(); n > 0; n--) list.push(r.string());
      return list;
    }
    var columns = { sessions: strings(), kinds: strings(), session: new Int32Array(count),
      kind: new Int32Array(count), day: new Int32Array(count) };
    var day = 0;
    for (var i = 0; i < count; i++) {
      columns.session[i] = r.varint();
      columns.kind[i] = r.varint();
      day += r.signed();
      columns.day[i] = day;
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

  var api = { tokens: tokens, queryTokens: queryTokens, stem: stem, shardOf: shardOf, fnv1a: fnv1a,
    checkManifest: checkManifest, fileOf: fileOf, termsOf: termsOf, postingsOf: postingsOf,
    decodeNorms: decodeNorms, normLength: normLength, decodeFilters: decodeFilters, bm25: bm25,
    sliceRange: sliceRange, textOfHtml: textOfHtml, snippet: snippet };
  window.ReplyArchiveSearch = api;
  window.replyArchiveSearch = api;

  // ---- The page. ----

  var root = document.getElementById('search');
  if (!root) return;
  var indexUrl = root.getAttribute('data-index');
  var siteRoot = root.getAttribute('data-root');
  var form = document.getElementById('search-form');
  var input = document.getElementById('search-q');
  var filters = ['year', 'session', 'kind'].map(function (name) { return document.getElementById('search-' + name); });
  var status = document.getElementById('search-status');
  var list = document.getElementById('search-results');
  var more = document.getElementById('search-more');
  var text = function (key) { return root.getAttribute('data-text-' + key) || ''; };
  var cache = {};
  var shown = 0;
  var ranked = [];

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

  function normsOf(manifest) {
    if (!manifest.lengths) {
      manifest.lengths = fetchBytes(indexUrl + manifest.files.norms).then(function (b) {
        return decodeNorms(b, manifest);
      });
    }
    return manifest.lengths;
  }

  /** The filter columns, fetched only when a filter is chosen. */
  function filtersOf(manifest, chosen) {
    if (!chosen.year && !chosen.session && !chosen.kind) return Promise.resolve(null);
    if (!manifest.columns) {
      manifest.columns = fetchBytes(indexUrl + manifest.files.filters).then(function (b) {
        return decodeFilters(b, manifest);
      });
    }
    return manifest.columns;
  }

  function passes(columns, doc, chosen) {
    if (!columns) return true;
    if (chosen.year && chosen.year !== String(new Date(columns.day[doc] * 86400000).getUTCFullYear())) return false;
    if (chosen.session && chosen.session !== columns.sessions[columns.session[doc]]) return false;
    return !(chosen.kind && chosen.kind !== columns.kinds[columns.kind[doc]]);
  }

  /** Ranks the documents holding every term, after the filters; matched tells whether any document had them. */
  function lookup(manifest, terms, chosen) {
    var files = terms.map(function (t) { return fetchBytes(indexUrl + fileOf(manifest, t)); });
    return Promise.all([Promise.all(files), normsOf(manifest), filtersOf(manifest, chosen)]).then(function (got) {
      var lists = terms.map(function (t, i) { return postingsOf(got[0][i], t, manifest); });
      lists.sort(function (a, b) { return a.size - b.size; });
      var lengths = got[1];
      var columns = got[2];
      var at = lists.map(function () { return 0; });
      var results = [];
      for (var i = 0; i < lists[0].size; i++) {
        var doc = lists[0].docs[i];
        var everywhere = lists.every(function (l, k) {
          while (at[k] < l.size && l.docs[at[k]] < doc) at[k]++;
          return at[k] < l.size && l.docs[at[k]] === doc;
        });
        if (!everywhere || !passes(columns, doc, chosen)) continue;
        var score = 0;
        var titleHits = 0;
        var blocks = [];
        lists.forEach(function (l, k) {
          var p = at[k];
          score += bm25(manifest, l.tf[p], lengths[doc], l.size);
          titleHits += l.title[p];
          if (l.block[p] >= 0 && blocks.indexOf(l.block[p]) < 0) blocks.push(l.block[p]);
        });
        // Blocks where the terms first occur, the rarest term's first: the snippet comes from one of them.
        results.push({ doc: doc, score: score, inTitle: titleHits === lists.length ? 1 : 0, blocks: blocks });
      }
      // Ties go to the newer reply: ids are given oldest first.
      results.sort(function (a, b) { return b.inTitle - a.inTitle || b.score - a.score || b.doc - a.doc; });
      return { results: results, matched: lists[0].size > 0 };
    });
  }

  function search(query, chosen) {
    var terms = queryTokens(query);
    if (!terms.length) return Promise.resolve(null);
    return manifestOf().then(function (manifest) {
      return lookup(manifest, terms, chosen).then(function (found) {
        // A document number that is no reply's own may still be cited in replies' text: search its words.
        if (!found.matched && terms.length === 1 && terms[0].charAt(0) === '#') {
          return lookup(manifest, Array.from(new Set(tokens(query))), chosen).then(function (f) { return f.results; });
        }
        return found.results;
      });
    });
  }

  /** The words to highlight: the query's own pieces, and each English word's stem as a prefix. */
  function highlighter(query) {
    var pieces = query.trim().split(/[\s\u3000]+/).filter(Boolean).map(function (p) {
      var escaped = p.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
      return /^[A-Za-z]+$/.test(p) ? '\\b' + stem(p.toLowerCase()) + '[a-z]*' : escaped;
    });
    return pieces.length ? new RegExp('(' + pieces.join('|') + ')', 'giu') : null;
  }

  function appendMarked(parent, value, pattern) {
    if (!pattern) { parent.appendChild(document.createTextNode(value)); return; }
    var last = 0;
    value.replace(pattern, function (match, group, offset) {
      parent.appendChild(document.createTextNode(value.slice(last, offset)));
      var mark = document.createElement('mark');
      mark.textContent = match;
      parent.appendChild(mark);
      last = offset + match.length;
      return match;
    });
    parent.appendChild(document.createTextNode(value.slice(last)));
  }

  /** Fetches bytes [from, to) of url with a range request; a server that ignores ranges sends it all. */
  function fetchRange(url, from, to) {
    return fetch(url, { headers: { Range: 'bytes=' + from + '-' + (to - 1) } }).then(function (r) {
      if (!r.ok) throw new Error(url + ': ' + r.status);
      return r.arrayBuffer().then(function (buffer) { return sliceRange(r.status, new Uint8Array(buffer), from, to); });
    });
  }

  /**
   * A result: its header, then the text of the blocks its snippet may come from, read from its page. The
   * blocks are read in one range when they stand close together, else only the rarest term's.
   */
  function loadResult(manifest, result) {
    return fetchJson(indexUrl + manifest.files.document.replace('{id}', String(result.doc))).then(function (header) {
      var offsets = header.blocks;
      var blocks = result.blocks.length ? result.blocks.slice() : (offsets.length > 1 ? [0] : []);
      if (!blocks.length) return { header: header, texts: [] };
      var from = offsets[Math.min.apply(null, blocks)];
      var to = offsets[Math.max.apply(null, blocks) + 1];
      if (to - from > MAX_SNIPPET_SPAN) {
        blocks = [blocks[0]];
        from = offsets[blocks[0]];
        to = offsets[blocks[0] + 1];
      }
      if (!(to > from)) return { header: header, texts: [] };
      return fetchRange(siteRoot + header.url, from, to).then(function (bytes) {
        return { header: header, texts: blocks.map(function (b) {
          return textOfHtml(utf8.decode(bytes.subarray(offsets[b] - from, offsets[b + 1] - from)));
        }) };
      });
    });
  }

  /** The snippet: around the first highlight in the first block that has one. */
  function snippet(texts, pattern) {
    var body = texts[0] || '';
    var at = 0;
    for (var i = 0; pattern && i < texts.length; i++) {
      pattern.lastIndex = 0;
      var m = pattern.exec(texts[i]);
      if (m) { body = texts[i]; at = m.index; break; }
    }
    body = body.trim();
    if (!body) return '';
    at = Math.min(at, body.length);
    var start = Math.max(0, at - 40);
    var end = Math.min(body.length, start + 160);
    // Text with spaces (English) is cut between words, not inside one; Chinese may be cut anywhere.
    var space = body.slice(start, at).search(/\s/);
    if (start > 0 && space >= 0) start += space + 1;
    var lastSpace = body.slice(at, end).search(/\s\S*$/);
    if (end < body.length && lastSpace > 0) end = at + lastSpace;
    return (start > 0 ? '…' : '') + body.slice(start, end).replace(/\s+/g, ' ') +
        (end < body.length ? '…' : '');
  }

  function renderResult(result, pattern) {
    var doc = result.header;
    var li = document.createElement('li');
    li.className = 'search-result';
    var h = document.createElement('h2');
    h.className = 'search-result__title';
    var a = document.createElement('a');
    a.href = siteRoot + doc.url;
    if (doc.titleLang) a.lang = doc.titleLang;
    appendMarked(a, doc.title, pattern);
    h.appendChild(a);
    li.appendChild(h);
    var meta = document.createElement('p');
    meta.className = 'search-result__meta';
    meta.textContent = [doc.date, doc.session, doc.kind, doc.proposers].filter(Boolean).join(' · ');
    li.appendChild(meta);
    var shownText = snippet(result.texts, pattern);
    if (shownText) {
      var p = document.createElement('p');
      p.className = 'search-result__snippet';
      appendMarked(p, shownText, pattern);
      li.appendChild(p);
    }
    return li;
  }

  function showMore(query) {
    var pattern = highlighter(query);
    var batch = ranked.slice(shown, shown + PAGE_SIZE);
    var run = current;
    shown += batch.length;
    more.hidden = shown >= ranked.length;
    return manifestOf().then(function (manifest) {
      return Promise.all(batch.map(function (r) { return loadResult(manifest, r); }));
    }).then(function (results) {
      if (run !== current) return;
      results.forEach(function (result) { list.appendChild(renderResult(result, pattern)); });
    });
  }

  function chosenFilters() {
    return { year: filters[0].value, session: filters[1].value, kind: filters[2].value };
  }

  /** Each search gets a number; a slower earlier search that finishes late must not touch the page. */
  var current = 0;

  function run(query, chosen) {
    var run = ++current;
    root.setAttribute('data-state', 'searching');
    list.textContent = '';
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
    return search(query, chosen).then(function (results) {
      if (run !== current) return;
      ranked = results || [];
      // Functions as replacements, so that '$&' typed in a query stays as typed.
      status.textContent = ranked.length
        ? text('count').replace('{n}', String(ranked.length)).replace('{q}', function () { return shownQuery; })
        : text('none').replace('{q}', function () { return shownQuery; });
      return showMore(query);
    }).catch(function () {
      if (run === current) status.textContent = text('error');
    }).then(function () {
      if (run === current) root.setAttribute('data-state', 'done');
    });
  }

  var baseTitle = document.title;

  /** The language switch opens the other language's search for the same query and filters. */
  function keepQueryAcrossLanguages() {
    document.querySelectorAll('.language-switch a[hreflang]').forEach(function (a) {
      a.href = a.href.split('?')[0] + window.location.search;
    });
  }

  function fromUrl() {
    var params = new URLSearchParams(window.location.search);
    input.value = params.get('q') || '';
    filters.forEach(function (select, i) { select.value = params.get(['year', 'session', 'kind'][i]) || ''; });
    return run(input.value, chosenFilters());
  }

  /** A search from the form, as a new history entry unless {@code replace}. */
  function submit(replace) {
    var params = new URLSearchParams();
    if (input.value.trim()) params.set('q', input.value.trim());
    var chosen = chosenFilters();
    Object.keys(chosen).forEach(function (key) { if (chosen[key]) params.set(key, chosen[key]); });
    var query = params.toString();
    window.history[replace ? 'replaceState' : 'pushState'](null, '', query ? '?' + query : window.location.pathname);
    run(input.value, chosen);
  }

  form.addEventListener('submit', function (event) {
    event.preventDefault();
    submit(false);
  });
  // Arrow keys on a closed select fire a change per option passed: search, and add a history entry, once the
  // reader has settled on one. The page says at once that a search is coming.
  var settle;
  filters.forEach(function (select) {
    select.addEventListener('change', function () {
      clearTimeout(settle);
      root.setAttribute('data-state', 'searching');
      settle = setTimeout(function () { submit(false); }, 500);
    });
  });
  more.addEventListener('click', function () { showMore(input.value); });
  window.addEventListener('popstate', fromUrl);
  fromUrl();

})();
