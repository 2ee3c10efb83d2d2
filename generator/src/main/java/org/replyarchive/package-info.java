/**
 * The engine's front door: {@link org.replyarchive.SiteGenerator#build} runs the pipeline (load and validate
 * content, render Markdown, build indexes, render templates, write open data, swap the output in) and
 * returns a {@link org.replyarchive.build.BuildResult}. Holds no logic of its own; each stage has its package.
 */
package org.replyarchive;
