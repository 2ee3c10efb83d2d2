/**
 * One build from start to end: load and validate the content, plan and render the pages (taking unchanged
 * ones over from the previous output when a cache is kept), write the open data, feeds, sitemap, assets and
 * search indexes, and swap the output in. Calls each stage's package in turn and owns no stage's logic.
 */
package org.replyarchive.pipeline;
