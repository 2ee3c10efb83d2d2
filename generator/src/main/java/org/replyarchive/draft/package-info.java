/**
 * Drafts of reply files, shared by {@code new} (the scaffold package) and {@code import} (the importer package):
 * front matter written line by line with {@code TODO} and one hint per field a human must fill in, the slug and
 * path rule, and the Chinese names of the proposal kinds. Writes no files.
 */
package org.replyarchive.draft;
