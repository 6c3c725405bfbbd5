package io.github.sipas.core;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import io.github.sipas.core.internal.Texts;

/**
 * A survey instrument: its identity and source, the scales it uses, its elements (optionally grouped in domains), its
 * items, and the rule that makes the overall index.
 *
 * <p>Immutable and validated when built. Refused, with a {@link DefinitionException} whose message names the offending
 * id and whose {@link DefinitionException#where() where} points at it: malformed ids; duplicate ids of domains,
 * elements, scales or items (item ids are also compared ignoring case, since they are matched to CSV headers that
 * way); an item id that is one of the reserved column names {@code response_id}, {@code unit}, {@code period}, {@code
 * weight}; an element naming a missing domain; an item naming a missing element or scale; a criterion whose scale has
 * no satisfied codes; a reverse-keyed criterion whose scale does not mirror onto itself (some point's mirror, lowest +
 * highest − code, is not a point); an element without criteria; a survey without criteria; weights for elements that
 * do not exist, or missing for some; {@link AggregationMethod#MEAN_OF_DOMAINS} when an element has no domain or a
 * domain no element; an id of the overall index ({@link #indexId()}) that is also an element's or a criterion's.
 *
 * <p>Bundled instruments are loaded with {@link io.github.sipas.core.instrument.Surveys#bundled(String)}; a province's
 * own is read from JSON with {@link io.github.sipas.core.instrument.SurveyJson#read(java.nio.file.Path)} or built in
 * code with {@link #builder(String)}.
 *
 * @since 0.1
 */
public final class Survey {

    /** Column names of the wide CSV format that no item may take. */
    public static final Set<String> RESERVED_COLUMNS = Set.of("response_id", "unit", "period", "weight");

    /** The id of the overall index of an instrument that gives it none ({@link Builder#indexId(String)}). */
    public static final String DEFAULT_INDEX_ID = "index";

    private final String id;
    private final String version;
    private final LocalizedText title;
    private final SourceDocument source;
    private final List<Domain> domains;
    private final List<Element> elements;
    private final List<Scale> scales;
    private final List<Item> items;
    private final Aggregation aggregation;
    private final String indexId;

    private final Map<String, Element> elementsById;
    private final Map<String, Scale> scalesById;
    private final Map<String, Item> itemsById;
    private final Map<String, Integer> itemIndex;
    private final List<Item> criteria;

    private Survey(Builder b) {
        id = Require.requireId(b.id, "survey id", "id");
        if (b.version != null && Texts.clean(b.version).isEmpty()) {
            throw new DefinitionException("version", "survey '" + id + "': version must not be blank");
        }
        version = Require.requireText(Objects.requireNonNull(b.version, "version (not set)"), "version");
        title = Objects.requireNonNull(b.title, "title (not set)");
        source = b.source;
        domains = List.copyOf(b.domains);
        elements = List.copyOf(b.elements);
        scales = List.copyOf(b.scales);
        items = List.copyOf(b.items);
        aggregation = Objects.requireNonNull(b.aggregation, "aggregation");
        indexId = b.indexId == null ? DEFAULT_INDEX_ID : Require.requireId(b.indexId, "index id", "indexId");

        Map<String, Domain> domainsById = unique(domains, Domain::id, "domains", "domain");
        elementsById = unique(elements, Element::id, "elements", "element");
        scalesById = unique(scales, Scale::id, "scales", "scale");
        itemsById = unique(items, Item::id, "items", "item");

        Map<String, Integer> lower = new HashMap<>();
        Map<String, Integer> index = new HashMap<>();
        List<Item> crit = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            Item item = items.get(i);
            index.put(item.id(), i);
            String key = item.id().toLowerCase(Locale.ROOT);
            Integer before = lower.put(key, i);
            if (before != null) {
                throw new DefinitionException("items[" + i + "].id", "survey '" + id + "': item ids '"
                        + items.get(before).id() + "' and '" + item.id() + "' differ only in case");
            }
            if (RESERVED_COLUMNS.contains(key)) {
                throw new DefinitionException("items[" + i + "].id", "survey '" + id + "': item id '" + item.id()
                        + "' is reserved for a column of the response file (" + String.join(", ",
                        RESERVED_COLUMNS.stream().sorted().collect(Collectors.toList())) + ")");
            }
            if (item.element() != null && !elementsById.containsKey(item.element())) {
                throw new DefinitionException("items[" + i + "].element", "survey '" + id + "': item '" + item.id()
                        + "' names element '" + item.element() + "', which is not defined (defined: "
                        + String.join(", ", elementsById.keySet()) + ")");
            }
            if (item.scale() != null && !scalesById.containsKey(item.scale())) {
                throw new DefinitionException("items[" + i + "].scale", "survey '" + id + "': item '" + item.id()
                        + "' names scale '" + item.scale() + "', which is not defined (defined: "
                        + String.join(", ", scalesById.keySet()) + ")");
            }
            if (item.isCriterion()) {
                if (scalesById.get(item.scale()).satisfied().isEmpty()) {
                    throw new DefinitionException("items[" + i + "].scale", "survey '" + id + "': criterion '"
                            + item.id() + "' uses scale '" + item.scale() + "', which has no satisfied codes: a scale "
                            + "that criteria use names the codes that count as satisfied (\"satisfied\": [4, 5] on a "
                            + "1-5 scale)");
                }
                if (item.reverse()) {
                    checkMirrored(scalesById.get(item.scale()), "items[" + i + "].reverse", item.id());
                }
                crit.add(item);
            }
        }
        itemIndex = Collections.unmodifiableMap(index);
        criteria = List.copyOf(crit);
        if (criteria.isEmpty()) {
            throw new DefinitionException("items", "survey '" + id + "' has no criterion");
        }
        if (elementsById.containsKey(indexId) || criteria.stream().anyMatch(c -> c.id().equals(indexId))) {
            throw new DefinitionException("indexId", "survey '" + id + "': the overall index's id '" + indexId
                    + "' is also the id of " + (elementsById.containsKey(indexId) ? "an element" : "a criterion")
                    + ", and the outputs name every index by its id; give the overall index another id"
                    + (b.indexId == null ? " (indexId; '" + DEFAULT_INDEX_ID + "' unless given)" : ""));
        }
        for (int e = 0; e < elements.size(); e++) {
            Element element = elements.get(e);
            if (element.domain() != null && !domainsById.containsKey(element.domain())) {
                throw new DefinitionException("elements[" + e + "].domain", "survey '" + id + "': element '"
                        + element.id() + "' names domain '" + element.domain() + "', which is not defined (defined: "
                        + (domainsById.isEmpty() ? "none" : String.join(", ", domainsById.keySet())) + ")");
            }
            if (criteria.stream().noneMatch(it -> it.element().equals(element.id()))) {
                throw new DefinitionException("elements[" + e + "]", "survey '" + id + "': element '" + element.id()
                        + "' has no criterion");
            }
            if (aggregation.method() == AggregationMethod.MEAN_OF_DOMAINS && element.domain() == null) {
                throw new DefinitionException("elements[" + e + "].domain", "survey '" + id
                        + "' aggregates by domain, but element '" + element.id() + "' has no domain");
            }
        }
        for (int d = 0; d < domains.size(); d++) {
            String domainId = domains.get(d).id();
            if (aggregation.method() == AggregationMethod.MEAN_OF_DOMAINS
                    && elements.stream().noneMatch(e -> domainId.equals(e.domain()))) {
                throw new DefinitionException("domains[" + d + "]", "survey '" + id + "': domain '" + domainId
                        + "' has no element");
            }
        }
        if (aggregation.method() == AggregationMethod.WEIGHTED_ELEMENTS) {
            for (String key : aggregation.weights().keySet()) {
                if (!elementsById.containsKey(key)) {
                    throw new DefinitionException("aggregation.weights." + key, "survey '" + id
                            + "' weights element '" + key + "', which is not defined (defined: "
                            + String.join(", ", elementsById.keySet()) + ")");
                }
            }
            for (String key : elementsById.keySet()) {
                if (!aggregation.weights().containsKey(key)) {
                    throw new DefinitionException("aggregation.weights", "survey '" + id
                            + "' gives no weight to element '" + key + "'");
                }
            }
        }
    }

    /** Refuses a reverse-keyed criterion's scale when the mirror lowest + highest − c of a code is not on it. */
    private void checkMirrored(Scale scale, String where, String item) {
        for (int code : scale.codes()) {
            if (!scale.hasCode(scale.mirror(code))) {
                throw new DefinitionException(where, "survey '" + id + "': criterion '" + item + "' is reverse-keyed, "
                        + "but code " + code + " of scale '" + scale.id() + "' mirrors to " + scale.mirror(code)
                        + ", which is not on the scale (codes: " + scale.codes() + ")");
            }
        }
    }

    private static <T> Map<String, T> unique(List<T> list, java.util.function.Function<T, String> key, String where,
            String what) {
        Map<String, T> out = new LinkedHashMap<>();
        for (int i = 0; i < list.size(); i++) {
            T t = Objects.requireNonNull(list.get(i), where + "[" + i + "]");
            if (out.putIfAbsent(key.apply(t), t) != null) {
                throw new DefinitionException(where + "[" + i + "].id", "duplicate " + what + " id '"
                        + key.apply(t) + "'");
            }
        }
        return Collections.unmodifiableMap(out);
    }

    /**
     * Starts building a survey.
     *
     * @param id the survey's id, e.g. {@code "sipas-2017"}
     * @return a builder
     */
    public static Builder builder(String id) {
        return new Builder(id);
    }

    /**
     * Returns a builder holding this survey's definition, to derive a changed copy.
     *
     * @return a builder
     */
    public Builder toBuilder() {
        Builder b = new Builder(id).version(version).title(title).source(source).aggregation(aggregation);
        b.indexId = indexId;
        b.domains.addAll(domains);
        b.elements.addAll(elements);
        b.scales.addAll(scales);
        b.items.addAll(items);
        return b;
    }

    /**
     * Returns the survey's id.
     *
     * @return the id, e.g. {@code "sipas-2017"}
     */
    public String id() {
        return id;
    }

    /**
     * Returns the version of the instrument.
     *
     * @return the version, e.g. {@code "2017"}
     */
    public String version() {
        return version;
    }

    /**
     * Returns the title.
     *
     * @return the title
     */
    public LocalizedText title() {
        return title;
    }

    /**
     * Returns the source document and how sure we are of the wording. Every bundled instrument has one; an instrument
     * of a researcher's own (a JSON file without {@code "source"}, or built without {@link Builder#source}) may not.
     *
     * @return the source, or empty when the instrument names none
     */
    public Optional<SourceDocument> source() {
        return Optional.ofNullable(source);
    }

    /**
     * Returns the domains, in order; empty when the instrument has none.
     *
     * @return the domains
     */
    public List<Domain> domains() {
        return domains;
    }

    /**
     * Returns the elements, in order.
     *
     * @return the elements
     */
    public List<Element> elements() {
        return elements;
    }

    /**
     * Returns the scales.
     *
     * @return the scales
     */
    public List<Scale> scales() {
        return scales;
    }

    /**
     * Returns every item, in the order of the form.
     *
     * @return the items
     */
    public List<Item> items() {
        return items;
    }

    /**
     * Returns the criteria, the items that make the indices, in the order of the form.
     *
     * @return the criteria
     */
    public List<Item> criteria() {
        return criteria;
    }

    /**
     * Returns the criteria of an element, in the order of the form.
     *
     * @param elementId the element's id
     * @return the criteria
     * @throws IllegalArgumentException if the survey has no such element
     */
    public List<Item> criteriaOf(String elementId) {
        element(elementId);
        return criteria.stream().filter(i -> i.element().equals(elementId)).collect(Collectors.toUnmodifiableList());
    }

    /**
     * Returns the rule of the overall index.
     *
     * @return the aggregation
     */
    public Aggregation aggregation() {
        return aggregation;
    }

    /**
     * Returns the id that the outputs give the overall index, beside the ids of the elements and criteria (the CSV's
     * {@code id} column): the one the instrument gives ({@code SIPAS} for the bundled instruments), or
     * {@value #DEFAULT_INDEX_ID} when it gives none.
     *
     * @return the id; never that of an element or criterion
     */
    public String indexId() {
        return indexId;
    }

    /**
     * Returns an item by id.
     *
     * @param itemId the item's id, matched exactly
     * @return the item, or empty
     */
    public Optional<Item> findItem(String itemId) {
        return Optional.ofNullable(itemsById.get(itemId));
    }

    /**
     * Returns an item by id.
     *
     * @param itemId the item's id
     * @return the item
     * @throws IllegalArgumentException if there is no such item
     */
    public Item item(String itemId) {
        Item item = itemsById.get(itemId);
        if (item == null) {
            throw new IllegalArgumentException("survey '" + id + "' has no item '" + itemId + "'");
        }
        return item;
    }

    /**
     * Returns the position of an item in {@link #items()}, for code that keeps per-item arrays.
     *
     * @param itemId the item's id
     * @return the index, or -1 if there is no such item
     */
    public int indexOf(String itemId) {
        Integer i = itemIndex.get(itemId);
        return i == null ? -1 : i;
    }

    /**
     * Returns an element by id.
     *
     * @param elementId the element's id
     * @return the element
     * @throws IllegalArgumentException if there is no such element
     */
    public Element element(String elementId) {
        Element e = elementsById.get(elementId);
        if (e == null) {
            throw new IllegalArgumentException("survey '" + id + "' has no element '" + elementId + "' (elements: "
                    + String.join(", ", elementsById.keySet()) + ")");
        }
        return e;
    }

    /**
     * Returns a scale by id.
     *
     * @param scaleId the scale's id
     * @return the scale
     * @throws IllegalArgumentException if there is no such scale
     */
    public Scale scale(String scaleId) {
        Scale s = scalesById.get(scaleId);
        if (s == null) {
            throw new IllegalArgumentException("survey '" + id + "' has no scale '" + scaleId + "'");
        }
        return s;
    }

    /**
     * Returns the scale of an item.
     *
     * @param item an item of this survey
     * @return its scale, or empty for a text item
     */
    public Optional<Scale> scaleOf(Item item) {
        return item.scale() == null ? Optional.empty() : Optional.of(scale(item.scale()));
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof Survey)) {
            return false;
        }
        Survey s = (Survey) o;
        return id.equals(s.id) && version.equals(s.version) && title.equals(s.title) && Objects.equals(source, s.source)
                && domains.equals(s.domains) && elements.equals(s.elements) && scales.equals(s.scales)
                && items.equals(s.items) && aggregation.equals(s.aggregation) && indexId.equals(s.indexId);
    }

    @Override
    public int hashCode() {
        return Objects.hash(id, version, title, source, domains, elements, scales, items, aggregation, indexId);
    }

    @Override
    public String toString() {
        return "Survey[" + id + " " + version + ", " + elements.size() + " elements, " + criteria.size()
                + " criteria, " + items.size() + " items]";
    }

    /**
     * Builds a {@link Survey}; every setter returns the builder, and {@link #build()} validates the whole.
     *
     * @since 0.1
     */
    public static final class Builder {
        private final String id;
        private String version;
        private LocalizedText title;
        private SourceDocument source;
        private Aggregation aggregation = Aggregation.MEAN_OF_ELEMENTS;
        private String indexId;
        private final List<Domain> domains = new ArrayList<>();
        private final List<Element> elements = new ArrayList<>();
        private final List<Scale> scales = new ArrayList<>();
        private final List<Item> items = new ArrayList<>();

        private Builder(String id) {
            this.id = id;
        }

        /**
         * Sets the version.
         *
         * @param value the version, e.g. {@code "2017"}
         * @return this builder
         */
        public Builder version(String value) {
            this.version = value;
            return this;
        }

        /**
         * Sets the title.
         *
         * @param value the title
         * @return this builder
         */
        public Builder title(LocalizedText value) {
            this.title = value;
            return this;
        }

        /**
         * Sets the source document; none unless set.
         *
         * @param value the source, or null for none
         * @return this builder
         */
        public Builder source(SourceDocument value) {
            this.source = value;
            return this;
        }

        /**
         * Sets the rule of the overall index; {@link Aggregation#MEAN_OF_ELEMENTS} unless set.
         *
         * @param value the rule
         * @return this builder
         */
        public Builder aggregation(Aggregation value) {
            this.aggregation = value;
            return this;
        }

        /**
         * Sets the id that the outputs give the overall index ({@link Survey#indexId()}); {@value
         * Survey#DEFAULT_INDEX_ID} unless set.
         *
         * @param value the id, e.g. {@code "SIPAS"}: an id as those of elements (not blank, no leading or trailing
         *     white space, no control character, at most 100 characters), not that of an element or criterion; null for
         *     the default
         * @return this builder
         */
        public Builder indexId(String value) {
            this.indexId = value;
            return this;
        }

        /**
         * Adds a domain.
         *
         * @param value the domain
         * @return this builder
         */
        public Builder domain(Domain value) {
            domains.add(Objects.requireNonNull(value, "domain"));
            return this;
        }

        /**
         * Adds an element.
         *
         * @param value the element
         * @return this builder
         */
        public Builder element(Element value) {
            elements.add(Objects.requireNonNull(value, "element"));
            return this;
        }

        /**
         * Adds a scale.
         *
         * @param value the scale
         * @return this builder
         */
        public Builder scale(Scale value) {
            scales.add(Objects.requireNonNull(value, "scale"));
            return this;
        }

        /**
         * Adds an item.
         *
         * @param value the item
         * @return this builder
         */
        public Builder item(Item value) {
            items.add(Objects.requireNonNull(value, "item"));
            return this;
        }

        /**
         * Validates and returns the survey.
         *
         * @return the survey
         * @throws NullPointerException if the version or title is not set
         * @throws DefinitionException if the definition is inconsistent, as listed in {@link Survey}
         */
        public Survey build() {
            return new Survey(this);
        }
    }
}
