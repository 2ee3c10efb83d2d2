/**
 * Pages from templates: the one FreeMarker configuration of a build (HTML auto-escaping, errors rethrown,
 * no localized lookup, UTC), the theme (a site's own theme folder over the default theme in the plugin jar,
 * file by file), UI strings per language, and the view records templates see. Decides what each page shows;
 * {@link org.replyarchive.route.UrlScheme} decides where it goes.
 */
package org.replyarchive.render;
