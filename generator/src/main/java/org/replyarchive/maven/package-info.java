/**
 * The only package that sees Maven: goals that turn their parameters into a
 * {@link org.replyarchive.config.BuildConfig}, call the engine, and map its outcome to Maven's: content
 * problems to a build failure with every problem logged, anything else to a build error.
 */
package org.replyarchive.maven;
