package io.github.sipas.core.csv;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import io.github.sipas.core.internal.Texts;

/**
 * The form tools whose CSV exports {@link CsvResponseReader} knows: which column holds the response id, and which
 * columns are the tool's own metadata, kept as attributes without a warning. A reader finds the tool from the header
 * ({@link #detect}) unless one is {@link CsvResponseReader.Builder#preset given}.
 *
 * <table>
 * <caption>The presets</caption>
 * <tr><th>preset</th><th>id column, in order of preference</th><th>found from the header by</th></tr>
 * <tr><td>{@code kobo}</td><td>{@code _uuid}, {@code meta/instanceID}, {@code _id}</td><td>{@code _uuid},
 * {@code _submission_time} or {@code _index}</td></tr>
 * <tr><td>{@code surveycto}</td><td>{@code KEY}, {@code instanceID}</td><td>{@code formdef_version}</td></tr>
 * <tr><td>{@code odk}</td><td>{@code KEY}, {@code meta-instanceID}, {@code meta/instanceID}, {@code instanceID}</td>
 * <td>{@code KEY} with {@code SubmissionDate}, or {@code SubmitterID}</td></tr>
 * <tr><td>{@code limesurvey}</td><td>{@code id}, {@code Response ID}</td><td>{@code submitdate}, {@code lastpage},
 * {@code startlanguage}, {@code Date submitted} or {@code Last page}</td></tr>
 * <tr><td>{@code google-forms}</td><td>none: each row is numbered by its line, {@code row-N}</td><td>a first column
 * {@code Timestamp} or {@code Dấu thời gian}, and no id column</td></tr>
 * </table>
 *
 * <p>Sources: the column lists of KoboToolbox's "Export data" (XML values and headers, labels), ODK Central's CSV
 * export, SurveyCTO's wide CSV, LimeSurvey's "Export results" (question code or full headings) and Google Forms'
 * "Download responses (.csv)".
 *
 * @since 0.2
 */
public enum ExportPreset {

    /** KoboToolbox, which writes {@code _uuid}, {@code _id}, {@code _submission_time}, {@code _index}… */
    KOBO("kobo", List.of("_uuid", "meta/instanceID", "_id"), List.of("start", "end", "today", "deviceid",
            "username", "phonenumber", "simserial", "subscriberid", "audit", "_id", "_uuid", "_submission_time",
            "_index", "_validation_status", "_status", "_submitted_by", "__version__", "_version_", "_notes",
            "_tags", "_parent_index", "_parent_table_name", "meta/instanceID", "meta/rootUuid", "meta/deprecatedID",
            "formhub/uuid", "_xform_id_string", "_attachments", "_geolocation")),
    /** SurveyCTO, whose exports carry {@code KEY} and {@code formdef_version}. */
    SURVEYCTO("surveycto", List.of("KEY", "instanceID"), List.of("SubmissionDate", "starttime", "endtime",
            "deviceid", "subscriberid", "simid", "devicephonenum", "username", "duration", "caseid", "instanceID",
            "instanceName", "formdef_version", "KEY", "review_status", "review_comments", "review_corrections",
            "review_quality", "text_audit")),
    /** ODK Central (and ODK Aggregate/Briefcase), with {@code KEY}, {@code SubmissionDate} and group paths joined by {@code -}. */
    ODK("odk", List.of("KEY", "meta-instanceID", "meta/instanceID", "instanceID"), List.of("SubmissionDate",
            "start", "end", "today", "deviceid", "meta-instanceID", "meta/instanceID", "instanceID", "KEY",
            "SubmitterID", "SubmitterName", "AttachmentsPresent", "AttachmentsExpected", "Status", "ReviewState",
            "DeviceID", "Edits", "FormVersion", "meta-instanceName")),
    /** LimeSurvey, whose exports start {@code id}, {@code submitdate}, {@code lastpage}, {@code startlanguage}. */
    LIMESURVEY("limesurvey", List.of("id", "Response ID"), List.of("id", "Response ID", "submitdate",
            "Date submitted", "lastpage", "Last page", "startlanguage", "Start language", "seed", "Seed",
            "startdate", "Date started", "datestamp", "Date last action", "ipaddr", "IP address", "refurl",
            "Referrer URL", "token", "Access code", "interviewtime", "Total time")),
    /** Google Forms, whose export has no id: a first column {@code Timestamp} (in Vietnamese {@code Dấu thời gian}). */
    GOOGLE_FORMS("google-forms", List.of(), List.of("Timestamp", "Dấu thời gian", "Email Address", "Email",
            "Địa chỉ email", "Score", "Điểm", "Tổng điểm"));

    private final String cliName;
    private final List<String> idColumns;
    private final List<String> metadataColumns;

    ExportPreset(String cliName, List<String> idColumns, List<String> metadataColumns) {
        this.cliName = cliName;
        this.idColumns = idColumns;
        this.metadataColumns = metadataColumns;
    }

    /**
     * Returns the name the command line gives the preset ({@code --preset kobo}).
     *
     * @return {@code kobo}, {@code surveycto}, {@code odk}, {@code limesurvey} or {@code google-forms}
     */
    public String cliName() {
        return cliName;
    }

    /**
     * Returns the columns that hold the response id, in order of preference; empty for Google Forms, whose rows are
     * numbered by their line.
     *
     * @return the names, as the tool writes them (matched ignoring case)
     */
    public List<String> idColumns() {
        return idColumns;
    }

    /**
     * Returns the tool's metadata columns, kept as attributes without a warning.
     *
     * @return the names, as the tool writes them (matched folded)
     */
    public List<String> metadataColumns() {
        return metadataColumns;
    }

    /**
     * Whether the tool's export has no id column, so that each row is numbered by its line.
     *
     * @return true for {@link #GOOGLE_FORMS}
     */
    public boolean numbersRows() {
        return idColumns.isEmpty();
    }

    /**
     * Returns the preset of a name, as the command line writes it ({@code kobo}, {@code google-forms}) or as the
     * constant's name ({@code GOOGLE_FORMS}), ignoring case.
     *
     * @param name the name
     * @return the preset
     * @throws IllegalArgumentException if no preset has that name; the message lists the names
     */
    public static ExportPreset parse(String name) {
        String n = name.strip().toLowerCase(Locale.ROOT).replace('_', '-');
        for (ExportPreset p : values()) {
            if (p.cliName.equals(n)) {
                return p;
            }
        }
        throw new IllegalArgumentException("preset must be one of " + Arrays.stream(values())
                .map(ExportPreset::cliName).collect(Collectors.joining(", ")) + ", not '" + name + "'");
    }

    /**
     * Finds the tool that wrote a header, by the columns in the table of the class documentation; checked in the
     * table's order, so a header with both {@code _uuid} and {@code KEY} is Kobo's.
     *
     * @param header the header's names
     * @return the tool, or empty when the header has none of its marks
     */
    public static Optional<ExportPreset> detect(List<String> header) {
        Set<String> names = header.stream().map(h -> h.strip().toLowerCase(Locale.ROOT))
                .collect(Collectors.toSet());
        if (names.contains("_uuid") || names.contains("_submission_time") || names.contains("_index")) {
            return Optional.of(KOBO);
        }
        if (names.contains("formdef_version")) {
            return Optional.of(SURVEYCTO);
        }
        if (names.contains("key") && names.contains("submissiondate") || names.contains("submitterid")) {
            return Optional.of(ODK);
        }
        if (names.contains("submitdate") || names.contains("lastpage") || names.contains("startlanguage")
                || names.contains("date submitted") || names.contains("last page")) {
            return Optional.of(LIMESURVEY);
        }
        if (!header.isEmpty()) {
            String first = Texts.fold(header.get(0));
            if (first.equals("timestamp") || first.equals("dau thoi gian")) {
                return Optional.of(GOOGLE_FORMS);
            }
        }
        return Optional.empty();
    }
}
