package id.linimasa.app;

import id.linimasa.page.Page;
import id.linimasa.page.PageFailure;
import id.linimasa.page.PageReader;
import id.linimasa.page.PageSink;

import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * Turns the {@link PageReader}'s push (a sink called per page) into the pull the corpus ingests from:
 * the reader runs on its own thread and hands pages over through a small queue, so only a few pages are
 * in memory however many files there are. Read failures go to {@code onFailure} as they happen.
 */
final class PageStream implements Iterable<Page>, AutoCloseable {

    private static final Object END = new Object();
    private final BlockingQueue<Object> queue = new ArrayBlockingQueue<>(16);
    private final Thread reader;
    private volatile boolean closed;

    PageStream(List<String> paths, Consumer<PageFailure> onFailure) {
        reader = new Thread(() -> {
            try {
                new PageReader().read(paths, PageSink.of(this::put, onFailure));
            } finally {
                put(END);
            }
        }, "linimasa-read");
        reader.setDaemon(true);
        reader.start();
    }

    /** Waits for room, giving up once the consumer has closed the stream (it stopped early). */
    private void put(Object o) {
        try {
            while (!closed && !queue.offer(o, 100, TimeUnit.MILLISECONDS)) {
                // the timed offer already waited; loop only to notice a closed stream
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public Iterator<Page> iterator() {
        return new Iterator<>() {
            private Object next;

            @Override
            public boolean hasNext() {
                if (next == null) {
                    try {
                        next = queue.take();
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        next = END;
                    }
                }
                return next != END;
            }

            @Override
            public Page next() {
                if (!hasNext()) throw new NoSuchElementException();
                Page p = (Page) next;
                next = null;
                return p;
            }
        };
    }

    @Override
    public void close() {
        closed = true;
        reader.interrupt();
    }
}
