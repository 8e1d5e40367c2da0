package org.safepace.knowledge;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLConnection;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Enumeration;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;

/**
 * The raw files of one knowledge base: its article files and its synonyms, read either from an operator's folder
 * or from the {@code safepace-kb/} resources shipped in the jar.
 */
record KnowledgeSource(List<SourceFile> articles, SourceFile synonyms) {

    static final String EMBEDDED_ROOT = "safepace-kb/";
    private static final String SYNONYMS = "synonyms.txt";

    /** One file's name, its location for error messages, and its text. */
    record SourceFile(String location, String fileName, String content) {
    }

    static KnowledgeSource read(Path articlesDir) {
        return read(articlesDir, KnowledgeSource.class.getClassLoader());
    }

    /** As {@link #read(Path)}, with the class loader whose {@code safepace-kb/} resources are the embedded default. */
    static KnowledgeSource read(Path articlesDir, ClassLoader loader) {
        return articlesDir == null ? embedded(loader) : folder(articlesDir, loader);
    }

    /** An operator's folder; its synonyms are {@code synonyms.txt} inside or next to it, else the embedded ones. */
    private static KnowledgeSource folder(Path articlesDir, ClassLoader loader) {
        Path dir = articlesDir.toAbsolutePath().normalize();
        if (!Files.isDirectory(dir)) {
            throw new IllegalStateException("Knowledge-base articles folder " + dir + " does not exist or is not a folder");
        }
        List<SourceFile> articles = new ArrayList<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path file : files.filter(f -> f.getFileName().toString().endsWith(".md"))
                    .sorted(Comparator.comparing(Path::toString)).toList()) {
                articles.add(new SourceFile(file.toString(), file.getFileName().toString(), Files.readString(file)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read knowledge-base articles from " + dir, e);
        }
        if (articles.isEmpty()) {
            throw new IllegalStateException("Knowledge-base articles folder " + dir + " contains no *.md articles");
        }
        SourceFile synonyms = null;
        for (Path candidate : List.of(dir.resolve(SYNONYMS), dir.resolveSibling(SYNONYMS))) {
            if (Files.isRegularFile(candidate)) {
                try {
                    synonyms = new SourceFile(candidate.toString(), SYNONYMS, Files.readString(candidate));
                } catch (IOException e) {
                    throw new UncheckedIOException("Cannot read synonyms " + candidate, e);
                }
                break;
            }
        }
        return new KnowledgeSource(articles, synonyms != null ? synonyms : embeddedSynonyms(loader));
    }

    private static KnowledgeSource embedded(ClassLoader loader) {
        URL synonymsUrl = resource(loader, EMBEDDED_ROOT + SYNONYMS);
        List<SourceFile> articles = new ArrayList<>();
        try {
            if ("file".equals(synonymsUrl.getProtocol())) {
                Path root = Path.of(synonymsUrl.toURI()).getParent();
                return new KnowledgeSource(folder(root.resolve("articles"), loader).articles(), embeddedSynonyms(loader));
            }
            URLConnection connection = synonymsUrl.openConnection();
            if (!(connection instanceof JarURLConnection jarConnection)) {
                throw new IllegalStateException("Cannot list embedded articles at " + synonymsUrl);
            }
            // The JarFile is shared through the URL cache (also inside Spring Boot's nested jars): do not close it.
            JarFile jar = jarConnection.getJarFile();
            String prefix = EMBEDDED_ROOT + "articles/";
            List<JarEntry> entries = new ArrayList<>();
            for (Enumeration<JarEntry> e = jar.entries(); e.hasMoreElements(); ) {
                JarEntry entry = e.nextElement();
                String name = entry.getName();
                if (name.startsWith(prefix) && name.endsWith(".md") && name.indexOf('/', prefix.length()) < 0) {
                    entries.add(entry);
                }
            }
            entries.sort(Comparator.comparing(JarEntry::getName));
            for (JarEntry entry : entries) {
                try (InputStream in = jar.getInputStream(entry)) {
                    articles.add(new SourceFile("classpath:" + entry.getName(), entry.getName().substring(prefix.length()),
                            new String(in.readAllBytes(), StandardCharsets.UTF_8)));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the embedded knowledge base at " + synonymsUrl, e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException("Cannot read the embedded knowledge base at " + synonymsUrl, e);
        }
        if (articles.isEmpty()) {
            throw new IllegalStateException("The embedded knowledge base at " + synonymsUrl + " contains no articles");
        }
        return new KnowledgeSource(articles, embeddedSynonyms(loader));
    }

    private static SourceFile embeddedSynonyms(ClassLoader loader) {
        URL url = resource(loader, EMBEDDED_ROOT + SYNONYMS);
        try (InputStream in = url.openStream()) {
            return new SourceFile(url.toString(), SYNONYMS, new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the embedded synonyms " + url, e);
        }
    }

    private static URL resource(ClassLoader loader, String name) {
        URL url = loader.getResource(name);
        if (url == null) {
            throw new IllegalStateException("Classpath resource " + name + " is missing: the knowledge-base jar was built without its articles");
        }
        return url;
    }
}
