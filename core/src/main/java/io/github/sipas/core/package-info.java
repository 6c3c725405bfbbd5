/**
 * The survey model: instruments ({@link io.github.sipas.core.Survey}), their elements, items and scales, the units
 * being rated, and responses with typed answers; reading and checking response files
 * ({@link io.github.sipas.core.CsvResponseReader}, {@link io.github.sipas.core.QualityChecks}); sample planning
 * ({@link io.github.sipas.core.SamplePlan}); and collecting responses as they arrive
 * ({@link io.github.sipas.core.ResponseCollector}) into a durable store ({@link io.github.sipas.core.Journal}, or a
 * {@link io.github.sipas.core.ResponseStore} of the application's own).
 */
package io.github.sipas.core;
