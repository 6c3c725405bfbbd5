package io.github.sipas.core;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.apache.commons.io.input.BOMInputStream;
import io.github.sipas.core.internal.Texts;

/**
 * The units of a survey round, with the names under which they may appear in data files.
 *
 * <p>Names are matched on their words {@link Texts#fold folded} (case and diacritics ignored, NFC and NFD alike) and
 * joined without spaces, so spaces, dots and hyphens between words do not count ({@code SaPa} = {@code Sa Pa} =
 * {@code sa-pa}), in this order:
 * <ol>
 * <li><b>Id</b>, as written or in another case (not by its words: the id {@code laocai} is not {@code "Lào Cai"}).</li>
 * <li><b>Whole name</b>: the name or an alias, with the abbreviations of administrative prefixes at its start
 *     written out ({@code TP} → thành phố, {@code TX} → thị xã, {@code TT} → thị trấn, {@code H} → huyện, {@code Q} →
 *     quận, {@code P} → phường, {@code X} → xã). So {@code "TX. Sa Pa"} and {@code "thi xa sa pa"} are the unit named
 *     {@code Thị xã Sa Pa}, and {@code "Thành phố Lào Cai"} is the city even when {@code Tỉnh Lào Cai} is listed.</li>
 * <li><b>Without prefixes</b>: else the name and the units' names and aliases with their leading administrative
 *     prefixes ({@code Tỉnh}, {@code Thành phố}, {@code Thị xã}, {@code Thị trấn}, {@code Huyện}, {@code Quận},
 *     {@code Xã}, {@code Phường} and the abbreviations above) taken off one after another, the fewest taken off from
 *     the name first. So {@code "Kim Tân"} finds {@code Phường Kim Tân} and {@code "H. Bát Xát"} finds {@code Bát Xát}.
 *     A name that fits two units this way is refused, and {@link #candidates(String)} names them ({@code "Lào Cai"}
 *     when both {@code Tỉnh Lào Cai} and {@code Thành phố Lào Cai} are listed).</li>
 * </ol>
 * A prefix is a whole word followed by a space or a dot ({@code "TT-Huế"} and {@code "Pa Cheo"} have none), and the
 * last word is never one ({@code "Quận 1"} without its prefix is {@code "1"}; {@code "Xã"} alone stays
 * {@code "xa"}).
 *
 * <p>Validated when built: unique ids, a parent that is in the list, no unit its own ancestor (checked in time linear in
 * the number of units, however long the chains of parents), and no key claimed by two units (the message names the
 * name and both units).
 *
 * @since 0.1
 */
public final class UnitList {

    /** Abbreviations of administrative prefixes, folded, with the words they stand for. */
    private static final Map<String, List<String>> ABBREVIATIONS = Map.of("tp", List.of("thanh", "pho"),
            "tx", List.of("thi", "xa"), "tt", List.of("thi", "tran"), "h", List.of("huyen"), "q", List.of("quan"),
            "p", List.of("phuong"), "x", List.of("xa"));
    /** Administrative prefixes written out, folded: one or two words. */
    private static final List<List<String>> PREFIXES = List.of(List.of("thanh", "pho"), List.of("thi", "xa"),
            List.of("thi", "tran"), List.of("tinh"), List.of("huyen"), List.of("quan"), List.of("phuong"),
            List.of("xa"));

    /** The ids of the bundled unit lists. */
    public static final List<String> BUNDLED_IDS = List.of("laocai-2023");

    private final List<Unit> units;
    private final Map<String, Unit> byId;
    private final Map<String, Unit> byKey;
    private final Map<String, List<Unit>> byCore;
    private final Map<String, Unit> byIdAnyCase;

    private UnitList(List<Unit> units) {
        this.units = List.copyOf(units);
        Map<String, Unit> ids = new LinkedHashMap<>();
        Map<String, Unit> keys = new HashMap<>();
        Map<String, List<Unit>> cores = new HashMap<>();
        Map<String, Unit> byName = new HashMap<>();
        Map<String, Unit> idsAnyCase = new HashMap<>();
        for (int i = 0; i < this.units.size(); i++) {
            Unit u = this.units.get(i);
            if (ids.putIfAbsent(u.id(), u) != null) {
                throw new DefinitionException("units[" + i + "].id", "duplicate unit id '" + u.id() + "'");
            }
            List<String> names = new ArrayList<>();
            names.add(u.id());
            names.add(u.name());
            names.addAll(u.aliases());
            idsAnyCase.putIfAbsent(u.id().toLowerCase(Locale.ROOT), u);
            for (int j = 0; j < names.size(); j++) {
                String name = names.get(j);
                Words words = Words.of(name);
                String key = words.key();
                if (key.isEmpty()) {
                    throw new DefinitionException("units[" + i + "]", "unit '" + u.id() + "' has the name '" + name
                            + "', which holds no letter or digit");
                }
                Unit before = keys.putIfAbsent(key, u);
                if (before != null && before != u) {
                    throw new DefinitionException("units[" + i + "]", "the name '" + name + "' would match both unit '"
                            + before.id() + "' and unit '" + u.id() + "'");
                }
                if (j == 0) {
                    continue; // an id is matched as written or in another case, not by its words
                }
                byName.put(key, u);
                for (String core : words.cores()) {
                    List<Unit> fit = cores.computeIfAbsent(core, k -> new ArrayList<>(1));
                    if (!fit.contains(u)) {
                        fit.add(u);
                    }
                }
            }
        }
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < this.units.size(); i++) {
            index.put(this.units.get(i).id(), i);
        }
        int[] parents = new int[this.units.size()];
        for (int i = 0; i < this.units.size(); i++) {
            Unit u = this.units.get(i);
            if (u.parent() == null) {
                parents[i] = -1;
            } else {
                Integer p = index.get(u.parent());
                if (p == null) {
                    throw new DefinitionException("units[" + i + "].parent", "unit '" + u.id() + "' names parent '"
                            + u.parent() + "', which is not in the list");
                }
                parents[i] = p;
            }
        }
        int cycle = cycleMember(parents);
        if (cycle >= 0) {
            throw new DefinitionException("units[" + cycle + "].parent", "unit '" + this.units.get(cycle).id()
                    + "' is its own ancestor (its parents lead back to it)");
        }
        this.byId = Collections.unmodifiableMap(ids);
        this.byKey = byName;
        this.byIdAnyCase = idsAnyCase;
        this.byCore = cores;
    }

    /**
     * Finds a unit on a cycle of parents, in time linear in the number of units: each unit is walked up from at most
     * once, as each walk stops at the first unit already walked (on this walk: a cycle; on an earlier one: done). The
     * walk it replaces started afresh from every unit, which took time quadratic in the length of a chain (a list of
     * 40,000 units in one chain took a minute).
     *
     * @param parents the index of each unit's parent, or -1
     * @return the index of a unit on a cycle (the first one the walks come back to), or -1 when there is none
     */
    static int cycleMember(int[] parents) {
        // 0: not walked yet; 1: on the current walk; 2: walked, leads to a root
        byte[] state = new byte[parents.length];
        for (int start = 0; start < parents.length; start++) {
            int u = start;
            while (u >= 0 && state[u] == 0) {
                state[u] = 1;
                u = parents[u];
            }
            if (u >= 0 && state[u] == 1) {
                return u;
            }
            for (int v = start; v >= 0 && state[v] == 1; v = parents[v]) {
                state[v] = 2;
            }
        }
        return -1;
    }

    /**
     * Returns a validated list of units.
     *
     * @param units the units
     * @return the list
     * @throws DefinitionException if ids repeat, a parent is missing, or a name would match two units
     */
    public static UnitList of(List<Unit> units) {
        return new UnitList(units);
    }

    /**
     * Returns the whole-name key of a unit name (step 2 of the class documentation): its words folded, the
     * abbreviations of leading prefixes written out, joined without spaces.
     *
     * @param name a name as written
     * @return its key; empty when the name holds no letter or digit
     */
    public static String key(String name) {
        return Words.of(name).key();
    }

    /**
     * Returns the key of a name with all its leading administrative prefixes taken off (step 3 of the class
     * documentation): names that differ only in spelling and prefixes have the same one ({@code "TX. Sa Pa"},
     * {@code "SaPa"} → {@code "sapa"}).
     *
     * @param name a name as written
     * @return its key; empty when the name holds no letter or digit
     */
    public static String coreKey(String name) {
        List<String> cores = Words.of(name).cores();
        return cores.get(cores.size() - 1);
    }

    /**
     * Finds the unit a name refers to, as the class documentation describes.
     *
     * @param name an id, name or alias as written in a data file
     * @return the unit, or empty if none matches or the name fits two units or more (see {@link #candidates})
     */
    public Optional<Unit> find(String name) {
        List<Unit> fit = candidates(name);
        return fit.size() == 1 ? Optional.of(fit.get(0)) : Optional.empty();
    }

    /**
     * Returns the units a name fits, by the first step of the class documentation that finds any.
     *
     * @param name an id, name or alias as written in a data file
     * @return no unit, the unit, or the units it fits equally well (in the order of the list) when it is ambiguous
     */
    public List<Unit> candidates(String name) {
        Objects.requireNonNull(name, "name");
        Unit u = byId.get(name);
        if (u == null) {
            u = byIdAnyCase.get(name.strip().toLowerCase(Locale.ROOT));
        }
        if (u != null) {
            return List.of(u);
        }
        Words words = Words.of(name);
        u = byKey.get(words.key());
        if (u != null) {
            return List.of(u);
        }
        for (String core : words.cores()) {
            List<Unit> fit = byCore.get(core);
            if (fit != null) {
                return List.copyOf(fit);
            }
        }
        return List.of();
    }

    /** A name's folded words, leading abbreviations written out, and whether each is followed by a space or a dot. */
    private record Words(List<String> words, boolean[] spaced) {

        static Words of(String name) {
            Objects.requireNonNull(name, "name");
            List<String> words = new ArrayList<>();
            List<Boolean> spaced = new ArrayList<>();
            int n = name.length();
            int i = 0;
            while (i < n) {
                int cp = name.codePointAt(i);
                if (!Character.isLetterOrDigit(cp)) {
                    i += Character.charCount(cp);
                    continue;
                }
                int start = i;
                while (i < n && (Character.isLetterOrDigit(cp = name.codePointAt(i)) || isMark(cp))) {
                    i += Character.charCount(cp);
                }
                boolean space = false;
                while (i < n && !Character.isLetterOrDigit(cp = name.codePointAt(i))) {
                    space |= cp == '.' || Character.isWhitespace(cp) || Character.isSpaceChar(cp);
                    i += Character.charCount(cp);
                }
                String word = Texts.fold(name.substring(start, i));
                if (!word.isEmpty()) {
                    words.add(word.replace(" ", ""));
                    spaced.add(space);
                }
            }
            List<String> out = new ArrayList<>(words.size() + 2);
            List<Boolean> outSpaced = new ArrayList<>(words.size() + 2);
            int w = 0;
            while (w < words.size() - 1 && spaced.get(w) && ABBREVIATIONS.containsKey(words.get(w))) {
                for (String x : ABBREVIATIONS.get(words.get(w))) {
                    out.add(x);
                    outSpaced.add(true);
                }
                w++;
            }
            out.addAll(words.subList(w, words.size()));
            outSpaced.addAll(spaced.subList(w, spaced.size()));
            boolean[] flags = new boolean[out.size()];
            for (int k = 0; k < flags.length; k++) {
                flags[k] = outSpaced.get(k);
            }
            return new Words(List.copyOf(out), flags);
        }

        private static boolean isMark(int cp) {
            int type = Character.getType(cp);
            return type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK
                    || type == Character.ENCLOSING_MARK;
        }

        String key() {
            return String.join("", words);
        }

        /** The keys with no prefix taken off, then one, two…; never the last word. */
        List<String> cores() {
            List<String> out = new ArrayList<>(2);
            out.add(key());
            int w = 0;
            boolean taken = true;
            while (taken) {
                taken = false;
                for (List<String> prefix : PREFIXES) {
                    int len = prefix.size();
                    if (w + len < words.size() && words.subList(w, w + len).equals(prefix) && spaced(w, len)) {
                        w += len;
                        out.add(String.join("", words.subList(w, words.size())));
                        taken = true;
                        break;
                    }
                }
            }
            return out;
        }

        private boolean spaced(int from, int len) {
            for (int k = from; k < from + len; k++) {
                if (!spaced[k]) {
                    return false;
                }
            }
            return true;
        }
    }

    /**
     * Returns a unit by id.
     *
     * @param id the id
     * @return the unit
     * @throws IllegalArgumentException if there is no such unit
     */
    public Unit unit(String id) {
        Unit u = byId.get(id);
        if (u == null) {
            throw new IllegalArgumentException("no unit with id '" + id + "'");
        }
        return u;
    }

    /**
     * Returns the units in the order given.
     *
     * @return the units
     */
    public List<Unit> units() {
        return units;
    }

    /**
     * Returns a bundled unit list: {@code laocai-2023}, the nine district-level units of Lào Cai province in 2023.
     *
     * @param id one of {@link #BUNDLED_IDS}
     * @return the list
     * @throws IllegalArgumentException if there is no such list
     */
    public static UnitList bundled(String id) {
        if (!BUNDLED_IDS.contains(id)) {
            throw new IllegalArgumentException("no bundled unit list '" + id + "'; bundled: "
                    + String.join(", ", BUNDLED_IDS));
        }
        String name = "units/" + id + ".csv";
        try (InputStream in = UnitList.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("bundled unit list " + name + " is missing from the jar");
            }
            return read(new java.io.InputStreamReader(in, StandardCharsets.UTF_8), "bundled:" + id, new long[1]);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Describes a bundled unit list in a few words, for a listing.
     *
     * @param id one of {@link #BUNDLED_IDS}
     * @return its description, e.g. {@code "Lào Cai province and its nine district-level units, 2023"}
     * @throws IllegalArgumentException if there is no such list
     */
    public static String bundledDescription(String id) {
        return switch (id) {
            case "laocai-2023" -> "Lào Cai province and its nine district-level units, 2023";
            default -> throw new IllegalArgumentException("no bundled unit list '" + id + "'; bundled: "
                    + String.join(", ", BUNDLED_IDS));
        };
    }

    /**
     * Writes the list as the CSV file {@link #read(Path)} reads: the header {@code id,name,aliases,level,parent}, one
     * row per unit in order, aliases joined by {@code |}, levels in lower case, lines ended by {@code \n}. Reading
     * what it writes gives the same list.
     *
     * @param out where to write
     * @throws IOException if writing fails
     * @throws IllegalArgumentException if an alias holds {@code |}, which the file uses between aliases (a list made
     *     with {@link #of} may hold one)
     */
    public void writeCsv(Appendable out) throws IOException {
        CSVFormat format = CSVFormat.DEFAULT.builder().setRecordSeparator("\n").get();
        CSVPrinter printer = new CSVPrinter(out, format);
        printer.printRecord("id", "name", "aliases", "level", "parent");
        for (Unit u : units) {
            for (String alias : u.aliases()) {
                if (alias.indexOf('|') >= 0) {
                    throw new IllegalArgumentException("alias '" + alias + "' of unit '" + u.id()
                            + "' holds '|', which a unit list file puts between aliases");
                }
            }
            printer.printRecord(u.id(), u.name(), String.join("|", u.aliases()),
                    u.level().name().toLowerCase(Locale.ROOT), u.parent() == null ? "" : u.parent());
        }
        printer.flush();
    }

    /**
     * Returns a bundled list when the argument is one of {@link #BUNDLED_IDS}, else reads the CSV file it names.
     *
     * @param idOrFile a bundled id or a file path
     * @return the list
     * @throws IllegalArgumentException if it is neither a bundled id nor an existing file
     * @throws InputException if the file is not a valid unit list
     */
    public static UnitList load(String idOrFile) {
        if (BUNDLED_IDS.contains(idOrFile)) {
            return bundled(idOrFile);
        }
        Path file = Path.of(idOrFile);
        if (!Files.isRegularFile(file)) {
            throw new IllegalArgumentException("'" + idOrFile + "' is neither a bundled unit list ("
                    + String.join(", ", BUNDLED_IDS) + ") nor a readable file");
        }
        return read(file);
    }

    /**
     * Reads a unit list from a CSV file with the header {@code id,name,aliases,level,parent}: aliases separated by
     * {@code |}, level one of {@code province}, {@code district}, {@code commune}, {@code agency} (any case), parent
     * the id of another unit or blank. Only {@code id} and {@code name} are required columns; level defaults to
     * district. UTF-8, with or without a byte-order mark.
     *
     * @param file the file
     * @return the list
     * @throws InputException if a row is invalid; the message names the file, line and column
     * @throws UncheckedIOException if the file cannot be read
     */
    public static UnitList read(Path file) {
        long[] line = {1};
        try (Reader in = SmallCsvFile.open(file, "unit list")) {
            return read(in, file.toString(), line);
        } catch (IOException | UncheckedIOException e) {
            InputException notUtf8 = SmallCsvFile.notUtf8(e, file.toString(), line[0]);
            if (notUtf8 != null) {
                throw notUtf8;
            }
            throw new UncheckedIOException("cannot read unit list " + file + ": " + e.getMessage(),
                    e instanceof IOException io ? io : ((UncheckedIOException) e).getCause());
        }
    }

    private static UnitList read(Reader reader, String source, long[] at) throws IOException {
        CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).setTrim(true)
                .setIgnoreEmptyLines(false).get();
        List<Unit> units = new ArrayList<>();
        List<Long> lines = new ArrayList<>();
        try (CSVParser parser = CSVParser.builder().setReader(reader).setFormat(format).get()) {
            for (String required : List.of("id", "name")) {
                if (!parser.getHeaderMap().containsKey(required)) {
                    throw InputException.atLine(source, 1, required, null, "missing required column '" + required
                            + "'; the header must be id,name[,aliases,level,parent]");
                }
            }
            long next = parser.getCurrentLineNumber() + 1;
            at[0] = next;
            for (CSVRecord r : parser) {
                long line = next;
                next = parser.getCurrentLineNumber() + 1;
                at[0] = next;
                if (r.stream().allMatch(String::isBlank)) {
                    continue;
                }
                lines.add(line);
                String level = get(r, "level");
                UnitLevel lv;
                try {
                    lv = level.isEmpty() ? UnitLevel.DISTRICT : UnitLevel.valueOf(level.toUpperCase(Locale.ROOT));
                } catch (IllegalArgumentException e) {
                    throw InputException.atLine(source, line, "level", level,
                            "not a level; allowed: province, district, commune, agency");
                }
                String aliases = get(r, "aliases");
                String parent = get(r, "parent");
                try {
                    units.add(new Unit(get(r, "id"), get(r, "name"), aliases.isEmpty() ? List.of()
                            : Arrays.stream(aliases.split("\\|")).map(String::strip).filter(s -> !s.isEmpty()).toList(),
                            lv, parent.isEmpty() ? null : parent));
                } catch (IllegalArgumentException | NullPointerException e) {
                    throw InputException.atLine(source, line, null, null, e.getMessage());
                }
            }
        }
        try {
            return new UnitList(units);
        } catch (DefinitionException e) {
            java.util.regex.Matcher m = java.util.regex.Pattern.compile("^units\\[(\\d+)\\]").matcher(e.where());
            long line = m.find() ? lines.get(Integer.parseInt(m.group(1))) : 0;
            throw new InputException(source, line, null, null, null, e.getMessage(), e);
        }
    }

    private static String get(CSVRecord r, String column) {
        return r.isMapped(column) && r.isSet(column) ? r.get(column) : "";
    }
}
