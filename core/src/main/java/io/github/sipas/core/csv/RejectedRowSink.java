package io.github.sipas.core.csv;

import java.util.List;
import io.github.sipas.core.RejectedRow;

/**
 * Receives every rejected row of a read as the read finds it, in file order, on the reading thread; the
 * {@link io.github.sipas.core.ReadReport} of the read keeps only the first ones. Set with
 * {@link CsvResponseReader.Builder#rejects(RejectedRowSink)}; {@link RejectsCsv} writes them to a file.
 *
 * @since 0.1
 */
public interface RejectedRowSink {

    /**
     * Receives the header of a read, before its first rejected row; called once per read that gets past the header's
     * syntax (also when the header has an error and no row is read).
     *
     * @param source the source, usually a file name
     * @param header the header as read, cleaned
     */
    void header(String source, List<String> header);

    /**
     * Receives one rejected row.
     *
     * @param row the row, with its fields as read and every problem found in it
     */
    void accept(RejectedRow row);
}
