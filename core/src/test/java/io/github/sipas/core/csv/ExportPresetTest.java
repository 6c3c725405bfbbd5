package io.github.sipas.core.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Tests of {@link ExportPreset}: its names and how a header shows the tool that wrote it. */
class ExportPresetTest {

    @Test
    void parsesTheCommandLineNamesAndTheConstantNames() {
        assertEquals(ExportPreset.GOOGLE_FORMS, ExportPreset.parse("google-forms"));
        assertEquals(ExportPreset.GOOGLE_FORMS, ExportPreset.parse("GOOGLE_FORMS"));
        assertEquals(ExportPreset.KOBO, ExportPreset.parse(" Kobo "));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ExportPreset.parse("x"));
        assertTrue(e.getMessage().contains("kobo, surveycto, odk, limesurvey, google-forms"), e.getMessage());
    }

    @Test
    void detectsEachToolByItsColumns() {
        assertEquals(Optional.of(ExportPreset.KOBO), ExportPreset.detect(List.of("start", "A1", "_uuid", "KEY")));
        assertEquals(Optional.of(ExportPreset.SURVEYCTO), ExportPreset.detect(List.of("KEY", "formdef_version")));
        assertEquals(Optional.of(ExportPreset.ODK), ExportPreset.detect(List.of("SubmissionDate", "A1", "KEY")));
        assertEquals(Optional.of(ExportPreset.LIMESURVEY), ExportPreset.detect(List.of("id", "submitdate")));
        assertEquals(Optional.of(ExportPreset.GOOGLE_FORMS), ExportPreset.detect(List.of("Dấu thời gian", "A1")));
        assertEquals(Optional.of(ExportPreset.GOOGLE_FORMS), ExportPreset.detect(List.of("Timestamp", "A1")));
        assertEquals(Optional.empty(), ExportPreset.detect(List.of("response_id", "unit", "A1", "Timestamp")));
    }

    @Test
    void onlyGoogleFormsNumbersItsRows() {
        for (ExportPreset p : ExportPreset.values()) {
            assertEquals(p == ExportPreset.GOOGLE_FORMS, p.numbersRows(), p.cliName());
        }
    }
}
