package io.github.sipas.examples;

import io.github.sipas.core.OutputFile;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import picocli.CommandLine;

/**
 * The command line's check of its output files against its inputs; the files themselves are written by
 * {@link OutputFile}.
 */
final class Outputs {

    private Outputs() {
    }

    /**
     * Refuses, before anything is read, an output that is the same file as one of the inputs (or lies in an input
     * directory, a journal's): writing it would destroy the input.
     *
     * @param option the output's option, e.g. {@code --out}
     * @param output the output, or null when the command writes to standard output
     * @param inputs the inputs by option
     * @throws CommandLine.ParameterException naming both paths
     */
    static void refuseInputs(CommandLine cl, String option, Path output, Map<String, Path> inputs) {
        if (output == null) {
            return;
        }
        for (Map.Entry<String, Path> in : inputs.entrySet()) {
            Optional<Path> same = OutputFile.sameFile(output, java.util.List.of(in.getValue()));
            if (same.isPresent()) {
                boolean inside = Files.isDirectory(in.getValue()) && !Files.isDirectory(output);
                throw new CommandLine.ParameterException(cl, option + " " + output + (inside ? " is inside "
                        : " is the same file as ") + in.getKey() + " " + in.getValue() + ": writing it would destroy "
                        + "the input; choose another file");
            }
        }
    }

    /** The inputs, by option, of the given options; ids of bundled data (not files) are passed over. */
    static Map<String, Path> inputs(InputOptions input, ScoringOptions scoring) {
        Map<String, Path> all = new LinkedHashMap<>();
        if (!input.sample) {
            put(all, "--responses", input.responses);
            Path parent = input.responses.toAbsolutePath().getParent();
            if (parent != null && Files.isRegularFile(input.responses)
                    && io.github.sipas.scoring.ResponseSource.isJournal(input.responses)) {
                put(all, "--responses (its journal)", parent); // its other files, its lock, its next file
            }
        }
        putIfFile(all, "--survey", input.survey);
        putIfFile(all, "--units", input.units);
        put(all, "--map", input.map);
        put(all, "--values", input.values);
        put(all, "--xlsform", input.xlsform);
        if (scoring != null) {
            put(all, "--previous", scoring.previous());
        }
        return all;
    }

    private static void put(Map<String, Path> all, String option, Path p) {
        if (p != null) {
            all.put(option, p);
        }
    }

    private static void putIfFile(Map<String, Path> all, String option, String idOrFile) {
        if (idOrFile == null) {
            return;
        }
        try {
            Path p = Path.of(idOrFile);
            if (Files.exists(p)) {
                all.put(option, p);
            }
        } catch (InvalidPathException e) {
            // not a path: a bundled id
        }
    }
}
