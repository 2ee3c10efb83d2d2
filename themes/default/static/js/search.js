/*
 * Reply Archive search, part 5 of 5: the search page. Runs in the reader's browser on the index the build
 * wrote, through the parts before it (search/text.js, index.js, results.js, suggest.js, loaded first): the
 * query's candidates come from the postings, and the results shown, a page at a time, are checked and given
 * their snippet from the bytes of one block of their page (an HTTP range request). No words here: every text
 * comes from the page's data-text-* attributes (the theme's UI strings).
 */
(function (S) {
  'use strict';

  var PAGE_SIZE = 10;

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
      var folded = S.foldEach(value);
      if (folded.length === value.length) {
        for (var m of folded.matchAll(S.DOC_NUMBERS)) {
          if (S.docNumberTerm(m) === q.docNumber) ranges.push([m.index, m.index + m[0].length]);
        }
      }
    }
    var map = { from: [], to: [] };
    var n = S.normalize(value, map);
    markedPhrases(q).forEach(function (p) {
      for (var at = S.indexOfPhrase(n, p); at >= 0; at = S.indexOfPhrase(n, p, at + p.length)) {
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
    var s = snippet([{ text: body }], S.parse(query));
    if (!s) return '';
    return (s.start > 0 ? '…' : '') + s.body.slice(s.start, s.end) + (s.end < s.body.length ? '…' : '');
  }

  function docNumberOf(header) {
    var m = (header.fields || '').match(new RegExp(S.DOC_NUMBER_BODY, 'u'));
    return m ? m[0] : null;
  }

  S.snippetText = snippetText;
  window.replyArchiveSearch = S;

  // ---- The page. ----

  var root = document.getElementById('search');
  if (!root) return;
  var engine = S.engine(root.getAttribute('data-index'), root.getAttribute('data-root'));
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
  /** The search shown: its candidates, the cursor over those the filters leave, the query as typed. */
  var shownSearch = null;

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
      results.forEach(function (r) {
        if (!passes(columns, r.doc, chosen, f)) return;
        FACETS[f](columns, r.doc).forEach(function (v) { byValue.set(v, (byValue.get(v) || 0) + 1); });
      });
      counts[f] = byValue;
    });
    return counts;
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
    // Made once per result and query: a query asked again shows the same results at once.
    if (e.snippet === undefined) e.snippet = snippet(e.texts, q);
    var s = e.snippet;
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

  /** A snippet from one of the case's documents (not the reply's own text) names it and links to it. */
  function linkPart(snippetElement, header, block) {
    var part = block === undefined ? null : S.partOf(header, block);
    if (!part || !part[1]) return;
    var a = document.createElement('a');
    a.className = 'search-result__part';
    a.href = siteRoot + header.url + '#' + part[1];
    a.textContent = part[2];
    snippetElement.insertBefore(a, snippetElement.firstChild);
  }

  /** Shows the next page of results, checking as many candidates as it needs; then the count as now known. */
  function showMore() {
    var s = shownSearch;
    var run = current;
    more.hidden = true;
    return s.cursor.take(PAGE_SIZE).then(function (page) {
      if (run !== current) return;
      page.forEach(function (e) { list.appendChild(renderResult(e, s.found.q)); });
      more.hidden = s.cursor.complete();
      showStatus(s);
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
    var kept = results.filter(function (r) { return passes(columns, r.doc, chosen); });
    if (chosen.sort === 'date') {
      kept.sort(function (a, b) { return columns.day[b.doc] - columns.day[a.doc] || S.byRank(a, b); });
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

  /**
   * The count: exact once every candidate is checked (or none needs it), else at least those found so far and
   * at most the candidates not ruled out; the facets count the same candidates.
   */
  function showStatus(s) {
    var count = s.cursor.count();
    if (count.exact === 0) {
      status.textContent = text('none').replace('{q}', function () { return s.shownQuery; });
    } else if (count.exact !== undefined) {
      status.textContent = countText(count.exact, s.shownQuery);
    } else {
      status.textContent = text('count-partial').replace('{n}', String(count.least))
        .replace('{total}', String(count.most)).replace('{q}', function () { return s.shownQuery; });
    }
    if (!s.columns) return;
    var remaining = s.found.candidates.filter(function (r) { return !s.found.rejected(r); });
    showCounts(s.columns, facetCounts(s.columns, remaining, s.chosen), s.chosen);
  }

  /** Whether a filter or the sort by date is chosen: then the results need the filter columns first. */
  function filtering(chosen) {
    return Object.keys(chosen).some(function (key) { return !!chosen[key]; });
  }

  /**
   * The filter columns (a few bytes per reply, the largest file a query would need) are fetched only when
   * a filter is chosen or the reader turns to the filters; the facets' counts are shown from then on.
   */
  function columnsFor(manifest, needed) {
    return needed || columnsWanted ? engine.filters(manifest) : Promise.resolve(null);
  }

  var columnsWanted = false;

  function showFacetCounts() {
    if (columnsWanted) return;
    columnsWanted = true;
    var s = shownSearch;
    if (!s) return;
    var run = current;
    root.setAttribute('data-state', 'searching');
    engine.manifest().then(engine.filters).then(function (columns) {
      if (run !== current) return;
      s.columns = columns;
      showStatus(s);
    }).catch(function () {
      columnsWanted = false;
    }).then(function () {
      // A choice the reader is settling on will search again: the page is not done until then.
      if (run === current && settle === null) root.setAttribute('data-state', 'done');
    });
  }

  function run(query, chosen) {
    var run = ++current;
    root.setAttribute('data-state', 'searching');
    list.textContent = '';
    suggestion.textContent = '';
    more.hidden = true;
    shownSearch = null;
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
    return engine.manifest().then(function (manifest) {
      return Promise.all([engine.search(query), columnsFor(manifest, filtering(chosen))]);
    }).then(function (got) {
      if (run !== current) return undefined;
      var found = got[0];
      var cursor = found.cursor(got[1] ? filtered(got[1], found.candidates, chosen) : found.candidates);
      shownSearch = { found: found, cursor: cursor, columns: got[1], chosen: chosen, shownQuery: shownQuery };
      return showMore().then(function () {
        var count = cursor.count();
        return (count.exact !== undefined ? count.exact : count.least) < 2 && cursor.complete()
          ? suggest(query, run) : undefined;
      });
    }).catch(function () {
      if (run === current) status.textContent = text('error');
    }).then(function () {
      if (run === current) root.setAttribute('data-state', 'done');
    });
  }

  function suggest(query, run) {
    return engine.suggestions(query).then(function (alternatives) {
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
  var settle = null;
  filters.concat([sortSelect]).forEach(function (control) {
    control.addEventListener('change', function () {
      clearTimeout(settle);
      root.setAttribute('data-state', 'searching');
      settle = setTimeout(function () { settle = null; form.requestSubmit(); }, 500);
    });
  });
  more.addEventListener('click', function () {
    var run = current;
    root.setAttribute('data-state', 'searching');
    showMore().catch(function () {
      if (run === current) status.textContent = text('error');
    }).then(function () {
      if (run === current) root.setAttribute('data-state', 'done');
    });
  });
  form.querySelector('.search-form__filters').addEventListener('focusin', showFacetCounts);
  window.addEventListener('popstate', fromUrl);
  // The form works only with this script: shown once it runs, so readers without it get the browse indexes.
  form.hidden = false;
  fromUrl();

})(window.ReplyArchiveSearch = window.ReplyArchiveSearch || {});
