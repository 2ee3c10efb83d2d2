package org.replyarchive.render;

import java.io.Writer;

/**
 * What a template writes a page into: a writer over a builder that each thread keeps from page to page. A reply
 * page is 60–300 KB; a fresh {@code StringWriter} grew to that size by copying itself several times over, and
 * took a lock on every write.
 */
final class PageBuffer extends Writer {

    /** A buffer grown past this by one page is not kept for the next. */
    private static final int LARGEST_KEPT = 4 << 20;
    private static final ThreadLocal<PageBuffer> OWN = ThreadLocal.withInitial(PageBuffer::new);

    private final StringBuilder text = new StringBuilder(64 * 1024);
    private boolean inUse;

    /** This thread's buffer, emptied; a new one while it is already in use (a page rendered within a page). */
    static PageBuffer take() {
        PageBuffer own = OWN.get();
        if (own.inUse) {
            return new PageBuffer();
        }
        own.inUse = true;
        own.text.setLength(0);
        return own;
    }

    /** The page written so far. */
    @Override
    public String toString() {
        return text.toString();
    }

    /** Gives the buffer back for the next page. */
    void release() {
        inUse = false;
        if (text.capacity() > LARGEST_KEPT && OWN.get() == this) {
            OWN.remove();
        }
    }

    @Override
    public void write(char[] chars, int offset, int length) {
        text.append(chars, offset, length);
    }

    @Override
    public void write(String string, int offset, int length) {
        text.append(string, offset, offset + length);
    }

    @Override
    public void write(int c) {
        text.append((char) c);
    }

    @Override
    public void flush() {}

    @Override
    public void close() {}
}
