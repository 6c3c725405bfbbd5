package io.github.sipas.core.csv;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/**
 * Tests of {@link CsvRead}'s own logic; what a read does as a whole is tested through the public reader in
 * {@link CsvResponseReaderTest}.
 */
class CsvReadTest {

    @Test
    void detectsTheMostFrequentDelimiterOutsideQuotes() {
        assertAll(
                () -> assertEquals(',', CsvRead.detectDelimiter("a,b,c")),
                () -> assertEquals(';', CsvRead.detectDelimiter("a;b;c,d")),
                () -> assertEquals('\t', CsvRead.detectDelimiter("a\tb\tc")),
                () -> assertEquals(';', CsvRead.detectDelimiter("\"a,b,c,d\";e;f")),
                () -> assertEquals(',', CsvRead.detectDelimiter("single")));
    }
}
