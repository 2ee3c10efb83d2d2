/**
 * The URL scheme in one place: which path of the output each page, feed and data file gets, how pages link
 * to each other relatively (so the site works under any sub-path and from any static host), and absolute
 * URLs from {@code baseUrl} where they must be absolute (canonical links, feeds, sitemap); which file serves a
 * folder path ({@code index.html}), and whether a base URL is absolute. The checker and the dev server ask it
 * rather than knowing these rules themselves.
 */
package org.replyarchive.route;
