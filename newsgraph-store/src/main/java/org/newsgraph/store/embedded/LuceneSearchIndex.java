package org.newsgraph.store.embedded;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.classic.MultiFieldQueryParser;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.newsgraph.model.Article;
import org.newsgraph.model.Outcome;
import org.newsgraph.store.SearchHit;
import org.newsgraph.store.SearchIndex;
import org.newsgraph.store.StoreException;

/**
 * A Lucene index: id, title (boosted) and text, English analysis. Open for writing (it holds the folder's
 * {@code write.lock}) or for reading only (no lock: it reads the last commit, even on a read-only disk or while
 * another process writes). Thread-safe.
 */
final class LuceneSearchIndex implements SearchIndex, AutoCloseable {
    /** The index folder is held by another writer. */
    static final class LockedException extends Exception {
        LockedException(Throwable cause) {
            super(cause.getMessage(), cause);
        }
    }

    /** The index on disk cannot be read: truncated, corrupt, or of an unknown format. */
    static final class UnreadableException extends Exception {
        UnreadableException(Throwable cause) {
            super(cause.getMessage(), cause);
        }
    }

    private final Directory directory;
    private final Analyzer analyzer = new EnglishAnalyzer();
    private final IndexWriter writer;
    private final SearcherManager searchers;

    private LuceneSearchIndex(Directory directory, IndexWriter writer, SearcherManager searchers) {
        this.directory = directory;
        this.writer = writer;
        this.searchers = searchers;
    }

    /** Opens (creating if needed) the index in {@code folder} for writing; {@code create} starts it empty. */
    static LuceneSearchIndex forWriting(Path folder, boolean create) throws LockedException, UnreadableException {
        Directory directory = null;
        try {
            directory = FSDirectory.open(folder);
            return writable(directory, create);
        } catch (org.apache.lucene.store.LockObtainFailedException e) {
            closeQuietly(directory);
            throw new LockedException(e);
        } catch (IOException | RuntimeException e) {
            closeQuietly(directory);
            throw new UnreadableException(e);
        }
    }

    /** An empty index in memory, for writing (a reader's stand-in for an index it cannot read). */
    static LuceneSearchIndex inMemory() {
        try {
            return writable(new org.apache.lucene.store.ByteBuffersDirectory(), true);
        } catch (IOException e) {
            throw new StoreException("cannot make an index in memory", e);
        }
    }

    private static LuceneSearchIndex writable(Directory directory, boolean create) throws IOException {
        IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(new EnglishAnalyzer())
                .setOpenMode(create ? IndexWriterConfig.OpenMode.CREATE : IndexWriterConfig.OpenMode.CREATE_OR_APPEND));
        try {
            return new LuceneSearchIndex(directory, writer, new SearcherManager(writer, null));
        } catch (IOException | RuntimeException e) {
            writer.rollback();
            throw e;
        }
    }

    /** Opens the last commit of the index in {@code folder} for reading only. */
    static LuceneSearchIndex forReading(Path folder) throws UnreadableException {
        Directory directory = null;
        try {
            directory = FSDirectory.open(folder, org.apache.lucene.store.NoLockFactory.INSTANCE);
            return new LuceneSearchIndex(directory, null, new SearcherManager(directory, null));
        } catch (IOException | RuntimeException e) {
            closeQuietly(directory);
            throw new UnreadableException(e);
        }
    }

    private static void closeQuietly(Directory directory) {
        if (directory != null) {
            try {
                directory.close();
            } catch (IOException ignored) {
                // the open failed already; that failure is the one reported
            }
        }
    }

    private IndexWriter writer() {
        if (writer == null) {
            throw new StoreException("the store is open for reading only");
        }
        return writer;
    }

    @Override
    public void index(Article article) {
        Document doc = new Document();
        doc.add(new StringField("id", article.id(), Field.Store.YES));
        String title = article.metadata().titleText().orElse("");
        doc.add(new TextField("title", title, Field.Store.YES));
        doc.add(new TextField("text", article.text(), Field.Store.NO));
        doc.add(new StoredField("lead", lead(article.text())));
        try {
            writer().updateDocument(new Term("id", article.id()), doc);
        } catch (IOException e) {
            throw new StoreException("cannot index article " + article.id(), e);
        }
    }

    private static String lead(String text) {
        String flat = text.replace('\n', ' ').strip();
        return flat.length() <= 240 ? flat : flat.substring(0, 240) + "…";
    }

    @Override
    public void commit() {
        try {
            writer().commit();
            searchers.maybeRefreshBlocking();
        } catch (IOException e) {
            throw new StoreException("cannot commit the search index", e);
        }
    }

    /** Removes everything (before a rebuild). */
    void clear() {
        try {
            writer().deleteAll();
        } catch (IOException e) {
            throw new StoreException("cannot clear the search index", e);
        }
    }

    @Override
    public Outcome<List<SearchHit>> search(String query, int limit) {
        if (query == null || query.isBlank()) {
            return Outcome.failed("bad-query", "the query is empty", "search");
        }
        Query parsed;
        try {
            MultiFieldQueryParser parser = new MultiFieldQueryParser(new String[] {"title", "text"}, analyzer,
                    java.util.Map.of("title", 2.0f, "text", 1.0f));
            parser.setDefaultOperator(QueryParser.Operator.AND);
            parsed = parser.parse(query);
        } catch (ParseException | RuntimeException e) {
            if (tooComplex(e)) {
                return tooComplex();
            }
            try {
                parsed = new MultiFieldQueryParser(new String[] {"title", "text"}, analyzer).parse(QueryParser.escape(query));
            } catch (ParseException | RuntimeException again) {
                return Outcome.failed("bad-query", "cannot read the query: " + firstLine(again), "search");
            }
        }
        try {
            IndexSearcher searcher = searchers.acquire();
            try {
                return Outcome.ok(top(searcher, parsed, Math.max(1, Math.min(limit, 1000))));
            } finally {
                searchers.release(searcher);
            }
        } catch (IOException e) {
            throw new StoreException("search failed for " + query.toLowerCase(Locale.ROOT), e);
        } catch (RuntimeException e) {
            if (tooComplex(e)) {
                return tooComplex();
            }
            return Outcome.failed("bad-query", "cannot run the query: " + firstLine(e), "search");
        }
    }

    /**
     * The best {@code limit} hits, best first, hits of equal score in id order (so the order does not depend on
     * how the index happens to be laid out on disk): hits tied with the last one kept are fetched as well before
     * the cut.
     */
    private static List<SearchHit> top(IndexSearcher searcher, Query query, int limit) throws IOException {
        int n = limit + 1;
        TopDocs top;
        while (true) {
            top = searcher.search(query, n);
            ScoreDoc[] docs = top.scoreDocs;
            // the hit after the cut ties with the last one kept: fetch further, so that ties are cut by id
            boolean moreMayTie = docs.length == n && docs[n - 1].score >= docs[limit - 1].score;
            if (!moreMayTie || n >= 100_000) {
                break;
            }
            n *= 4;
        }
        List<SearchHit> hits = new ArrayList<>();
        for (ScoreDoc sd : top.scoreDocs) {
            Document d = searcher.storedFields().document(sd.doc);
            hits.add(new SearchHit(d.get("id"), d.get("title"), sd.score, d.get("lead")));
        }
        hits.sort(java.util.Comparator.comparingDouble((SearchHit h) -> -h.score()).thenComparing(SearchHit::articleId));
        return List.copyOf(hits.subList(0, Math.min(limit, hits.size())));
    }

    private static boolean tooComplex(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof org.apache.lucene.util.automaton.TooComplexToDeterminizeException
                    || t instanceof IndexSearcher.TooManyClauses) {
                return true;
            }
        }
        return false;
    }

    private static Outcome<List<SearchHit>> tooComplex() {
        return Outcome.failed("bad-query", "the query is too complex to run (a regular expression or wildcard that matches "
                + "too many forms); simplify it", "search");
    }

    private static String firstLine(Throwable e) {
        String m = e.getMessage();
        return m == null || m.isBlank() ? "not a valid query" : m.lines().findFirst().orElse(m);
    }

    @Override
    public int documentCount() {
        if (writer == null) {
            try {
                IndexSearcher searcher = searchers.acquire();
                try {
                    return searcher.getIndexReader().numDocs();
                } finally {
                    searchers.release(searcher);
                }
            } catch (IOException e) {
                throw new StoreException("cannot count indexed documents", e);
            }
        }
        try (DirectoryReader reader = DirectoryReader.open(writer)) {
            return reader.numDocs();
        } catch (IOException e) {
            throw new StoreException("cannot count indexed documents", e);
        }
    }

    @Override
    public void close() {
        try {
            searchers.close();
            if (writer != null) {
                writer.close();
            }
            directory.close();
        } catch (IOException e) {
            throw new StoreException("cannot close the search index", e);
        }
    }
}
