package org.replyarchive.render;

import java.util.Map;
import java.util.function.Supplier;

/**
 * A page to render: where it goes, with which template, and how to make its model. The model is made when
 * the page is rendered, on whichever thread renders it.
 */
public record PageJob(String path, String template, Supplier<Map<String, Object>> model) {}
