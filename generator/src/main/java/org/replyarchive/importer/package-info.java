/**
 * Turns the plain text of a published reply, as copied out of its PDF or Word file, into a draft
 * {@code replies/<year>/<slug>.zh.md}, and keeps that text as the draft's {@code sources/<slug>.txt}: decodes it
 * ({@code TextDecoder}), finds its header, body and signature ({@code ReplyLayout}), reads its metadata
 * ({@code ReplyTextParser}), reflows its body ({@code BodyReflow}), matches names to registry keys
 * ({@code RegistryMatcher}), composes the draft ({@code DraftComposer}, with the front matter, hints and slug rule of
 * the draft package, which {@code new} shares) and writes it ({@code DraftWriter}). The
 * entry point is {@link org.replyarchive.importer.ReplyTextImporter#importText}.
 *
 * <p>What it cannot determine is written as {@code TODO}, which validation refuses, so a draft is never published
 * half-filled. It reads only site.yaml and the registries, through
 * {@link org.replyarchive.content.RegistryReader}, and writes only the drafts and sources it creates.
 */
package org.replyarchive.importer;
