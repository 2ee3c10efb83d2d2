/*
 * Reply Archive search, part 2 of 5: decoding the index files org.replyarchive.search.SearchIndexWriter wrote
 * (PostingFile, Norms, FilterColumns and friends). Every constant of the format comes from the manifest; this
 * part only knows the version it reads.
 */
(function (S) {
  'use strict';

  /** The format this script reads; an index of another version is refused rather than misread. */
  var SUPPORTED_VERSION = 4;
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

  S.utf8 = utf8;
  S.fnv1a = fnv1a;
  S.shardOf = shardOf;
  S.checkManifest = checkManifest;
  S.fileOf = fileOf;
  S.termsOf = termsOf;
  S.postingsOf = postingsOf;
  S.normLength = normLength;
  S.decodeNorms = decodeNorms;
  S.decodeFilters = decodeFilters;
  S.bm25 = bm25;
  S.sliceRange = sliceRange;
  S.textOfHtml = textOfHtml;
})(window.ReplyArchiveSearch = window.ReplyArchiveSearch || {});
