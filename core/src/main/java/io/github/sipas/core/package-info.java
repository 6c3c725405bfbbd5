/**
 * The survey model: instruments ({@link io.github.sipas.core.Survey}), their elements, items and scales, the units
 * being rated, and responses with typed answers.
 */
package io.github.sipas.core;
