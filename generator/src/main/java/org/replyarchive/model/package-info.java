/**
 * The archive as immutable records with no library annotations: the site settings, the registries
 * (sessions, departments, proposers, topics, glossary), replies and free pages. Every record checks its
 * invariants when made; what a reply does not disclose is never put into the model at all.
 */
package org.replyarchive.model;
