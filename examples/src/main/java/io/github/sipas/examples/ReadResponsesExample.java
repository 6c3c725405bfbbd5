package io.github.sipas.examples;

import io.github.sipas.core.csv.CsvResponseReader;
import io.github.sipas.core.ReadReport;
import io.github.sipas.core.Response;
import io.github.sipas.core.Survey;
import io.github.sipas.core.instrument.Surveys;
import io.github.sipas.core.UnitList;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The docs' reading example (docs/README.md): reads a SIPAS 2017 export, matching units against Lào Cai's unit list, and prints the counts
 * and every problem. Run it with the path of a CSV file.
 *
 * @since 0.1
 */
public final class ReadResponsesExample {

    private ReadResponsesExample() {
    }

    /**
     * Reads the file named by the first argument.
     *
     * @param args the path of a wide-format CSV export of SIPAS 2017 responses
     */
    public static void main(String[] args) {
        // README: begin
        Survey survey = Surveys.bundled("sipas-2017");                  // 5 elements, 22 criteria A1..E4
        CsvResponseReader reader = CsvResponseReader.builder(survey)
                .units(UnitList.bundled("laocai-2023"))                 // "TX Sa Pa", "Thị xã Sa Pa", "Sa Pa": one unit
                .build();
        List<Response> accepted = new ArrayList<>();
        ReadReport report = reader.read(Path.of(args[0]), accepted::add);   // streams: rows are not held
        System.out.println(report.summary());      // responses.csv: 200 rows read, 188 accepted, 12 rejected
        report.problems().forEach(System.out::println);
        // README: end
        System.out.println(accepted.size() + " responses kept");
    }
}
