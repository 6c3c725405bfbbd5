/**
 * sipas-core: SIPAS survey definitions, responses and their rules, the bundled instruments and the instrument JSON,
 * the CSV reader, data-quality checks, and the collection of responses (collector, journal).
 *
 * <p>The packages follow the path of the data: {@code io.github.sipas.core} (the survey model, responses and the
 * rules a row must keep), {@code .instrument} (where instruments come from), {@code .csv} (reading exports),
 * {@code .quality} (checks that flag, never delete) and {@code .collect} (recording responses as they arrive).
 * {@code io.github.sipas.core.internal} holds helpers of these packages and is not exported.
 */
module io.github.sipas.core {
    requires com.fasterxml.jackson.core;
    requires com.fasterxml.jackson.databind;
    requires org.apache.commons.csv;
    requires org.apache.commons.io;
    requires java.xml;
    requires org.apache.poi.ooxml;

    exports io.github.sipas.core;
    exports io.github.sipas.core.instrument;
    exports io.github.sipas.core.csv;
    exports io.github.sipas.core.quality;
    exports io.github.sipas.core.collect;
    exports io.github.sipas.core.xlsx;
}
