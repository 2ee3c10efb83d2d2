/**
 * Scaffolds new content: a reply file whose front matter is filled from the registries as far as they go
 * (title, session, proposal number and kind, proposer, lead department), with {@code TODO} for every value a
 * person must supply. The front matter, its hints, the slug and the path come from the draft package, which the
 * importer shares. Reads the registries through the content loader; never overwrites a file.
 */
package org.replyarchive.scaffold;
