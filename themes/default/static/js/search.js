/*
 * Reply Archive search: runs in the reader's browser on the index the build wrote, fetching only the
 * manifest and the shards its terms need. The tokenising mirrors org.replyarchive.search.SearchTokenizer
 * rule for rule; change both together.
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

  function shardOf(term, count) {
    var hash = 0x811c9dc5;
    for (var i = 0; i < term.length; i++) {
      hash ^= term.charCodeAt(i);
      hash = Math.imul(hash, 0x01000193);
    }
    return (hash >>> 0) % count;
  }

  function idf(documents, withTerm) {
    return Math.log(1 + (documents - withTerm + 0.5) / (withTerm + 0.5));
  }

  var root = document.getElementById('search');
  if (!root) return;
  var indexUrl = root.getAttribute('data-index');
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

  function fetchJson(url) {
    if (!cache[url]) {
      cache[url] = fetch(url).then(function (r) {
        if (!r.ok) throw new Error(url + ': ' + r.status);
        return r.json();
      });
    }
    return cache[url];
  }

  /**
   * Postings come in triples: the gap to the previous document id, weight times two plus a title flag, and the
   * chunk of the document's text where the term first occurs.
   */
  function postingsOf(file, term) {
    var flat = Object.prototype.hasOwnProperty.call(file, term) ? file[term] : [];
    var map = new Map();
    var doc = 0;
    for (var i = 0; i < flat.length; i += 3) {
      doc += flat[i];
      map.set(doc, { weight: flat[i + 1] >> 1, title: (flat[i + 1] & 1) === 1, chunk: flat[i + 2] });
    }
    return map;
  }

  /** Per document: session and kind indexes, and the date as days since 1970, from the manifest's columns. */
  function documentsOf(manifest) {
    if (!manifest.docs) {
      var day = 0;
      manifest.docs = manifest.day.map(function (gap, i) {
        day += gap;
        var date = new Date(day * 86400000);
        return { session: manifest.session[i], kind: manifest.kind[i], day: day, year: String(date.getUTCFullYear()) };
      });
    }
    return manifest.docs;
  }

  /** The file holding a term's postings: its own file if it is a common term, else its shard. */
  function postingFile(manifest, term) {
    return Object.prototype.hasOwnProperty.call(manifest.solo, term)
      ? 't' + manifest.solo[term] + '.json'
      : 's' + shardOf(term, manifest.shards) + '.json';
  }

  /** Ranks the documents holding every term, after the filters; matched tells whether any document had them. */
  function lookup(manifest, terms, chosen) {
    var docs = documentsOf(manifest);
    return Promise.all(terms.map(function (t) { return fetchJson(indexUrl + postingFile(manifest, t)); }))
      .then(function (files) {
        var lists = terms.map(function (t, i) { return postingsOf(files[i], t); });
        lists.sort(function (a, b) { return a.size - b.size; });
        var results = [];
        lists[0].forEach(function (first, doc) {
          if (!lists.every(function (l) { return l.has(doc); })) return;
          var meta = docs[doc];
          if (chosen.year && chosen.year !== meta.year) return;
          if (chosen.session && chosen.session !== manifest.sessions[meta.session]) return;
          if (chosen.kind && chosen.kind !== manifest.kinds[meta.kind]) return;
          var score = 0;
          var titleHits = 0;
          lists.forEach(function (l) {
            var p = l.get(doc);
            score += idf(manifest.documents, l.size) * p.weight / 100;
            if (p.title) titleHits++;
          });
          // The snippet comes from where the rarest term first occurs.
          results.push({ doc: doc, score: score, inTitle: titleHits === lists.length ? 1 : 0, date: meta.day,
            chunk: lists[0].get(doc).chunk });
        });
        results.sort(function (a, b) {
          return b.inTitle - a.inTitle || b.score - a.score || b.date - a.date || a.doc - b.doc;
        });
        return { results: results, matched: lists[0].size > 0 };
      });
  }

  function search(query, chosen) {
    var terms = queryTokens(query);
    if (!terms.length) return Promise.resolve(null);
    return fetchJson(indexUrl + 'manifest.json').then(function (manifest) {
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

  var utf8 = new TextDecoder('utf-8');

  /** Fetches bytes from..to of url; a server that ignores ranges answers with the whole file. */
  function fetchRange(url, from, to) {
    return fetch(url, { headers: { Range: 'bytes=' + from + '-' + to } }).then(function (r) {
      if (!r.ok) throw new Error(url + ': ' + r.status);
      return r.arrayBuffer().then(function (buffer) {
        return { whole: r.status !== 206, bytes: new Uint8Array(buffer) };
      });
    });
  }

  /**
   * A result's file: a first line of JSON, then the text. Reads the first line and the one chunk of text the
   * snippet needs, with range requests where the server allows them.
   */
  function loadResult(doc, chunk) {
    var url = indexUrl + 'd/' + doc + '.txt';
    function fromBytes(first) {
      var newline = first.bytes.indexOf(10);
      if (newline < 0) {
        return fetchRange(url, 0, '').then(fromBytes);
      }
      var header = JSON.parse(utf8.decode(first.bytes.subarray(0, newline)));
      var c = Math.min(chunk, header.chunks.length - 2);
      if (c < 0) return { header: header, text: '' };
      var start = newline + 1 + header.chunks[c];
      var end = newline + 1 + header.chunks[c + 1];
      if (first.whole || end <= first.bytes.length) {
        return { header: header, text: utf8.decode(first.bytes.subarray(start, end)) };
      }
      return fetchRange(url, start, end - 1).then(function (part) {
        var bytes = part.whole ? part.bytes.subarray(start, end) : part.bytes;
        return { header: header, text: utf8.decode(bytes) };
      });
    }
    return fetchRange(url, 0, 4095).then(fromBytes);
  }

  function snippet(body, pattern) {
    if (!body) return '';
    var at = 0;
    if (pattern) {
      pattern.lastIndex = 0;
      var m = pattern.exec(body);
      if (m) at = m.index;
    }
    var start = Math.max(0, at - 40);
    return (start > 0 ? '…' : '') + body.slice(start, start + 160).replace(/\s+/g, ' ') +
        (start + 160 < body.length ? '…' : '');
  }

  function renderResult(item, result, pattern) {
    var doc = result.header;
    var li = document.createElement('li');
    li.className = 'search-result';
    var h = document.createElement('h2');
    h.className = 'search-result__title';
    var a = document.createElement('a');
    a.href = root.getAttribute('data-root') + doc.url;
    if (doc.titleLang) a.lang = doc.titleLang;
    appendMarked(a, doc.title, pattern);
    h.appendChild(a);
    li.appendChild(h);
    var meta = document.createElement('p');
    meta.className = 'search-result__meta';
    meta.textContent = [doc.date, doc.session, doc.kind, doc.proposers].filter(Boolean).join(' · ');
    li.appendChild(meta);
    var text = snippet(result.text, pattern);
    if (text) {
      var p = document.createElement('p');
      p.className = 'search-result__snippet';
      appendMarked(p, text, pattern);
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
    return Promise.all(batch.map(function (r) { return loadResult(r.doc, r.chunk); }))
      .then(function (results) {
        if (run !== current) return;
        results.forEach(function (result, i) { list.appendChild(renderResult(batch[i], result, pattern)); });
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
    if (!query.trim()) {
      status.textContent = text('empty');
      root.setAttribute('data-state', 'done');
      return Promise.resolve();
    }
    status.textContent = text('loading');
    var shownQuery = query.trim();
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

  function fromUrl() {
    var params = new URLSearchParams(window.location.search);
    input.value = params.get('q') || '';
    filters.forEach(function (select, i) { select.value = params.get(['year', 'session', 'kind'][i]) || ''; });
    return run(input.value, chosenFilters());
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
  filters.forEach(function (select) {
    select.addEventListener('change', function () { form.requestSubmit(); });
  });
  more.addEventListener('click', function () { showMore(input.value); });
  window.addEventListener('popstate', fromUrl);
  fromUrl();

  window.replyArchiveSearch = { tokens: tokens, queryTokens: queryTokens, shardOf: shardOf, stem: stem };
})();
