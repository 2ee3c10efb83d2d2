/**
 * The development server: serves a site built into a folder of its own on {@code 127.0.0.1} unless told
 * otherwise, watches the content and theme folders, rebuilds on change and reloads the open pages. While
 * the content has errors the last good site stays served, with the errors shown over every page. The
 * reload script and the error overlay are added to pages as they are served, never written into a site.
 */
package org.replyarchive.serve;
