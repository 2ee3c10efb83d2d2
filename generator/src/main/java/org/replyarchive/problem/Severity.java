package org.replyarchive.problem;

/** How bad a problem is: an error stops the build, a warning is reported and counted. */
public enum Severity {
    ERROR,
    WARNING
}
