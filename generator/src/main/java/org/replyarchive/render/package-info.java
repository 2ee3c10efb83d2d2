/**
 * Pages from templates: the one FreeMarker configuration of a build (HTML auto-escaping, errors rethrown,
 * no localized lookup, no {@code ?new} or {@code ?api}, UTC), the theme (a site's own theme folder over the
 * default theme in the plugin jar, file by file; its UI strings merged key by key), and the makers of each
 * kind of page's model ({@link org.replyarchive.render.view}). Decides what each page shows and what its
 * cache fingerprint is made of; {@link org.replyarchive.route.UrlScheme} decides where it goes. Every
 * mistake in a site theme becomes a problem at its file, line and column, reported as a problem "in the
 * theme"; this is the only package that sees FreeMarker.
 */
package org.replyarchive.render;
