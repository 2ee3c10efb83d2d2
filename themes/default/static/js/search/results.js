/*
 * Reply Archive search, part 3 of 5: finding, ranking and checking results. A query's candidates are the
 * documents holding every term, ranked from the postings alone (BM25 from the manifest's constants and the
 * norms); a phrase of two or more terms must then stand contiguously, which is checked against the result's
 * fields and the text of its page, read by range. Checking is lazy and bounded: candidates are checked in the
 * order they are shown, only as many as the page of results needs, at most CHECKS_PER_PAGE candidates and
 * about BYTES_PER_PAGE of page text for one page, so that a common phrase in a large archive costs what its
 * first page costs, not a fetch per candidate.
 */
(function (S) {
  'use strict';

  /**
   * How many bytes of neighbouring blocks one range request reads: a check reads much at once to find its
   * phrase in few requests; a snippet needs the block its first term is in, and may find the whole query
   * in its neighbours.
   */
  var CHECK_SPAN = 16384;
  var SNIPPET_SPAN = 4096;
  /** The most candidates checked, and about the most bytes of pages read, to show one page of results. */
  var CHECKS_PER_PAGE = 40;
  var BYTES_PER_PAGE = 1024 * 1024;
  /** Candidates checked at once: enough to fill a page when most pass, few enough to stop soon when not. */
  var CHECK_BATCH = 10;
  /** Candidates checked to tell whether a suggested phrase is in any reply. */
  var CHECKS_PER_SUGGESTION = 5;
  /** The nearest alternatives (commonest first) whose postings are fetched to count their replies. */
  var SUGGESTIONS_LOOKED_UP = 12;
  var REMEMBERED_SEARCHES = 16;

  function byRank(a, b) {
    // Ties go to the newer reply: ids are given oldest first.
    return b.inTitle - a.inTitle || b.score - a.score || b.doc - a.doc;
  }

  /** What the reader asked: phrases to verify and mark, or a document number. */
  function parse(query) {
    var terms = S.queryTokens(query);
    var docNumber = terms.length === 1 && terms[0].charAt(0) === '#' ? terms[0] : null;
    return { text: query, terms: terms, docNumber: docNumber, phrases: docNumber ? [] : S.queryPhrases(query) };
  }

  /** The query as its words alone: for a document number that is no reply's own but may be cited in text. */
  function asWords(query) {
    var phrases = S.queryPhrases(query);
    return { text: query, terms: Array.from(new Set(phrases.flatMap(S.phraseTerms))), docNumber: null,
      phrases: phrases };
  }

  function multiTerm(phrase) {
    return S.phraseTerms(phrase).length > 1;
  }

  /**
   * A search engine over the index at indexUrl of the site at siteRoot, with its own cache of what it
   * fetched: each file is fetched once per page.
   */
  function engine(indexUrl, siteRoot) {
    var cache = {};
    /** The latest searches, by query: a query asked again (back, a filter changed) reuses what was checked. */
    var searches = new Map();
    var suggested = new Map();

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

    /** Fetches bytes [from, to) of url with a range request; a server that ignores ranges sends it all. */
    function fetchRange(url, from, to) {
      var key = url + '#' + from + '-' + to;
      if (!cache[key]) {
        cache[key] = fetch(url, { headers: { Range: 'bytes=' + from + '-' + (to - 1) } }).then(function (r) {
          if (!r.ok) throw new Error(url + ': ' + r.status);
          return r.arrayBuffer().then(function (b) { return S.sliceRange(r.status, new Uint8Array(b), from, to); });
        });
      }
      return cache[key];
    }

    function manifestOf() {
      return fetchJson(indexUrl + 'manifest.json').then(S.checkManifest);
    }

    /** The folding table, fetched only for a query with characters outside ASCII. */
    function foldingFor(manifest, query) {
      if (!/[^\x00-\x7f]/.test(query)) return Promise.resolve();
      return fetchCached(indexUrl + manifest.files.folding, function (r) { return r.text(); }).then(function (t) {
        if (!manifest.folded) { S.setFolding(t); manifest.folded = true; }
      });
    }

    function normsOf(manifest) {
      if (!manifest.lengths) {
        manifest.lengths = fetchBytes(indexUrl + manifest.files.norms).then(function (b) {
          return S.decodeNorms(b, manifest);
        });
      }
      return manifest.lengths;
    }

    /** The filter columns: every result list counts its facets. */
    function filtersOf(manifest) {
      if (!manifest.columns) {
        manifest.columns = fetchBytes(indexUrl + manifest.files.filters).then(function (b) {
          return S.decodeFilters(b, manifest);
        });
      }
      return manifest.columns;
    }

    /**
     * The documents holding every term, scored; each with the first block of the body that holds each term
     * (-1: not in the body). matched tells whether any document had them all.
     */
    function lookup(manifest, terms) {
      var files = terms.map(function (t) { return fetchBytes(indexUrl + S.fileOf(manifest, t)); });
      return Promise.all([Promise.all(files), normsOf(manifest)]).then(function (got) {
        var lists = terms.map(function (t, i) { var l = S.postingsOf(got[0][i], t, manifest); l.term = t; return l; });
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
            score += S.bm25(manifest, l.tf[p], lengths[doc], l.size);
            titleHits += l.title[p];
            firstBlock[l.term] = l.block[p];
          });
          results.push({ doc: doc, score: score, inTitle: titleHits === lists.length ? 1 : 0, firstBlock: firstBlock });
        }
        return { results: results.sort(byRank), matched: lists[0].size > 0 };
      });
    }

    /**
     * The candidates of a query, in rank order, as a Found that checks them as they are shown (none for a
     * query with no term).
     */
    function search(query) {
      if (!searches.has(query)) {
        if (searches.size >= REMEMBERED_SEARCHES) searches.delete(searches.keys().next().value);
        var found = find(query);
        // A search that failed (the network) is tried again next time.
        found.catch(function () { searches.delete(query); });
        searches.set(query, found);
      }
      return searches.get(query);
    }

    function find(query) {
      return manifestOf().then(function (manifest) {
        return foldingFor(manifest, query).then(function () {
          var q = parse(query);
          if (!q.terms.length) return new Found(manifest, q, []);
          return lookup(manifest, q.terms).then(function (got) {
            if (!got.matched && q.docNumber) {
              q = asWords(query);
              if (!q.terms.length) return new Found(manifest, q, []);
              return lookup(manifest, q.terms).then(function (f) { return new Found(manifest, q, f.results); });
            }
            return new Found(manifest, q, got.results);
          });
        });
      });
    }

    /**
     * A query's candidates and what is known of each: a result's evidence (its header and the text its
     * snippet needs) once read, and whether it was found to hold every phrase. Several orders of the same
     * candidates (filters, sort by date) share what was checked.
     */
    function Found(manifest, q, candidates) {
      this.manifest = manifest;
      this.q = q;
      this.candidates = candidates;
      this.needsCheck = q.phrases.some(multiTerm);
      this.evidence = new Map();
    }

    /** Whether the candidate is known not to hold the query. */
    Found.prototype.rejected = function (result) {
      var e = this.evidence.get(result.doc);
      return !!(e && e.checked && !e.ok);
    };

    /** Whether the candidate is known to hold the query: always, when no phrase needs checking. */
    Found.prototype.confirmed = function (result) {
      if (!this.needsCheck) return true;
      var e = this.evidence.get(result.doc);
      return !!(e && e.checked && e.ok);
    };

    /** A cursor over an order of the candidates (those a filter leaves, sorted as asked) that checks them lazily. */
    Found.prototype.cursor = function (ordered) {
      return new Cursor(this, ordered);
    };

    Found.prototype.check = function (result) {
      var known = this.evidence.get(result.doc);
      if (known) return known.promise;
      var e = { result: result, header: null, texts: [], ok: false, checked: false, bytes: 0 };
      var found = this;
      e.promise = read(this.manifest, this.q, e, this.needsCheck).then(function () {
        e.checked = true;
        return e;
      });
      found.evidence.set(result.doc, e);
      return e.promise;
    };

    function Cursor(found, ordered) {
      this.found = found;
      this.ordered = ordered;
      this.next = 0;
    }

    /** Whether every candidate of this order has been checked (or needs none). */
    Cursor.prototype.complete = function () {
      return this.next >= this.ordered.length;
    };

    /**
     * The count to show: exact when complete ({exact: n}), else at least the candidates confirmed so far and
     * at most those not rejected ({least, most}).
     */
    Cursor.prototype.count = function () {
      var found = this.found;
      var most = this.ordered.filter(function (r) { return !found.rejected(r); }).length;
      if (!found.needsCheck || this.complete()) return { exact: most };
      var least = this.ordered.filter(function (r) { return found.confirmed(r); }).length;
      return { least: least, most: most };
    };

    /**
     * The next results to show, up to wanted of them, each with its header and text: candidates are checked
     * in order, a batch at once, until wanted are kept, the order ends, or this page's budget of checks and
     * bytes is spent (then fewer are returned and the rest are checked when the reader asks for more).
     */
    Cursor.prototype.take = function (wanted) {
      var cursor = this;
      var kept = [];
      var checks = 0;
      var bytes = 0;
      function round() {
        if (kept.length >= wanted || cursor.complete() || checks >= CHECKS_PER_PAGE || bytes >= BYTES_PER_PAGE) {
          return Promise.resolve(kept);
        }
        var size = cursor.found.needsCheck ? Math.max(CHECK_BATCH, wanted - kept.length) : wanted - kept.length;
        var batch = cursor.ordered.slice(cursor.next, cursor.next + Math.min(size, CHECKS_PER_PAGE - checks));
        return Promise.all(batch.map(function (r) { return cursor.found.check(r); })).then(function (all) {
          for (var i = 0; i < all.length; i++) {
            checks++;
            cursor.next++;
            bytes += all[i].bytes;
            if (all[i].ok) kept.push(all[i]);
            // Checked beyond the page are kept in the cache, and taken again from it for the next page.
            if (kept.length >= wanted) break;
          }
          return round();
        });
      }
      return round();
    };

    /**
     * Reads a candidate's evidence: its header, then when checking, the blocks of its page from the first
     * where all of a phrase's terms have occurred (a phrase cannot stand earlier), a range at a time, until
     * every phrase of two or more terms is found in the fields or a block; ok when all are. Without checking,
     * only the block its snippet shows.
     */
    function read(manifest, q, e, checking) {
      var result = e.result;
      return fetchJson(indexUrl + manifest.files.document.replace('{id}', String(result.doc))).then(function (header) {
        e.header = header;
        var fields = S.normalize(header.title + '\n' + (header.fields || ''));
        var pending = !checking ? [] : q.phrases.filter(function (p) {
          return multiTerm(p) && S.indexOfPhrase(fields, p) < 0;
        });
        e.ok = pending.length === 0;
        // A phrase one of whose terms is not in the body, and not in the fields either, is nowhere.
        if (pending.some(function (p) { return S.phraseTerms(p).some(function (t) { return result.firstBlock[t] < 0; }); })) {
          return undefined;
        }
        return readBlocks(header, firstUsefulBlock(q, result, pending), e, pending);
      });
    }

    function firstUsefulBlock(q, result, pending) {
      var blocks = [];
      var phrases = pending.length ? pending : q.phrases;
      phrases.forEach(function (p) {
        var own = S.phraseTerms(p).map(function (t) { return result.firstBlock[t]; });
        if (own.every(function (b) { return b >= 0; })) blocks.push(Math.max.apply(null, own));
      });
      if (!blocks.length && !pending.length) {
        Object.keys(result.firstBlock).forEach(function (t) {
          if (result.firstBlock[t] >= 0) blocks.push(result.firstBlock[t]);
        });
      }
      return blocks.length ? Math.min.apply(null, blocks) : (pending.length ? -1 : 0);
    }

    function readBlocks(header, start, e, pending) {
      var offsets = header.blocks;
      if (start < 0 || start + 1 >= offsets.length) return Promise.resolve();
      var end = start + 1;
      var span = pending.length ? CHECK_SPAN : SNIPPET_SPAN;
      while (end + 1 < offsets.length && offsets[end + 1] - offsets[start] <= span) end++;
      return fetchRange(siteRoot + header.url, offsets[start], offsets[end]).then(function (bytes) {
        e.bytes += offsets[end] - offsets[start];
        for (var b = start; b < end; b++) {
          if (isBetweenParts(header, b)) continue;
          var t = S.textOfHtml(S.utf8.decode(bytes.subarray(offsets[b] - offsets[start], offsets[b + 1] - offsets[start])));
          var n = S.normalize(t);
          e.texts.push({ block: b, text: t, normalized: n });
          for (var k = pending.length - 1; k >= 0; k--) if (S.indexOfPhrase(n, pending[k]) >= 0) pending.splice(k, 1);
        }
        e.ok = pending.length === 0;
        if (e.ok) return undefined;
        return readBlocks(header, end, e, pending);
      });
    }

    /** The vocabulary (SearchIndexWriter's Vocabulary): term → number of documents, and pairs by character. */
    function vocabularyOf(manifest) {
      return fetchCached(indexUrl + manifest.files.vocabulary, function (r) { return r.text(); }).then(function (t) {
        if (!manifest.vocabulary) manifest.vocabulary = S.parseVocabulary(t);
        return manifest.vocabulary;
      });
    }

    /**
     * The alternatives in the order of how many replies hold them as phrases (pairs alone say little of a
     * phrase: 成了 is commoner than 成蝶), those that none holds left out. A phrase that needs checking counts
     * its candidates once one of its first few is confirmed.
     */
    function byReplies(manifest, alternatives) {
      return Promise.all(alternatives.slice(0, SUGGESTIONS_LOOKED_UP).map(function (alt) {
        var q = { text: alt, terms: Array.from(new Set(S.phraseTerms(alt))), docNumber: null, phrases: [alt] };
        return lookup(manifest, q.terms).then(function (f) {
          var found = new Found(manifest, q, f.results);
          if (!found.needsCheck) return { text: alt, replies: f.results.length };
          return found.cursor(f.results.slice(0, CHECKS_PER_SUGGESTION)).take(1).then(function (kept) {
            return { text: alt, replies: kept.length ? f.results.length : 0 };
          });
        });
      })).then(function (counted) {
        return counted.filter(function (c) { return c.replies > 0; })
          .sort(function (a, b) { return b.replies - a.replies; })
          .slice(0, S.OFFERED).map(function (c) { return c.text; });
      });
    }

    /**
     * Did you mean: for the first phrase of the query with a term the vocabulary lacks, its nearest
     * alternatives (an English word within one or two edits, a Chinese phrase with one character changed),
     * each put back into the query.
     */
    function suggestions(query) {
      if (!suggested.has(query)) {
        if (suggested.size >= REMEMBERED_SEARCHES) suggested.delete(suggested.keys().next().value);
        var alternatives = suggest(query);
        alternatives.catch(function () { suggested.delete(query); });
        suggested.set(query, alternatives);
      }
      return suggested.get(query);
    }

    function suggest(query) {
      return manifestOf().then(function (manifest) {
        return vocabularyOf(manifest).then(function (v) {
          var phrases = S.queryPhrases(query);
          for (var i = 0; i < phrases.length; i++) {
            var p = phrases[i];
            if (S.phraseTerms(p).every(function (t) { return v.df.has(t); })) continue;
            var near = S.nearAlternatives(v, p);
            return byReplies(manifest, near).then(function (ranked) { return ranked.map(function (alt) {
              var others = phrases.slice();
              others[i] = alt;
              return others.join(' ');
            }); });
          }
          return [];
        });
      });
    }

    return { manifest: manifestOf, filters: filtersOf, search: search, suggestions: suggestions };
  }

  // ---- Case documents. A page may show several texts: the case's interim reply, co-handling opinions, second
  // reply or follow-up besides the reply. Its header then lists them as parts, [first block, anchor, label]
  // (org.replyarchive.search.TextPart); the block before each part but the first is the markup between two
  // texts, never read for words.

  function isBetweenParts(header, b) {
    return !!header.parts && header.parts.some(function (p, k) { return k > 0 && p[0] - 1 === b; });
  }

  /** The part of the page that block b belongs to, or null for a page of one text. */
  function partOf(header, b) {
    var found = null;
    (header.parts || []).forEach(function (p) { if (p[0] <= b) found = p; });
    return found;
  }

  S.partOf = partOf;
  S.byRank = byRank;
  S.parse = parse;
  S.engine = engine;
})(window.ReplyArchiveSearch = window.ReplyArchiveSearch || {});
