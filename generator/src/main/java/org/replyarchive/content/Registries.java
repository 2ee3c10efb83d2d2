package org.replyarchive.content;

import java.util.Map;
import org.replyarchive.model.Department;
import org.replyarchive.model.Proposer;
import org.replyarchive.model.Session;
import org.replyarchive.model.Topic;

/** The registries replies refer to by key. */
record Registries(
        Map<String, Session> sessions,
        Map<String, Department> departments,
        Map<String, Proposer> proposers,
        Map<String, Topic> topics) {}
