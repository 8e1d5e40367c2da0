package org.safepace.bot.retrieval;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.util.concurrent.TimeUnit;
import org.safepace.knowledge.KnowledgeBase;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reloads the knowledge base when an operator edits the external articles folder, so edits go live without a
 * restart. A reload that fails keeps the previous articles serving and logs why.
 */
final class ArticleFolderWatcher implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(ArticleFolderWatcher.class);
    /** Editors save in bursts; wait for the folder to be quiet before reloading. */
    private static final long QUIET_MILLIS = 500;

    private final WatchService watchService;
    private final Thread thread;

    private ArticleFolderWatcher(WatchService watchService, Thread thread) {
        this.watchService = watchService;
        this.thread = thread;
    }

    static ArticleFolderWatcher start(KnowledgeProperties properties, KnowledgeBase knowledgeBase) {
        if (properties.articlesDir() == null || !properties.watch()) {
            return new ArticleFolderWatcher(null, null);
        }
        try {
            WatchService service = FileSystems.getDefault().newWatchService();
            properties.articlesDir().register(service, StandardWatchEventKinds.ENTRY_CREATE,
                    StandardWatchEventKinds.ENTRY_MODIFY, StandardWatchEventKinds.ENTRY_DELETE);
            Thread thread = new Thread(() -> watch(service, knowledgeBase), "article-folder-watcher");
            thread.setDaemon(true);
            thread.start();
            return new ArticleFolderWatcher(service, thread);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot watch articles folder " + properties.articlesDir(), e);
        }
    }

    private static void watch(WatchService service, KnowledgeBase knowledgeBase) {
        try {
            while (true) {
                WatchKey key = service.take();
                drain(key);
                WatchKey more;
                while ((more = service.poll(QUIET_MILLIS, TimeUnit.MILLISECONDS)) != null) {
                    drain(more);
                }
                try {
                    knowledgeBase.reload();
                    log.info("knowledge base reloaded passages={}", knowledgeBase.passageCount());
                } catch (RuntimeException e) {
                    log.error("knowledge base reload failed; the previous articles stay live: {}", e.getMessage());
                }
            }
        } catch (InterruptedException | ClosedWatchServiceException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void drain(WatchKey key) {
        key.pollEvents();
        key.reset();
    }

    @Override
    public void close() throws IOException {
        if (watchService != null) {
            watchService.close();
            thread.interrupt();
        }
    }
}
