package io.github.sipas.core.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/**
 * Test fixtures shared between modules, read from the class path: core's test resources come to the tests of scoring
 * and examples through sipas-core's test-jar (and scoring's through sipas-scoring's), never by a path into another
 * module's source tree.
 *
 * <pre>{@code
 * Path laocai = Fixtures.path("fixtures/sipas2017-laocai.csv");
 * }</pre>
 *
 * A resource in a directory of classes (the module's own target/test-classes, or another module's before it is
 * packaged) is returned as it is; one inside a jar (a packaged test-jar, as in {@code mvn verify}) is copied once per
 * JVM into a temporary directory under the same relative name, so that its file name stays the same, and deleted on
 * exit.
 */
public final class Fixtures {

    private static final Map<String, Path> COPIES = new HashMap<>();
    private static Path copies;

    private Fixtures() {
    }

    /**
     * Returns a file holding a class-path resource.
     *
     * @param name the resource's name, relative to the root of the class path, e.g. {@code quality/planted.csv}
     * @return the resource itself, or a copy of it when it is inside a jar
     * @throws IllegalArgumentException if there is no such resource
     */
    public static synchronized Path path(String name) {
        URL url = Fixtures.class.getClassLoader().getResource(name);
        if (url == null) {
            throw new IllegalArgumentException("no resource " + name + " on the class path (is the test-jar of "
                    + "sipas-core or sipas-scoring a test dependency?)");
        }
        try {
            if ("file".equals(url.getProtocol())) {
                return Path.of(url.toURI());
            }
            Path copy = COPIES.get(name);
            if (copy == null) {
                if (copies == null) {
                    copies = Files.createTempDirectory("sipas-fixtures-");
                    copies.toFile().deleteOnExit();
                }
                // deleteOnExit deletes in the reverse order of the calls: each file before its directories
                Path dir = copies;
                Path parent = Path.of(name).getParent();
                for (Path part : parent == null ? Path.of("") : parent) {
                    dir = dir.resolve(part.toString());
                    if (!Files.isDirectory(dir)) {
                        Files.createDirectory(dir);
                        dir.toFile().deleteOnExit();
                    }
                }
                copy = dir.resolve(Path.of(name).getFileName().toString());
                try (InputStream in = url.openStream()) {
                    Files.copy(in, copy);
                }
                copy.toFile().deleteOnExit();
                COPIES.put(name, copy);
            }
            return copy;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot copy the resource " + name + " out of " + url, e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(url.toString(), e);
        }
    }
}
