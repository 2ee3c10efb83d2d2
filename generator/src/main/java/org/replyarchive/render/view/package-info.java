/**
 * The page models templates see: one record per kind of page ({@link org.replyarchive.render.view.PageModel}),
 * the {@link org.replyarchive.render.view.Frame} every page shares, and the values they are made of. Plain
 * immutable data in the page's language, with no behaviour and no reference to the content model, so that
 * what a theme may use is exactly what these records declare (and what a page's cache fingerprint is made of).
 */
package org.replyarchive.render.view;
