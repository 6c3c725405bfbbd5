package io.github.sipas.core;

import java.util.List;
import java.util.Objects;

/**
 * The accepted responses of a file read whole, with the report of the read. For large files, stream the responses
 * instead with {@link io.github.sipas.core.csv.CsvResponseReader#read(java.nio.file.Path,
 * java.util.function.Consumer)}.
 *
 * @param responses the accepted responses, in file order
 * @param report what the read found
 * @since 0.1
 */
public record ReadResult(List<Response> responses, ReadReport report) {

    /**
     * Copies the list.
     *
     * @param responses the accepted responses, in file order
     * @param report what the read found
     * @throws NullPointerException if a field is null
     */
    public ReadResult {
        responses = List.copyOf(responses);
        Objects.requireNonNull(report, "report");
    }
}
