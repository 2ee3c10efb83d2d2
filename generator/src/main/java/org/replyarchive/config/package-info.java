/**
 * The engine's configuration: where the content, theme and output are, the public base URL, and the
 * languages to build. A {@link org.replyarchive.config.BuildConfig} checks itself when built and is immutable.
 */
package org.replyarchive.config;
