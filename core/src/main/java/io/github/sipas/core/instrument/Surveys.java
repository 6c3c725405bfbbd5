package io.github.sipas.core.instrument;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import io.github.sipas.core.InputException;
import io.github.sipas.core.Survey;

/**
 * The instruments bundled with the library, loaded by id from JSON resources:
 * <ul>
 *   <li>{@code sipas-2017}: SIPAS 2017–2020 (Quyết định 2640/QĐ-BNV), 5 elements, 22 criteria A1…E4;</li>
 *   <li>{@code sipas-2023}: SIPAS 2023–2026 (Quyết định 1001/QĐ-BNV), 9 elements in the policy and service domains,
 *       39 satisfaction items, and the perception and expectation blocks;</li>
 *   <li>{@code laocai-2023}: elements A–D of {@code sipas-2017}, as Lào Cai used them in 2023.</li>
 * </ul>
 *
 * @since 0.1
 */
public final class Surveys {

    /** The ids of the bundled instruments, in the order {@link #bundled()} lists them. */
    public static final List<String> BUNDLED_IDS = List.of("sipas-2017", "sipas-2023", "laocai-2023");

    private static final ConcurrentHashMap<String, Survey> CACHE = new ConcurrentHashMap<>();

    private Surveys() {
    }

    /**
     * Returns a bundled instrument.
     *
     * @param id one of {@link #BUNDLED_IDS}
     * @return the survey
     * @throws IllegalArgumentException if no instrument has that id
     */
    public static Survey bundled(String id) {
        Objects.requireNonNull(id, "id");
        if (!BUNDLED_IDS.contains(id)) {
            throw new IllegalArgumentException("no bundled survey '" + id + "'; bundled: "
                    + String.join(", ", BUNDLED_IDS));
        }
        return CACHE.computeIfAbsent(id, Surveys::loadResource);
    }

    /**
     * Returns every bundled instrument.
     *
     * @return the surveys, in the order of {@link #BUNDLED_IDS}
     */
    public static List<Survey> bundled() {
        List<Survey> out = new ArrayList<>();
        for (String id : BUNDLED_IDS) {
            out.add(bundled(id));
        }
        return List.copyOf(out);
    }

    /**
     * Returns a bundled instrument when the argument is one of {@link #BUNDLED_IDS}, else reads the JSON file it names;
     * this is what the command line's {@code --survey ID|FILE} does.
     *
     * @param idOrFile a bundled id, or the path of a JSON instrument
     * @return the survey
     * @throws IllegalArgumentException if it is neither a bundled id nor an existing file
     * @throws InputException if the file is not a valid instrument
     */
    public static Survey load(String idOrFile) {
        Objects.requireNonNull(idOrFile, "idOrFile");
        if (BUNDLED_IDS.contains(idOrFile)) {
            return bundled(idOrFile);
        }
        Path file = Path.of(idOrFile);
        if (!Files.isRegularFile(file)) {
            throw new IllegalArgumentException("'" + idOrFile + "' is neither a bundled survey ("
                    + String.join(", ", BUNDLED_IDS) + ") nor a readable file");
        }
        return SurveyJson.read(file);
    }

    private static Survey loadResource(String id) {
        String name = "/io/github/sipas/core/surveys/" + id + ".json";
        try (InputStream in = Surveys.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("bundled survey resource " + name + " is missing from the jar");
            }
            return SurveyJson.read(in, "bundled:" + id);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
