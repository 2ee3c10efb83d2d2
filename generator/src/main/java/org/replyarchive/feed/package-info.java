/**
 * Outputs written by code because a template would add nothing: the open data ({@code data/replies.json},
 * {@code data/replies.csv}), the Atom feed per language, {@code sitemap.xml} and {@code robots.txt}. Each
 * holds only what replies disclose, since it reads the model, which holds nothing else.
 */
package org.replyarchive.feed;
