/**
 * The survey model: instruments ({@link io.github.sipas.core.Survey}), their elements, items and scales, the units
 * being rated, and responses with typed answers; reading and checking response files ({@link
 * io.github.sipas.core.csv.CsvResponseReader}, {@link io.github.sipas.core.quality.QualityChecks}); sample planning
 * ({@link io.github.sipas.core.collect.SamplePlan}); and collecting responses as they arrive ({@link
 * io.github.sipas.core.collect.ResponseCollector}) into a durable store ({@link io.github.sipas.core.collect.Journal},
 * or a {@link io.github.sipas.core.collect.ResponseStore} of the application's own).
 */
package io.github.sipas.core;

